// Webhook signing secrets in the Standard Webhooks form: `whsec_` and base64 of 24–64 random
// bytes. Generated when a channel is created or its secret rotated.
import { randomBytes } from 'node:crypto'

export const WEBHOOK_SECRET_PREFIX = 'whsec_'

/** 32 bytes: the HMAC-SHA256 block-size sweet spot, and what the spec's own examples use. */
export const generateWebhookSecret = (): string => WEBHOOK_SECRET_PREFIX + randomBytes(32).toString('base64')

export const isValidWebhookSecret = (secret: unknown): secret is string => {
  if (typeof secret !== 'string' || !secret.startsWith(WEBHOOK_SECRET_PREFIX)) return false
  const encoded = secret.slice(WEBHOOK_SECRET_PREFIX.length)
  // Canonical padded base64 only: Node's decoder skips bad characters silently, so check the shape first.
  if (encoded.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return false
  const bytes = Buffer.from(encoded, 'base64')
  if (bytes.toString('base64') !== encoded) return false
  return bytes.length >= 24 && bytes.length <= 64
}
