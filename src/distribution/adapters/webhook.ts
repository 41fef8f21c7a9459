// Delivers a rendering as a signed JSON POST (Standard Webhooks): one `v1,` signature per secret
// so receivers keep verifying through a key rotation, no redirects followed, a hard timeout, and
// every answer turned into an outcome the retry schedule understands. Unless private receivers
// are allowed, it connects only through the guarded agent (safeAgent.ts), which refuses any
// non-public address at connect time; a refusal fails the delivery for good.
import { Webhook } from 'standardwebhooks'
import { type Agent, fetch, type Response } from 'undici'

import { classifyStatus, type StatusClass } from '../rules/retry'
import { webhookUrlProblem } from '../rules/webhookUrl'
import { createGuardedAgent, refusalOf, type Resolver, TARGET_REFUSED } from './safeAgent'
import type { DeliveryAdapter, DeliveryMessage, DeliveryOutcome, DeliveryTarget } from './types'

export const WEBHOOK_USER_AGENT = 'HospitalPublicityCMS-Webhook/1.0 (+https://www.standardwebhooks.com)'
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 15_000

// Enough of a receiver's error page to explain a failure, without reading a large body.
const MAX_RESPONSE_BYTES = 4_096
const MAX_ERROR_CHARS = 500

/** What receivers get: the event, the stable id, where it went, which version, and the rendering. */
export const webhookPayload = (message: DeliveryMessage) => ({
  type: message.event,
  id: message.messageId,
  occurredAt: message.occurredAt,
  channel: { id: message.channel.id, kind: message.channel.kind, name: message.channel.name },
  content: {
    collection: message.content.collection,
    id: message.content.id,
    versionHash: message.content.versionHash,
    title: message.content.title,
    ...(message.content.url ? { url: message.content.url } : {}),
  },
  rendered: { contentType: message.rendered.contentType, body: message.rendered.body },
})

// Decoding a secret is not free; channels reuse theirs for every delivery.
const signers = new Map<string, Webhook>()

const signerFor = (secret: string): Webhook => {
  let signer = signers.get(secret)
  if (!signer) {
    if (signers.size >= 256) signers.clear()
    signer = new Webhook(secret)
    signers.set(secret, signer)
  }
  return signer
}

/** `v1,<sig> v1,<sig>`: one signature per secret, current first. Throws on an undecodable secret. */
export const signatureHeader = (messageId: string, timestamp: Date, body: string, secrets: string[]): string =>
  secrets.map((secret) => signerFor(secret).sign(messageId, timestamp, body)).join(' ')

const failure = (
  started: number,
  error: string,
  fields: { retry: boolean; disable?: boolean; retryAfterMs?: number; status?: number },
): DeliveryOutcome => ({ ok: false, ...fields, error, durationMs: Math.round(performance.now() - started) })

/** Up to a few KB of the body as one line; whatever arrived before a timeout or reset. */
const readSnippet = async (response: Response): Promise<string> => {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    while (size < MAX_RESPONSE_BYTES) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      size += value.byteLength
    }
    // A body left unread keeps the connection busy; cancelling frees it.
    if (size >= MAX_RESPONSE_BYTES) await reader.cancel().catch(() => {})
  } catch {
    // Timed out or reset while reading: the status is what matters.
  }
  const text = Buffer.concat(chunks).subarray(0, MAX_RESPONSE_BYTES).toString('utf8')
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > MAX_ERROR_CHARS ? `${line.slice(0, MAX_ERROR_CHARS)}…` : line
}

const describeStatus = (
  status: number,
  verdict: Exclude<StatusClass, { ok: true }>,
  location: string | null,
): string => {
  switch (verdict.reason) {
    case 'redirect':
      return `HTTP ${status}：接收方要求重定向，系统不跟随，请更新 Webhook 地址 / Redirect not followed${location ? ` (→ ${location})` : ''}; update the webhook URL`
    case 'gone':
      return `HTTP 410：接收方已停用此端点，渠道将停用 / The receiver has retired this endpoint; the channel is disabled`
    case 'throttled':
      return `HTTP ${status}：接收方限流或暂不可用，稍后重试 / The receiver is throttling or unavailable; will retry`
    case 'timeout':
      return `HTTP 408：接收方处理超时，稍后重试 / The receiver timed out; will retry`
    case 'server-error':
      return `HTTP ${status}：接收方出错，稍后重试 / The receiver failed; will retry`
    case 'client-error':
      return `HTTP ${status}：接收方拒绝了该请求，不再重试 / The receiver refused the request; not retried`
    default:
      return `HTTP ${status}：意外的状态码 / Unexpected status`
  }
}

