// A channel document read as the renderer and the delivery adapters need it: its settings, and
// where and how its output goes (secrets included: this runs with overrideAccess only).
import path from 'node:path'

import type { DeliveryTarget } from '../adapters/types'
import type { ChannelSettings, LimitOverrides } from '../rules/types'
import { env } from '@/env'
import type { Channel, SiteSubscription } from '@/payload-types'

export const channelSettings = (channel: Channel): ChannelSettings => ({
  id: String(channel.id),
  name: channel.name ?? '',
  kind: channel.kind,
  limits:
    channel.limits && typeof channel.limits === 'object' && !Array.isArray(channel.limits)
      ? (channel.limits as LimitOverrides)
      : {},
  utmMedium: channel.utmMedium || null,
  sms: {
    signature: channel.sms?.signature ?? null,
    optOut: channel.sms?.optOut ?? null,
    marketing: channel.sms?.marketing !== false,
    timezone: channel.sms?.timezone || env.timezone,
  },
})

/** Signing secrets in use: the current one, and the previous one while its grace period lasts. */
export const signingSecrets = (channel: Channel | SiteSubscription, now: Date): string[] => {
  const delivery: Partial<Channel['delivery'] | SiteSubscription['delivery']> = channel.delivery ?? {}
  const secrets = [delivery.secret].filter((s): s is string => typeof s === 'string' && s !== '')
  const graceUntil = delivery.previousSecretExpiresAt ? Date.parse(delivery.previousSecretExpiresAt) : 0
  if (typeof delivery.previousSecret === 'string' && delivery.previousSecret !== '' && graceUntil > now.getTime())
    secrets.push(delivery.previousSecret)
  return secrets
}

export const deliveryTarget = (channel: Channel, now: Date): DeliveryTarget => {
  const delivery: Partial<Channel['delivery']> = channel.delivery ?? {}
  switch (delivery.adapter) {
    case 'webhook':
      return {
        adapter: 'webhook',
        webhook: {
          url: delivery.url ?? '',
          secrets: signingSecrets(channel, now),
          timeoutMs: env.webhookTimeoutMs,
          allowPrivate: env.webhookAllowPrivate,
        },
      }
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
            ...(env.s3.accessKeyId
              ? { credentials: { accessKeyId: env.s3.accessKeyId, secretAccessKey: env.s3.secretAccessKey } }
              : {}),
          },
        },
      }
    default:
      return { adapter: 'outbox', outbox: { dir: path.resolve(env.outboxDir) } }
  }
}
