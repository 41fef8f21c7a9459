import { randomBytes } from 'node:crypto'

import { Webhook } from 'standardwebhooks'
import { describe, expect, it } from 'vitest'

import { generateWebhookSecret, isValidWebhookSecret } from './webhookSecret'

describe(generateWebhookSecret.name, () => {
  it('should make a whsec_ secret of 32 random bytes', () => {
    const secret = generateWebhookSecret()
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32)
    expect(generateWebhookSecret()).not.toBe(secret)
  })
  it('should make secrets the standardwebhooks library signs and verifies with', () => {
    const secret = generateWebhookSecret()
    const webhook = new Webhook(secret)
    const timestamp = new Date()
    const signature = webhook.sign('msg_1', timestamp, '{"a":1}')
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': signature,
    }
    expect(webhook.verify('{"a":1}', headers)).toEqual({ a: 1 })
  })
})

describe(isValidWebhookSecret.name, () => {
  it('should accept whsec_ with base64 of 24 to 64 bytes', () => {
    expect(isValidWebhookSecret(generateWebhookSecret())).toBe(true)
    expect(isValidWebhookSecret(`whsec_${randomBytes(24).toString('base64')}`)).toBe(true)
    expect(isValidWebhookSecret(`whsec_${randomBytes(64).toString('base64')}`)).toBe(true)
  })
  it('should refuse too short or too long keys', () => {
    expect(isValidWebhookSecret(`whsec_${randomBytes(23).toString('base64')}`)).toBe(false)
    expect(isValidWebhookSecret(`whsec_${randomBytes(65).toString('base64')}`)).toBe(false)
  })
  it('should refuse a missing prefix, bad characters, bad padding and non-strings', () => {
    const encoded = randomBytes(32).toString('base64')
    expect(isValidWebhookSecret(encoded)).toBe(false)
    expect(isValidWebhookSecret(`WHSEC_${encoded}`)).toBe(false)
    expect(isValidWebhookSecret(`whsec_${encoded.slice(0, -1)}`)).toBe(false)
    expect(isValidWebhookSecret(`whsec_${encoded.slice(0, 10)}!${encoded.slice(11)}`)).toBe(false)
    expect(isValidWebhookSecret(`whsec_${randomBytes(32).toString('base64url')}`)).toBe(false)
    expect(isValidWebhookSecret('whsec_')).toBe(false)
    expect(isValidWebhookSecret(undefined)).toBe(false)
    expect(isValidWebhookSecret(42)).toBe(false)
  })
})
