// 医生IP: what a doctor's published pieces reached, and how the doctor's own accounts grew. Pure:
// the shell reads one page of pieces, their channel metrics (by content id, bounded by the page)
// and the accounts' daily rows, and this sums them.
import { dateRange } from './dates'

export type Reach = { views: number; impressions: number; interactions: number; shares: number }

export type IpMetricRow = {
  contentCollection: string
  contentId: string
  views: number
  impressions: number
  likes: number
  comments: number
  shares: number
  saves: number
}

export type IpAccountRow = { account: string; date: string; followers: number; followerGrowth: number }

export const emptyReach = (): Reach => ({ views: 0, impressions: 0, interactions: 0, shares: 0 })

/** Channel metrics summed per content item (`collection:id`). */
export const reachByContent = (rows: IpMetricRow[], into = new Map<string, Reach>()): Map<string, Reach> => {
  for (const row of rows) {
    const key = `${row.contentCollection}:${row.contentId}`
    const sums = into.get(key) ?? into.set(key, emptyReach()).get(key)!
    sums.views += row.views
    sums.impressions += row.impressions
    sums.interactions += row.likes + row.comments + row.shares + row.saves
    sums.shares += row.shares
  }
  return into
}

/** interactions / views × 100, null without views. */
export const engagementRate = (reach: Reach): number | null =>
  reach.views > 0 ? (reach.interactions / reach.views) * 100 : null

export type FollowerDay = { date: string; followers: number | null; followerGrowth: number }

/**
 * The doctor's followers by day over all their accounts: each account counts with its latest
 * known follower figure on or before the day (so a day one account did not report keeps its
 * last figure), and growth is summed. Days before any account reported show null followers.
 */
export const followerTrend = (rows: IpAccountRow[]): { days: FollowerDay[]; followers: number | null } => {
  if (!rows.length) return { days: [], followers: null }
  const sorted = [...rows].sort((a, b) => a.date.localeCompare(b.date) || a.account.localeCompare(b.account))
  const byDate = new Map<string, IpAccountRow[]>()
  for (const row of sorted) (byDate.get(row.date) ?? byDate.set(row.date, []).get(row.date)!).push(row)
  const latest = new Map<string, number>()
  const days: FollowerDay[] = []
  for (const date of dateRange(sorted[0].date, sorted.at(-1)!.date)) {
    let growth = 0
    for (const row of byDate.get(date) ?? []) {
      latest.set(row.account, row.followers)
      growth += row.followerGrowth
    }
    days.push({
      date,
      followers: latest.size ? [...latest.values()].reduce((s, n) => s + n, 0) : null,
      followerGrowth: growth,
    })
  }
  return { days, followers: days.at(-1)?.followers ?? null }
}
