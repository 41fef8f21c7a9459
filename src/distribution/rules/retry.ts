// When a failed delivery is tried again, and whether it is tried at all: the retry schedule with
// jitter, Retry-After, and the reading of HTTP statuses (Standard Webhooks conventions). Pure.

const SECOND = 1_000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

/** At once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h: ten attempts over about three days. */
export const DEFAULT_RETRY_SCHEDULE_MS: readonly number[] = [
  0,
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  14 * HOUR,
  20 * HOUR,
  24 * HOUR,
]

/** A receiver's Retry-After is honoured up to this; beyond it the schedule would stall for days. */
export const MAX_RETRY_AFTER_MS = 24 * HOUR

/** Scheduled delays move by up to this fraction either way, so failed batches do not retry in lockstep. */
export const JITTER = 0.2

const UNIT_MS: Record<string, number> = { ms: 1, s: SECOND, m: MINUTE, h: HOUR, d: 24 * HOUR }

/**
 * Reads a schedule such as `0,5s,5m,30m,2h,5h,10h`: entry n is the delay before attempt n + 1
 * (the first is normally 0, "at once"). Units ms, s, m, h, d; a bare number is allowed only for 0,
 * because "30" could mean seconds or milliseconds.
 */
export const parseRetrySchedule = (text: string): number[] => {
  const entries = text.split(',').map((entry) => entry.trim())
  if (entries.length === 0 || entries.every((entry) => entry === '')) {
    throw new Error(`重试计划为空 / The retry schedule is empty; expected e.g. "0,5s,5m,30m,2h"`)
  }
  return entries.map((entry, index) => {
    if (entry === '0') return 0
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/i.exec(entry)
    if (!match) {
      throw new Error(
        `重试计划第 ${index + 1} 项 "${entry}" 无效 / Retry schedule entry ${index + 1} "${entry}" is invalid: ` +
          `use a number with a unit (ms, s, m, h, d), e.g. "0,5s,5m,30m,2h"`,
      )
    }
    return Math.round(Number(match[1]) * UNIT_MS[match[2].toLowerCase()])
  })
}

export type NextAttemptInput = {
  /** Attempts made so far (1 after the first attempt failed). */
  attempt: number
  schedule?: readonly number[]
  /** The receiver's Retry-After, when it sent one. */
  retryAfterMs?: number | null
  /** Injected in tests; returns [0, 1). */
  random?: () => number
}

/** Milliseconds until the next attempt, or null when the schedule is used up (the delivery has failed). */
export const nextAttemptDelay = ({
  attempt,
  schedule = DEFAULT_RETRY_SCHEDULE_MS,
  retryAfterMs,
  random = Math.random,
}: NextAttemptInput): number | null => {
  if (!Number.isInteger(attempt) || attempt < 0)
    throw new RangeError(`attempt must be a non-negative integer, got ${attempt}`)
  if (attempt >= schedule.length) return null
  const scheduled = schedule[attempt]
  const jittered = scheduled === 0 ? 0 : Math.round(scheduled * (1 + JITTER * (2 * random() - 1)))
  if (retryAfterMs != null && Number.isFinite(retryAfterMs) && retryAfterMs > jittered) {
    return Math.min(Math.round(retryAfterMs), Math.max(MAX_RETRY_AFTER_MS, jittered))
  }
  return jittered
}

/**
 * Retry-After as milliseconds from `now`: delay-seconds or an HTTP date (a past date means 0).
 * Null when absent or unreadable.
 */
export const parseRetryAfter = (value: string | null | undefined, now: Date = new Date()): number | null => {
  if (value == null) return null
  const text = value.trim()
  if (text === '') return null
  if (/^\d+$/.test(text)) return Number(text) * SECOND
  // Only dates that name a weekday or month, so a stray number like "1.5" is not read as a year.
  if (!/[a-z]{3}/i.test(text)) return null
  const at = Date.parse(text)
  if (Number.isNaN(at)) return null
  return Math.max(0, at - now.getTime())
}

export type HeadersLike = { get(name: string): string | null } | Record<string, string | string[] | undefined>

const header = (headers: HeadersLike | undefined, name: string): string | null => {
  if (!headers) return null
  if (typeof (headers as { get?: unknown }).get === 'function')
    return (headers as { get(name: string): string | null }).get(name)
  const record = headers as Record<string, string | string[] | undefined>
  const key = Object.keys(record).find((k) => k.toLowerCase() === name)
  const value = key === undefined ? undefined : record[key]
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null)
}

export type StatusClass =
  | { ok: true }
  | {
      ok: false
      retry: boolean
      disable?: boolean
      retryAfterMs?: number
      reason: 'redirect' | 'gone' | 'throttled' | 'server-error' | 'timeout' | 'client-error' | 'unexpected'
    }

/**
 * How an HTTP answer counts: 2xx delivered; 3xx a failure worth retrying (redirects are never
 * followed, so a moved endpoint must be updated); 408, 429 and 5xx retried, honouring Retry-After;
 * 410 disables the endpoint; any other 4xx is the request's fault and would fail again.
 */
export const classifyStatus = (status: number, headers?: HeadersLike, now: Date = new Date()): StatusClass => {
  if (status >= 200 && status < 300) return { ok: true }
  if (status >= 300 && status < 400) return { ok: false, retry: true, reason: 'redirect' }
  if (status === 410) return { ok: false, retry: false, disable: true, reason: 'gone' }
  if (status === 408 || status === 429 || (status >= 500 && status < 600)) {
    const retryAfterMs = parseRetryAfter(header(headers, 'retry-after'), now)
    let reason: 'timeout' | 'throttled' | 'server-error' = 'server-error'
    if (status === 408) reason = 'timeout'
    else if (status === 429 || status === 502 || status === 503 || status === 504) reason = 'throttled'
    return retryAfterMs === null ? { ok: false, retry: true, reason } : { ok: false, retry: true, retryAfterMs, reason }
  }
  if (status >= 400 && status < 500) return { ok: false, retry: false, reason: 'client-error' }
  // 1xx as a final answer, or a status outside the HTTP range: a broken receiver that may recover.
  return { ok: false, retry: true, reason: 'unexpected' }
}
