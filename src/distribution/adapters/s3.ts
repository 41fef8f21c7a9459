// Delivers a rendering as an object in a bucket (`<prefix>/<channel>/<date>/<slug>.<ext>`) for
// integrators that pick files up from S3; a retraction deletes the object the delivery wrote.
import { createHash } from 'node:crypto'

import { DeleteObjectCommand, PutObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'

import { channelSegment, objectKey } from '../rules/objectKey'
import type { DeliveryAdapter, DeliveryMessage, DeliveryOutcome, DeliveryTarget, S3ClientSettings } from './types'

export const DEFAULT_S3_TIMEOUT_MS = 30_000

// Errors that another attempt cannot fix: the bucket, the keys or the permissions are wrong.
const PERMANENT_ERRORS = new Set([
  'AccessDenied',
  'AllAccessDisabled',
  'NoSuchBucket',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'InvalidBucketName',
  'AuthorizationHeaderMalformed',
  'PermanentRedirect',
  'InvalidObjectState',
  'KeyTooLongError',
])

// Worth another attempt although the status is 4xx.
const TRANSIENT_ERRORS = new Set([
  'RequestTimeout',
  'RequestTimeTooSkewed',
  'SlowDown',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
])

const clients = new Map<string, S3Client>()

/** One client (and its connection pool) per distinct configuration; the key is a digest, not the credentials. */
export const s3ClientFor = (settings: S3ClientSettings): S3Client => {
  const key = createHash('sha256')
    .update(
      JSON.stringify([
        settings.region ?? '',
        settings.endpoint ?? '',
        Boolean(settings.forcePathStyle),
        settings.credentials ?? null,
      ]),
    )
    .digest('hex')
  let client = clients.get(key)
  if (!client) {
    const config: S3ClientConfig = {
      region: settings.region || 'us-east-1',
      forcePathStyle: Boolean(settings.forcePathStyle),
      // The engine's own schedule (with jitter and a record per attempt) does the retrying.
      maxAttempts: 1,
      ...(settings.endpoint
        ? {
            endpoint: settings.endpoint,
            // Many S3-compatible servers do not accept the SDK's default trailing checksums.
            requestChecksumCalculation: 'WHEN_REQUIRED',
            responseChecksumValidation: 'WHEN_REQUIRED',
          }
        : {}),
      ...(settings.credentials ? { credentials: settings.credentials } : {}),
    }
    client = new S3Client(config)
    clients.set(key, client)
  }
  return client
}

type S3Error = {
  name?: string
  Code?: string
  message?: string
  $metadata?: { httpStatusCode?: number }
  $retryable?: unknown
  code?: string
}

/** Whether an S3 failure is worth retrying: network trouble, throttling and 5xx are; configuration errors are not. */
export const classifyS3Error = (error: unknown): { retry: boolean; status?: number; code: string } => {
  const err = (error ?? {}) as S3Error
  const code = err.Code || (err.name && err.name !== 'Error' ? err.name : '') || err.code || 'Error'
  const status = err.$metadata?.httpStatusCode
  if (PERMANENT_ERRORS.has(code)) return { retry: false, status, code }
  if (TRANSIENT_ERRORS.has(code) || err.$retryable) return { retry: true, status, code }
  if (status === undefined) return { retry: true, code } // no answer: network or timeout
  if (status === 408 || status === 429 || status >= 500) return { retry: true, status, code }
  // A 3xx (a redirect the SDK did not follow) may clear up; another 4xx is the request's fault.
  return { retry: status < 400, status, code }
}

const elapsed = (started: number) => Math.round(performance.now() - started)

const failed = (
  started: number,
  action: string,
  error: unknown,
  settings: NonNullable<DeliveryTarget['s3']>,
  key: string,
): DeliveryOutcome => {
  const { retry, status, code } = classifyS3Error(error)
  const name = (error as Error)?.name
  const reason =
    name === 'TimeoutError' || name === 'AbortError'
      ? `timed out after ${settings.timeoutMs ?? DEFAULT_S3_TIMEOUT_MS} ms`
      : `${code}: ${(error as Error)?.message ?? String(error)}`
  const bucket = settings.bucket
  const zh = retry ? '对象存储暂时不可用，稍后重试' : '对象存储拒绝了请求（请检查存储桶、密钥与权限），不再重试'
  return {
    ok: false,
    retry,
    ...(status !== undefined ? { status } : {}),
    error: `${zh} / S3 ${action} s3://${bucket}/${key} failed: ${reason}`,
    durationMs: elapsed(started),
  }
}

const keyFor = (target: NonNullable<DeliveryTarget['s3']>, message: DeliveryMessage): string =>
  objectKey({
    prefix: target.prefix,
    channel: channelSegment(message.channel),
    date: message.date,
    slug: message.content.slug || message.content.id,
    ext: message.rendered.ext,
  })

const missingSettings = (started: number): DeliveryOutcome => ({
  ok: false,
  retry: false,
  error: '渠道未配置对象存储桶 / The channel has no S3 bucket configured',
  durationMs: elapsed(started),
})

export const s3Adapter: DeliveryAdapter = {
  async deliver(target, message) {
    const started = performance.now()
    const settings = target.s3
    if (!settings?.bucket) return missingSettings(started)
    let key: string
    try {
      key = keyFor(settings, message)
    } catch (error) {
      return { ok: false, retry: false, error: (error as Error).message, durationMs: elapsed(started) }
    }
    try {
      const result = await s3ClientFor(settings.client).send(
        new PutObjectCommand({
          Bucket: settings.bucket,
          Key: key,
          Body: message.rendered.body,
          ContentType: message.rendered.contentType,
        }),
        { abortSignal: AbortSignal.timeout(settings.timeoutMs ?? DEFAULT_S3_TIMEOUT_MS) },
      )
      return { ok: true, status: result.$metadata.httpStatusCode, objectKey: key, durationMs: elapsed(started) }
    } catch (error) {
      return failed(started, 'PutObject', error, settings, key)
    }
  },

  async retract(target, message) {
    const started = performance.now()
    const settings = target.s3
    if (!settings?.bucket) return missingSettings(started)
    // The key the delivery returned; recomputed (deterministically) for a delivery recorded without one.
    let key: string
    try {
      key = message.objectKey || keyFor(settings, message)
    } catch (error) {
      return { ok: false, retry: false, error: (error as Error).message, durationMs: elapsed(started) }
    }
    try {
      // Deleting a key that is already gone succeeds, so a repeated retraction is harmless.
      const result = await s3ClientFor(settings.client).send(
        new DeleteObjectCommand({ Bucket: settings.bucket, Key: key }),
        {
          abortSignal: AbortSignal.timeout(settings.timeoutMs ?? DEFAULT_S3_TIMEOUT_MS),
        },
      )
      return { ok: true, status: result.$metadata.httpStatusCode, objectKey: key, durationMs: elapsed(started) }
    } catch (error) {
      return failed(started, 'DeleteObject', error, settings, key)
    }
  },
}
