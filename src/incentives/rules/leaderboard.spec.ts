import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type PeriodEntry, type Totals, addToTotals, rankContributors, rankTotals } from './leaderboard'

const entriesArb = fc
  .array(
    fc.record({
      contributor: fc.integer({ min: 1, max: 8 }),
      points: fc.integer({ min: -50, max: 100 }),
      settled: fc.boolean(),
    }),
    { maxLength: 80 },
  )
  .map((rows): PeriodEntry[] => rows.map((row, index) => ({ ...row, seq: index + 1 })))

describe(rankContributors.name, () => {
  it('should order by settled points, highest first, with equal points sharing a rank', () => {
    fc.assert(
      fc.property(entriesArb, fc.integer({ min: 1, max: 10 }), (entries, limit) => {
        const standings = rankContributors(entries, limit)
        expect(standings.length).toBeLessThanOrEqual(limit)
        for (let i = 1; i < standings.length; i++) {
          expect(standings[i].points).toBeLessThanOrEqual(standings[i - 1].points)
          if (standings[i].points === standings[i - 1].points) expect(standings[i].rank).toBe(standings[i - 1].rank)
          else expect(standings[i].rank).toBe(i + 1)
        }
        for (const s of standings) {
          const total = entries
            .filter((e) => e.settled && String(e.contributor) === s.contributor)
            .reduce((sum, e) => sum + e.points, 0)
          expect(s.points).toBe(total)
          expect(s.points).toBeGreaterThan(0)
        }
      }),
    )
  })

  it('should rank the same from pages of entries in any order', () => {
    fc.assert(
      fc.property(entriesArb, fc.integer({ min: 1, max: 9 }), (entries, size) => {
        const totals: Totals = new Map()
        const shuffled = [...entries].reverse()
        for (let i = 0; i < shuffled.length; i += size) addToTotals(totals, shuffled.slice(i, i + size))
        expect(rankTotals(totals, 10)).toEqual(rankContributors(entries, 10))
      }),
    )
  })

  it('should put first whoever reached an equal total first', () => {
    const standings = rankContributors([
      { contributor: 'b', points: 10, settled: true, seq: 1 },
      { contributor: 'a', points: 10, settled: true, seq: 2 },
      { contributor: 'c', points: 30, settled: false, seq: 3 },
    ])
    expect(standings).toEqual([
      { contributor: 'b', points: 10, rank: 1 },
      { contributor: 'a', points: 10, rank: 1 },
    ])
  })
})
