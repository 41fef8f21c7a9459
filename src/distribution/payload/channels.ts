// A channel document read as the renderer and the delivery adapters need it: its settings, and
// where and how its output goes (secrets included: this runs with overrideAccess only).
import path from 'node:path'

import type { DeliveryTarget } from '../adapters/types'
import type { ChannelSettings, LimitOverrides } from '../rules/types'
import type { ChannelKind } from '../../../collections/slugs'
import { env } from '../../env'

type Doc = Record<string, any>

export const channelSettings = (channel: Doc): ChannelSettings => ({
  id: String(channel.id),
  name: channel.name ?? '',
  kind: channel.kind as ChannelKind,
  limits: channel.limits && typeof channel.limits === 'object' && !Array.isArray(channel.limits) ? (channel.limits as LimitOverrides) : {},
  utmMedium: channel.utmMedium || null,
  sms: {
    signature: channel.sms?.signature ?? null,
    optOut: channel.sms?.optOut ?? null,
    marketing: channel.sms?.marketing !== false,
    timezone: channel.sms?.timezone || env.timezone,
  },
})

/** Signing secrets in use: the current one, and the previous one while its grace period lasts. */
export const signingSecrets = (channel: Doc, now: Date): string[] => {
  const delivery = channel.delivery ?? {}
  const secrets = [delivery.secret].filter((s): s is string => typeof s === 'string' && s !== '')
  const graceUntil = delivery.previousSecretExpiresAt ? Date.parse(delivery.previousSecretExpiresAt) : 0
  if (typeof delivery.previousSecret === 'string' && delivery.previousSecret !== '' && graceUntil > now.getTime()) secrets.push(delivery.previousSecret)
  return secrets
}

export const deliveryTarget = (channel: Doc, now: Date): DeliveryTarget => {
  const delivery = channel.delivery ?? {}
  switch (delivery.adapter) {
    case 'webhook':
      return { adapter: 'webhook', webhook: { url: delivery.url ?? '', secrets: signingSecrets(channel, now), timeoutMs: env.webhookTimeoutMs, allowPrivate: env.webhookAllowPrivate } }
    case 's3':
      return {
        adapter: 's3',
        s3: {
          bucket: env.distributionBucket,
          prefix: delivery.prefix ?? '',
          client: {
            region: env.s3.region,
            ...(env.s3.endpoint ? { endpoint: env.s3.endpoint } : {}),
            forcePathStyle: env.s3.forcePathStyle,
            ...(env.s3.accessKeyId ? { credentials: { accessKeyId: env.s3.accessKeyId, secretAccessKey: env.s3.secretAccessKey } } : {}),
          },
        },
      }
    default:
      return { adapter: 'outbox', outbox: { dir: path.resolve(env.outboxDir) } }
  }
}
