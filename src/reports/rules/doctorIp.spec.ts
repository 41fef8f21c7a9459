import { describe, expect, it } from 'vitest'

import { engagementRate, followerTrend, reachByContent } from './doctorIp'

describe(reachByContent.name, () => {
  it('should sum reach and interactions per content item', () => {
    const row = {
      contentCollection: 'articles',
      views: 10,
      impressions: 30,
      likes: 1,
      comments: 1,
      shares: 2,
      saves: 0,
    }
    const sums = reachByContent([
      { ...row, contentId: '1' },
      { ...row, contentId: '1' },
      { ...row, contentId: '2' },
    ])
    expect(sums.get('articles:1')).toEqual({ views: 20, impressions: 60, interactions: 8, shares: 4 })
    expect(engagementRate(sums.get('articles:2')!)).toBe(40)
    expect(engagementRate({ views: 0, impressions: 0, interactions: 0, shares: 0 })).toBeNull()
  })
})

describe(followerTrend.name, () => {
  it("should carry each account's last figure over the days it did not report", () => {
    expect(
      followerTrend([
        { account: 'douyin', date: '2026-09-01', followers: 100, followerGrowth: 5 },
        { account: 'weibo', date: '2026-09-02', followers: 50, followerGrowth: 2 },
        { account: 'douyin', date: '2026-09-04', followers: 130, followerGrowth: 30 },
      ]),
    ).toEqual({
      followers: 180,
      days: [
        { date: '2026-09-01', followers: 100, followerGrowth: 5 },
        { date: '2026-09-02', followers: 150, followerGrowth: 2 },
        { date: '2026-09-03', followers: 150, followerGrowth: 0 },
        { date: '2026-09-04', followers: 180, followerGrowth: 30 },
      ],
    })
    expect(followerTrend([])).toEqual({ days: [], followers: null })
  })
})
