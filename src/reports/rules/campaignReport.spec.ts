import { describe, expect, it } from 'vitest'

import {
  computeCampaignReport,
  kpiProgress,
  metricBlock,
  type ReportDistribution,
  type ReportMetricRow,
} from './campaignReport'

const zero = { views: 0, impressions: 0, likes: 0, comments: 0, shares: 0, saves: 0, clicks: 0, conversions: 0 }

// Hand-computed below: three distributions of the campaign (one retracted), one of another campaign.
const distributions: ReportDistribution[] = [
  { id: 1, channel: 10, contentCollection: 'articles', contentId: '100', title: '文章甲', status: 'delivered' },
  { id: 2, channel: 11, contentCollection: 'articles', contentId: '100', title: '文章甲', status: 'retracted' },
  { id: 3, channel: 10, contentCollection: 'articles', contentId: '101', title: '文章乙', status: 'delivered' },
]
const metrics: ReportMetricRow[] = [
  {
    distribution: 1,
    date: '2026-09-01',
    views: 400,
    likes: 20,
    comments: 5,
    shares: 3,
    saves: 2,
    clicks: 40,
    conversions: 4,
    kolPartner: 50,
    sentiment: { positive: 3, neutral: 1, negative: 1 },
  },
  {
    distribution: 1,
    date: '2026-09-04',
    views: 100,
    likes: 5,
    comments: 0,
    shares: 0,
    saves: 0,
    clicks: 10,
    conversions: 1,
    kolPartner: 50,
  },
  // The retracted distribution reached readers before it was taken down: its metrics count.
  {
    distribution: 2,
    date: '2026-09-01',
    views: 200,
    likes: 10,
    comments: 2,
    shares: 2,
    saves: 1,
    clicks: 0,
    conversions: 0,
    kolPartner: 50,
    sentiment: { positive: 0, neutral: 2, negative: 2 },
  },
  { distribution: '3', date: '2026-09-02', ...zero, kolPartner: null },
  // Another campaign's distribution: never counted here.
  { distribution: 9, date: '2026-09-02', ...zero, views: 9999, likes: 999 },
]

const report = computeCampaignReport({
  campaign: {
    id: 7,
    name: '测试活动',
    slug: 'test',
    kpiTargets: { reach: 1000, interactions: 100, conversions: null },
    channels: [10, 11, 12],
    contentItems: [
      { collection: 'articles', id: 100 },
      { collection: 'articles', id: 101 },
      { collection: 'patient-stories', id: 200 },
    ],
    kols: [50],
  },
  distributions,
  metrics,
  labels: {
    channels: { '10': '公众号', '11': '微博', '12': '抖音' },
    kols: { '50': '张医生' },
    content: { 'patient-stories:200': '患者故事丙' },
    noKol: '无 KOL',
  },
})

