// The leaderboard of a period: settled points per contributor, highest first; ties by the earlier
// arrival at that total (the first to reach it ranks higher), then by id, so the order is stable.
// Totals are gathered a page of entries at a time, so a long period never sits in memory.

export type PeriodEntry = { contributor: string | number; points: number; settled: boolean; seq: number }

export type Standing = { contributor: string; points: number; rank: number }

export type Totals = Map<string, { points: number; lastSeq: number }>

/** Adds a page of entries (any order) to the totals. */
export const addToTotals = (totals: Totals, entries: readonly PeriodEntry[]): Totals => {
  for (const entry of entries) {
    if (!entry.settled) continue
    const key = String(entry.contributor)
    const current = totals.get(key) ?? { points: 0, lastSeq: 0 }
    totals.set(key, { points: current.points + entry.points, lastSeq: Math.max(current.lastSeq, entry.seq) })
  }
  return totals
}

export const rankTotals = (totals: Totals, limit = 20): Standing[] => {
  const sorted = [...totals.entries()]
    .filter(([, t]) => t.points > 0)
    .sort(([ida, a], [idb, b]) => b.points - a.points || a.lastSeq - b.lastSeq || ida.localeCompare(idb))
  let rank = 0
  let previous: number | null = null
  return sorted.slice(0, limit).map(([contributor, t], index) => {
    if (t.points !== previous) rank = index + 1
    previous = t.points
    return { contributor, points: t.points, rank }
  })
}

export const rankContributors = (entries: readonly PeriodEntry[], limit = 20): Standing[] =>
  rankTotals(addToTotals(new Map(), entries), limit)
