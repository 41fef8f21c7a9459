import { describe, expect, it } from 'vitest'

import {
  classifyStatus,
  DEFAULT_RETRY_SCHEDULE_MS,
  MAX_RETRY_AFTER_MS,
  nextAttemptDelay,
  parseRetryAfter,
  parseRetrySchedule,
} from './retry'

const now = new Date('2026-11-23T08:00:00Z')

/** A deterministic stand-in for Math.random (mulberry32). */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

describe(parseRetrySchedule.name, () => {
  it('should read the default schedule from its text form', () => {
    expect(parseRetrySchedule('0,5s,5m,30m,2h,5h,10h,14h,20h,24h')).toEqual(DEFAULT_RETRY_SCHEDULE_MS)
  })
  it('should accept spaces, ms, days, decimals and upper-case units', () => {
    expect(parseRetrySchedule(' 0 , 250ms, 1.5S ,1d')).toEqual([0, 250, 1500, 86_400_000])
  })
  it('should throw a clear message on an invalid entry', () => {
    expect(() => parseRetrySchedule('0,5s,soon')).toThrow(/entry 3 "soon" is invalid/)
    expect(() => parseRetrySchedule('0,30')).toThrow(/重试计划第 2 项 "30" 无效/)
    expect(() => parseRetrySchedule('0,-5s')).toThrow(/invalid/)
    expect(() => parseRetrySchedule('0,,5s')).toThrow(/entry 2/)
  })
  it('should throw on an empty schedule', () => {
    expect(() => parseRetrySchedule('')).toThrow(/empty/)
    expect(() => parseRetrySchedule(' , ')).toThrow(/empty/)
  })
})

describe(nextAttemptDelay.name, () => {
  it('should follow the schedule and give up after the last entry', () => {
    const middle = () => 0.5 // no jitter
    expect(nextAttemptDelay({ attempt: 1, random: middle })).toBe(5_000)
    expect(nextAttemptDelay({ attempt: 2, random: middle })).toBe(300_000)
    expect(nextAttemptDelay({ attempt: 9, random: middle })).toBe(86_400_000)
    expect(nextAttemptDelay({ attempt: 10, random: middle })).toBeNull()
    expect(nextAttemptDelay({ attempt: 2, schedule: [0, 1000], random: middle })).toBeNull()
  })
  it('should jitter by at most 20 % either way, and cover the range', () => {
    const random = seeded(42)
    const delays = Array.from({ length: 2000 }, () => nextAttemptDelay({ attempt: 2, random })!)
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(240_000)
    expect(Math.max(...delays)).toBeLessThanOrEqual(360_000)
    expect(Math.min(...delays)).toBeLessThan(245_000)
    expect(Math.max(...delays)).toBeGreaterThan(355_000)
    expect(nextAttemptDelay({ attempt: 1, random: () => 0 })).toBe(4_000)
    expect(nextAttemptDelay({ attempt: 1, random: () => 0.999999 })).toBe(6_000)
  })
  it('should not jitter an immediate attempt', () => {
    expect(nextAttemptDelay({ attempt: 0, random: () => 0.9 })).toBe(0)
    expect(nextAttemptDelay({ attempt: 1, schedule: [0, 0, 1000], random: () => 0.9 })).toBe(0)
  })
  it('should wait for Retry-After when it is longer than the scheduled delay', () => {
    expect(nextAttemptDelay({ attempt: 1, retryAfterMs: 60_000, random: () => 0.5 })).toBe(60_000)
    expect(nextAttemptDelay({ attempt: 1, retryAfterMs: 1_000, random: () => 0.5 })).toBe(5_000)
    expect(nextAttemptDelay({ attempt: 1, retryAfterMs: null, random: () => 0.5 })).toBe(5_000)
  })
  it('should cap Retry-After at 24 hours', () => {
    expect(nextAttemptDelay({ attempt: 1, retryAfterMs: 7 * 86_400_000, random: () => 0.5 })).toBe(MAX_RETRY_AFTER_MS)
  })
  it('should still give up when the schedule is used up, whatever Retry-After says', () => {
    expect(nextAttemptDelay({ attempt: 10, retryAfterMs: 1_000 })).toBeNull()
  })
  it('should refuse a nonsensical attempt count', () => {
    expect(() => nextAttemptDelay({ attempt: -1 })).toThrow(RangeError)
    expect(() => nextAttemptDelay({ attempt: 1.5 })).toThrow(RangeError)
  })
})

describe(parseRetryAfter.name, () => {
  it('should read delay-seconds', () => {
    expect(parseRetryAfter('7', now)).toBe(7_000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
  })
  it('should read an HTTP date relative to now, a past date as 0', () => {
    expect(parseRetryAfter('Mon, 23 Nov 2026 08:02:00 GMT', now)).toBe(120_000)
    expect(parseRetryAfter('Mon, 23 Nov 2026 07:00:00 GMT', now)).toBe(0)
  })
  it('should ignore what it cannot read', () => {
    expect(parseRetryAfter(undefined, now)).toBeNull()
    expect(parseRetryAfter(null, now)).toBeNull()
    expect(parseRetryAfter('', now)).toBeNull()
    expect(parseRetryAfter('-5', now)).toBeNull()
    expect(parseRetryAfter('1.5', now)).toBeNull()
    expect(parseRetryAfter('soon', now)).toBeNull()
  })
})

describe(classifyStatus.name, () => {
  it('should count 2xx as delivered', () => {
    for (const status of [200, 201, 202, 204]) expect(classifyStatus(status)).toEqual({ ok: true })
  })
  it('should count 3xx as a failure worth retrying', () => {
    for (const status of [301, 302, 307, 308])
      expect(classifyStatus(status)).toMatchObject({ ok: false, retry: true, reason: 'redirect' })
  })
  it('should retry 408, 429 and 5xx', () => {
    for (const status of [408, 429, 500, 502, 503, 504, 599])
      expect(classifyStatus(status)).toMatchObject({ ok: false, retry: true })
    expect(classifyStatus(502)).toMatchObject({ reason: 'throttled' })
    expect(classifyStatus(500)).toMatchObject({ reason: 'server-error' })
  })
  it('should honour Retry-After in seconds or as a date, from Headers or a plain record', () => {
    expect(classifyStatus(429, new Headers({ 'Retry-After': '7' }), now)).toEqual({
      ok: false,
      retry: true,
      retryAfterMs: 7_000,
      reason: 'throttled',
    })
    expect(classifyStatus(503, { 'Retry-After': 'Mon, 23 Nov 2026 08:01:00 GMT' }, now)).toMatchObject({
      retryAfterMs: 60_000,
    })
    expect(classifyStatus(429, { 'retry-after': ['30'] }, now)).toMatchObject({ retryAfterMs: 30_000 })
    expect(classifyStatus(429, {}, now)).not.toHaveProperty('retryAfterMs')
  })
  it('should disable the endpoint on 410 without retrying', () => {
    expect(classifyStatus(410)).toEqual({ ok: false, retry: false, disable: true, reason: 'gone' })
  })
  it('should not retry other 4xx', () => {
    for (const status of [400, 401, 403, 404, 413, 422])
      expect(classifyStatus(status)).toEqual({ ok: false, retry: false, reason: 'client-error' })
  })
})
