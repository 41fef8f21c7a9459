// The contract between the distribution engine and its delivery adapters (webhook, S3, outbox):
// where a message goes, what it carries, and how the attempt ended. Pure types.
import type { DeliveryEvent } from '../rules/types'

/** Plain S3 client settings (a subset of the SDK's S3ClientConfig), so targets stay serialisable. */
export type S3ClientSettings = {
  region?: string
  endpoint?: string
  forcePathStyle?: boolean
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }
}

export type DeliveryTarget = {
  adapter: 'webhook' | 's3' | 'outbox'
  webhook?: {
    url: string
    /** Current secret first, then older ones still in their grace period; each `whsec_…`. */
    secrets: string[]
    timeoutMs: number
    /**
     * When false, the URL is checked again before each send (loopback, private and metadata
     * addresses refused), in case a stored URL predates the rule. Unset: not checked here.
     */
    allowPrivate?: boolean
  }
  s3?: {
    bucket: string
    prefix: string
    client: S3ClientSettings
    /** Per-request limit; 30 s when unset. */
    timeoutMs?: number
  }
  outbox?: { dir: string }
}

export type DeliveryMessage = {
  /** Stable across retries of one delivery: the `webhook-id` header receivers dedupe on. */
  messageId: string
  event: DeliveryEvent
  /** ISO date-time. */
  occurredAt: string
  channel: { id: string; kind: string; name: string }
  content: { collection: string; id: string; versionHash: string; title: string; slug: string; url?: string | null }
  /** For a retraction, the rendering that was delivered. */
  rendered: { contentType: string; body: string; ext: string }
  /** yyyy-mm-dd (Asia/Shanghai) of the original delivery, for object keys. */
  date: string
  /** For a retraction on s3/outbox: the key the delivery returned. */
  objectKey?: string | null
  /** A webhook body of its own (a site subscription's `site.changed`), sent instead of the content payload. */
  envelope?: Record<string, unknown>
}

export type DeliveryOutcome =
  | { ok: true; status?: number; objectKey?: string; durationMs: number }
  | {
      ok: false
      /** Worth another attempt on the retry schedule. */
      retry: boolean
      /** The receiver asked never to be called again (HTTP 410): disable the channel. */
      disable?: boolean
      /** The receiver's Retry-After, in ms from now. */
      retryAfterMs?: number
      status?: number
      /** Shown in the admin: Chinese first, then English. */
      error: string
      durationMs: number
    }

export interface DeliveryAdapter {
  deliver(target: DeliveryTarget, message: DeliveryMessage): Promise<DeliveryOutcome>
  retract(target: DeliveryTarget, message: DeliveryMessage): Promise<DeliveryOutcome>
}
