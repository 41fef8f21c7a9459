import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  type LedgerEntry,
  balanceOf,
  balanceOfTally,
  emptyTally,
  tally,
  tallyFromSums,
  isOpenOrDecision,
  grantKey,
  refuseDecision,
  refuseReversal,
  reversalOf,
  settlesAtOnce,
} from './ledger'

const entryArb = fc.record({
  kind: fc.constantFrom('grant', 'approval', 'reversal' as const),
  points: fc.integer({ min: -1000, max: 1000 }),
  amountCny: fc.integer({ min: 0, max: 100_000 }).map((cents) => cents / 100),
  settled: fc.boolean(),
})

const withIds = (entries: Omit<LedgerEntry, 'id' | 'contributor'>[]): LedgerEntry[] =>
  entries.map((e, index) => ({ ...e, id: index + 1, contributor: 1 }))

describe(balanceOf.name, () => {
  it('should count the points and money of settled entries only', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 50 }), (raw) => {
        const entries = withIds(raw)
        const balance = balanceOf(entries)
        const settled = entries.filter((e) => e.settled)
        expect(balance.points).toBe(settled.reduce((sum, e) => sum + e.points, 0))
        expect(Math.round(balance.amountCny * 100)).toBe(
          settled.reduce((sum, e) => sum + Math.round(e.amountCny * 100), 0),
        )
      }),
    )
  })

  it('should net a reversal of every settled entry to zero', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 50 }), (raw) => {
        const settled = withIds(raw).filter((e) => e.settled)
        const reversals = settled.map((e, index) => ({ ...reversalOf(e), id: 1000 + index }))
        const balance = balanceOf([...settled, ...reversals])
        expect(balance.points).toBe(0)
        expect(balance.amountCny).toBe(0)
      }),
    )
  })

  it("should come out the same from the database's settled sums and the open entries alone", () => {
    const anyEntry = fc.record({
      kind: fc.constantFrom('grant', 'approval', 'rejection', 'reversal' as const),
      points: fc.integer({ min: -1000, max: 1000 }),
      amountCny: fc.integer({ min: 0, max: 100_000 }).map((cents) => cents / 100),
      settled: fc.boolean(),
      refersTo: fc.integer({ min: 1, max: 30 }),
    })
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 60 }), (raw) => {
        const entries = withIds(raw)
        const settled = entries.filter((e) => e.settled)
        const sums = {
          points: settled.reduce((sum, e) => sum + e.points, 0),
          cents: settled.reduce((sum, e) => sum + Math.round(e.amountCny * 100), 0),
        }
        const split = tallyFromSums(sums, entries.filter(isOpenOrDecision))
        const whole = tally(emptyTally(), entries)
        expect(split).toEqual(whole)
        expect(balanceOfTally(split)).toEqual(balanceOf(entries))
      }),
    )
  })

  it('should come out the same tallied a page at a time, whatever the page size', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 60 }), fc.integer({ min: 1, max: 10 }), (raw, size) => {
        const entries = withIds(raw)
        const running = emptyTally()
        for (let i = 0; i < entries.length; i += size) tally(running, entries.slice(i, i + size))
        expect(balanceOfTally(running)).toEqual(balanceOf(entries))
      }),
    )
  })

  it('should keep a monetary grant pending until a decision answers it', () => {
    const grant: LedgerEntry = { id: 1, kind: 'grant', contributor: 1, points: 50, amountCny: 300, settled: false }
    expect(balanceOf([grant])).toEqual({ points: 0, amountCny: 0, pendingPoints: 50, pendingCny: 300 })
    const approval: LedgerEntry = { ...grant, id: 2, kind: 'approval', settled: true, refersTo: 1 }
    expect(balanceOf([grant, approval])).toEqual({ points: 50, amountCny: 300, pendingPoints: 0, pendingCny: 0 })
    const rejection: LedgerEntry = { ...grant, id: 2, kind: 'rejection', points: 0, amountCny: 0, refersTo: 1 }
    expect(balanceOf([grant, rejection])).toEqual({ points: 0, amountCny: 0, pendingPoints: 0, pendingCny: 0 })
  })
})

describe(settlesAtOnce.name, () => {
  it('should settle a grant without money at once and hold one with money', () => {
    expect(settlesAtOnce(0)).toBe(true)
    expect(settlesAtOnce(0.01)).toBe(false)
  })
})

describe(refuseDecision.name, () => {
  const pending = { kind: 'grant' as const, settled: false, requestedBy: 7, beneficiaryUser: 8 }

  it('should let a manager who neither requested nor benefits decide a pending grant', () => {
    expect(refuseDecision({ id: 9, manager: true }, pending, false)).toBeNull()
  })

  it('should refuse non-managers, the requester, the beneficiary, a settled entry and a second decision', () => {
    expect(refuseDecision({ id: 9, manager: false }, pending, false)?.code).toBe('incentive-forbidden')
    expect(refuseDecision({ id: 7, manager: true }, pending, false)?.code).toBe('incentive-self-approval')
    expect(refuseDecision({ id: '8', manager: true }, pending, false)?.code).toBe('incentive-self-approval')
    expect(refuseDecision({ id: 9, manager: true }, { ...pending, settled: true }, false)?.code).toBe('incentive-state')
    expect(refuseDecision({ id: 9, manager: true }, { ...pending, kind: 'approval' }, false)?.code).toBe(
      'incentive-state',
    )
    expect(refuseDecision({ id: 9, manager: true }, pending, true)?.code).toBe('incentive-state')
  })
})

describe(refuseReversal.name, () => {
  it('should reverse a settled grant or approval once, never a reversal or a pending grant', () => {
    const manager = { id: 1, manager: true }
    expect(refuseReversal(manager, { kind: 'grant', settled: true }, false)).toBeNull()
    expect(refuseReversal(manager, { kind: 'approval', settled: true }, false)).toBeNull()
    expect(refuseReversal(manager, { kind: 'grant', settled: true }, true)?.code).toBe('incentive-state')
    expect(refuseReversal(manager, { kind: 'reversal', settled: true }, false)?.code).toBe('incentive-state')
    expect(refuseReversal(manager, { kind: 'grant', settled: false }, false)?.code).toBe('incentive-state')
    expect(refuseReversal({ id: 1, manager: false }, { kind: 'grant', settled: true }, false)?.code).toBe(
      'incentive-forbidden',
    )
  })
})

describe(grantKey.name, () => {
  it('should differ whenever the rule, the contributor or the cause differs', () => {
    fc.assert(
      fc.property(fc.tuple(fc.nat(), fc.nat(), fc.string()), fc.tuple(fc.nat(), fc.nat(), fc.string()), (a, b) => {
        fc.pre(a[0] !== b[0] || a[1] !== b[1] || a[2] !== b[2])
        expect(grantKey(...a)).not.toBe(grantKey(...b))
      }),
    )
  })
})
