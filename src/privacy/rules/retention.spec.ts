import { describe, expect, it } from 'vitest'

import { DEFAULT_RETENTION, erasureDueAt, isErasureDue, parseRetention } from './retention'

describe(erasureDueAt.name, () => {
  it('should make a revoked consent due at its revocation', () => {
    expect(erasureDueAt({ status: 'revoked', revokedAt: '2026-03-01T00:00:00.000Z' }, DEFAULT_RETENTION)).toEqual(
      new Date('2026-03-01T00:00:00.000Z'),
    )
  })

  it('should keep data for the longest retention of its purposes after validity ends', () => {
    const retention = parseRetention('publicity=10,academic=30')
    const due = erasureDueAt(
      { status: 'expired', purposes: ['publicity', 'academic'], validUntil: '2026-01-01T00:00:00.000Z' },
      retention,
    )
    expect(due).toEqual(new Date('2026-01-31T00:00:00.000Z'))
    expect(
      isErasureDue(
        { status: 'active', purposes: ['publicity'], validUntil: '2026-01-01' },
        retention,
        new Date('2026-01-10'),
      ),
    ).toBe(false)
    expect(
      isErasureDue(
        { status: 'active', purposes: ['publicity'], validUntil: '2026-01-01' },
        retention,
        new Date('2026-01-11'),
      ),
    ).toBe(true)
  })

  it('should never propose erasing twice', () => {
    expect(erasureDueAt({ status: 'erased', revokedAt: '2026-01-01' }, DEFAULT_RETENTION)).toBeNull()
  })
})

describe(parseRetention.name, () => {
  it('should refuse an entry it cannot read', () => {
    expect(() => parseRetention('publicity=ten')).toThrow(/CONSENT_RETENTION_DAYS/)
    expect(parseRetention('').publicity).toBe(DEFAULT_RETENTION.publicity)
  })
})