const describeNetworkError = (error: unknown, timeoutMs: number): string => {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string; name?: string } }
  if (err?.name === 'TimeoutError' || err?.cause?.name === 'TimeoutError') {
    return `超时：${timeoutMs} ms 内未收到完整应答 / Timed out after ${timeoutMs} ms`
  }
  const cause = err?.cause
  const detail = [cause?.code, cause?.message ?? err?.message].filter(Boolean).join(' ')
  return `网络错误：无法连接接收方 / Network error: ${detail || String(error)}`
}

/** `[webhook-target-refused] …`: the stable code first, so the admin and the suite can tell it apart. */
const refusedTarget = (detail: string): string =>
  `[${TARGET_REFUSED}] 目标地址不是公网地址，已拒绝连接，不再重试（${detail}）；如确需内网接收方，由管理员设置 WEBHOOK_ALLOW_PRIVATE=1 / ` +
  `The target is not a public address; refused and not retried (${detail}). An admin may allow private receivers with WEBHOOK_ALLOW_PRIVATE=1`

type SendOptions = { guarded: () => Agent }

const send = async (
  target: DeliveryTarget,
  message: DeliveryMessage,
  { guarded }: SendOptions,
): Promise<DeliveryOutcome> => {
  const started = performance.now()
  const config = target.webhook
  if (!config?.url)
    return failure(started, '渠道未配置 Webhook 地址 / The channel has no webhook URL', { retry: false })
  if (config.allowPrivate !== undefined) {
    // A stored URL may predate the rule: literals and internal names are refused before any lookup.
    const problem = webhookUrlProblem(config.url, { allowPrivate: config.allowPrivate })
    if (problem)
      return failure(started, problem.kind === 'target' ? `[${TARGET_REFUSED}] ${problem.message}` : problem.message, {
        retry: false,
      })
  }
  let url: URL
  try {
    url = new URL(config.url)
  } catch {
    return failure(started, 'Webhook 地址不是有效的 URL / The webhook URL is not a valid URL', { retry: false })
  }
  const secrets = config.secrets.filter((secret) => secret !== '')
  if (secrets.length === 0)
    return failure(started, '渠道未配置签名密钥 / The channel has no signing secret', { retry: false })

  const body = JSON.stringify(message.envelope ?? webhookPayload(message))
  // Signed per attempt: receivers reject timestamps older than about five minutes.
  const timestamp = new Date()
  let signature: string
  try {
    signature = signatureHeader(message.messageId, timestamp, body, secrets)
  } catch {
    return failure(
      started,
      '签名密钥格式无效，应为 whsec_ 加 base64 / A signing secret is malformed; expected whsec_ and base64',
      { retry: false },
    )
  }

  const timeoutMs = config.timeoutMs > 0 ? config.timeoutMs : DEFAULT_WEBHOOK_TIMEOUT_MS
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': WEBHOOK_USER_AGENT,
        'webhook-id': message.messageId,
        'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body,
      // A redirect could carry the signed content to a host nobody configured.
      redirect: 'manual',
      // Covers the body too, so a receiver that trickles its answer cannot hold a worker.
      signal: AbortSignal.timeout(timeoutMs),
      // Only an admin's WEBHOOK_ALLOW_PRIVATE=1 (allowPrivate: true) lets a delivery reach a private address.
      ...(config.allowPrivate === false ? { dispatcher: guarded() } : {}),
    })
  } catch (error) {
    const refusal = refusalOf(error)
    if (refusal)
      return failure(started, refusedTarget(`${refusal.host} → ${refusal.address}/${refusal.range}`), { retry: false })
    return failure(started, describeNetworkError(error, timeoutMs), { retry: true })
  }

  const snippet = await readSnippet(response)
  const verdict = classifyStatus(response.status, response.headers)
  if (verdict.ok) return { ok: true, status: response.status, durationMs: Math.round(performance.now() - started) }
  const description = describeStatus(response.status, verdict, response.headers.get('location'))
  return failure(started, snippet ? `${description}: ${snippet}` : description, {
    retry: verdict.retry,
    ...(verdict.disable ? { disable: true } : {}),
    ...(verdict.retryAfterMs !== undefined ? { retryAfterMs: verdict.retryAfterMs } : {}),
    status: response.status,
  })
}

/**
 * A webhook adapter; `resolve` replaces the system DNS lookup of the guarded agent (tests play a
 * rebinding resolver with it). The agent is made on first use and kept for its connection pool.
 */
export const createWebhookAdapter = ({ resolve }: { resolve?: Resolver } = {}): DeliveryAdapter => {
  let agent: Agent | undefined
  const options: SendOptions = { guarded: () => (agent ??= createGuardedAgent({ resolve })) }
  return {
    deliver: (target, message) => send(target, message, options),
    // The same POST announcing the withdrawal; the caller gives it its own message id.
    retract: (target, message) => send(target, { ...message, event: 'content.retracted' }, options),
  }
}

export const webhookAdapter: DeliveryAdapter = createWebhookAdapter()
