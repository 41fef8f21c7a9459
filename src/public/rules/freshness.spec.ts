import { describe, expect, it } from 'vitest'

import { isFresh, nextBoundary, storableFromInstant, storableUntil, timerDelay } from './freshness'

const NOW = Date.parse('2026-11-26T00:00:00.000Z')

describe(nextBoundary.name, () => {
  it('should take the earliest instant strictly after now, ignoring empty values', () => {
    expect(
      nextBoundary(
        ['2026-11-27T00:00:00.000Z', null, undefined, '', new Date(NOW + 5_000), '2026-11-25T00:00:00.000Z'],
        NOW,
      ),
    ).toBe(NOW + 5_000)
    expect(nextBoundary([new Date(NOW)], NOW)).toBe(Number.POSITIVE_INFINITY)
    expect(nextBoundary([], NOW)).toBe(Number.POSITIVE_INFINITY)
  })

  it('should expire at once on an unreadable date', () => {
    expect(nextBoundary(['2026-11-27T00:00:00.000Z', 'not a date'], NOW)).toBe(NOW)
  })
})

describe(storableUntil.name, () => {
  const boundary = { epoch: 3, at: NOW + 1_000 }

  it('should store until the boundary when nothing changed since the request started', () => {
    expect(storableUntil({ epoch: 3, boundary }, 3, NOW)).toBe(NOW + 1_000)
  })

  it('should refuse when a change came during the request, or the boundary is unknown, stale or passed', () => {
    expect(storableUntil({ epoch: 3, boundary }, 4, NOW)).toBeUndefined()
    expect(storableUntil({ epoch: 3, boundary: undefined }, 3, NOW)).toBeUndefined()
    expect(storableUntil({ epoch: 4, boundary }, 4, NOW)).toBeUndefined()
    expect(storableUntil({ epoch: 3, boundary }, 3, NOW + 1_000)).toBeUndefined()
  })
})

describe(isFresh.name, () => {
  it('should serve only under the current epoch and before the expiry instant', () => {
    expect(isFresh({ epoch: 2, expiresAt: NOW + 1 }, 2, NOW)).toBe(true)
    expect(isFresh({ epoch: 2, expiresAt: NOW }, 2, NOW)).toBe(false)
    expect(isFresh({ epoch: 1, expiresAt: NOW + 1 }, 2, NOW)).toBe(false)
  })
})

describe(timerDelay.name, () => {
  it('should wait until just past the instant, within what setTimeout accepts', () => {
    expect(timerDelay(NOW + 500, NOW)).toBe(501)
    expect(timerDelay(NOW - 500, NOW)).toBe(0)
    expect(timerDelay(Date.parse('9999-12-31T00:00:00.000Z'), NOW)).toBe(2_147_483_647)
  })
})

describe(storableFromInstant.name, () => {
  const boundary = { epoch: 3, at: NOW + 1_000, since: NOW - 500 }
  it('should store a read whose rule instant lies after the boundary was worked out', () => {
    expect(storableFromInstant({ epoch: 3, boundary }, 3, NOW, NOW - 100)).toBe(NOW + 1_000)
    expect(storableFromInstant({ epoch: 3, boundary }, 3, NOW, NOW - 500)).toBe(NOW + 1_000)
  })
  it('should not store a read whose rule instant came before the boundary was worked out: a boundary may lie between', () => {
    expect(storableFromInstant({ epoch: 3, boundary }, 3, NOW, NOW - 501)).toBeUndefined()
    expect(storableFromInstant({ epoch: 3, boundary: { epoch: 3, at: NOW + 1_000 } }, 3, NOW, NOW)).toBeUndefined()
  })
  it('should keep every condition of storableUntil', () => {
    expect(storableFromInstant({ epoch: 3, boundary }, 4, NOW, NOW)).toBeUndefined()
    expect(storableFromInstant({ epoch: 3, boundary }, 3, NOW + 1_000, NOW)).toBeUndefined()
    expect(storableFromInstant({ epoch: 3, boundary: undefined }, 3, NOW, NOW)).toBeUndefined()
  })
})