describe(computeCampaignReport.name, () => {
  it('should total the campaign and derive interactions and rates from the sums', () => {
    // views 400+100+200+0; likes 20+5+10; comments 5+0+2; shares 3+0+2; saves 2+0+1
    expect(report.totals).toMatchObject({
      views: 700,
      likes: 35,
      comments: 7,
      shares: 5,
      saves: 3,
      interactions: 50,
      clicks: 50,
      conversions: 5,
    })
    expect(report.totals.engagementRate).toBeCloseTo(50 / 700, 12)
    expect(report.totals.clickThroughRate).toBeCloseTo(50 / 700, 12)
    expect(report.totals.conversionRate).toBe(0.1)
  })

  it('should measure KPI targets, and leave a missing target without percentage', () => {
    expect(report.kpi.reach).toEqual({ target: 1000, actual: 700, achieved: 0.7, remaining: 300 })
    expect(report.kpi.interactions).toEqual({ target: 100, actual: 50, achieved: 0.5, remaining: 50 })
    expect(report.kpi.conversions).toEqual({ target: null, actual: 5, achieved: null, remaining: null })
  })

  it('should share sentiment out of its sum', () => {
    // positive 3+0, neutral 1+2, negative 1+2
    expect(report.totals.sentiment).toEqual({ positive: 3, neutral: 3, negative: 3 })
    expect(report.totals.sentimentShare!.positive).toBeCloseTo(1 / 3, 12)
    expect(report.totals.sentimentShare!.negative).toBeCloseTo(1 / 3, 12)
  })

  it('should exclude metric rows of distributions outside the campaign', () => {
    expect(report.excludedRows).toBe(1)
    expect(report.byDay.find((d) => d.date === '2026-09-02')!.views).toBe(0)
  })

  it('should break down by channel, listing planned channels without results as zeros', () => {
    expect(report.byChannel.map((c) => [c.label, c.distributions, c.views, c.interactions, c.clicks])).toEqual([
      ['公众号', 2, 500, 35, 50],
      ['微博', 1, 200, 15, 0],
      ['抖音', 0, 0, 0, 0],
    ])
    expect(report.byChannel[1].engagementRate).toBeCloseTo(15 / 200, 12)
  })

  it('should break down by content item, the retracted distribution included', () => {
    const byKey = Object.fromEntries(report.byContent.map((c) => [c.key, c]))
    expect(report.byContent[0].key).toBe('articles:100')
    expect(byKey['articles:100']).toMatchObject({
      label: '文章甲',
      distributions: 2,
      views: 700,
      interactions: 50,
      conversions: 5,
    })
    expect(byKey['articles:101']).toMatchObject({
      label: '文章乙',
      distributions: 1,
      views: 0,
      engagementRate: 0,
      clickThroughRate: 0,
    })
    expect(byKey['patient-stories:200']).toMatchObject({ label: '患者故事丙', distributions: 0, views: 0 })
  })

  it('should break down by KOL, with content without a KOL in its own line', () => {
    expect(report.byKol.map((k) => [k.id, k.label, k.views, k.interactions])).toEqual([
      [50, '张医生', 700, 50],
      [null, '无 KOL', 0, 0],
    ])
  })

  it('should fill every day between the first and the last with zeros', () => {
    expect(report.period).toEqual({ from: '2026-09-01', to: '2026-09-04' })
    expect(report.byDay.map((d) => [d.date, d.views, d.interactions, d.conversions])).toEqual([
      ['2026-09-01', 600, 45, 4],
      ['2026-09-02', 0, 0, 0],
      ['2026-09-03', 0, 0, 0],
      ['2026-09-04', 100, 5, 1],
    ])
    expect(report.byDay[2].sentimentShare).toBeNull()
  })

  it('should count distributions by status', () => {
    expect(report.distributions).toEqual({ total: 3, byStatus: { delivered: 2, retracted: 1 } })
  })

  it('should give an empty report for a campaign without metrics', () => {
    const empty = computeCampaignReport({ campaign: { id: 1 }, distributions: [], metrics: [] })
    expect(empty.totals).toMatchObject({ ...zero, interactions: 0, engagementRate: 0, sentimentShare: null })
    expect(empty.kpi.reach).toEqual({ target: null, actual: 0, achieved: null, remaining: null })
    expect(empty.byDay).toEqual([])
    expect(empty.period).toEqual({ from: null, to: null })
  })
})

describe(metricBlock.name, () => {
  it('should give rates of 0, not NaN, when there were no views or clicks', () => {
    const block = metricBlock({ ...zero, likes: 3, sentiment: { positive: 0, neutral: 0, negative: 0 } })
    expect(block).toMatchObject({
      interactions: 3,
      engagementRate: 0,
      clickThroughRate: 0,
      conversionRate: 0,
      sentimentShare: null,
    })
  })
})

describe(kpiProgress.name, () => {
  it('should report over-achievement above 1 and nothing remaining', () => {
    expect(kpiProgress(100, 150)).toEqual({ target: 100, actual: 150, achieved: 1.5, remaining: 0 })
  })
  it('should treat a zero or missing target as no target', () => {
    expect(kpiProgress(0, 5).achieved).toBeNull()
    expect(kpiProgress(undefined, 5).target).toBeNull()
  })
})
