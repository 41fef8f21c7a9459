// Campaign reports over HTTP: a campaign with two articles (one by a KOL) on two channels, daily
// metrics sent through the ingest endpoint, one article withdrawn (its distributions retracted),
// and a distribution of another campaign whose metrics must not leak in. Every figure below is
// worked out by hand from the rows sent.
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { addDays, localDate } from '@/reports/rules/dates'
import { articleData, campaignData, channelData, kolData } from '../factories/content'
import { api, as, baseUrl } from '../helpers/api'
import { rawSql } from '../../scripts/lib/rawSql'
import { publishThroughReview } from '../helpers/review'
import { eventually } from '../../scripts/lib/webhookReceiver'

const today = localDate(new Date(), 'Asia/Shanghai')
const day = (offset: number) => addDays(today, offset)
const NAME = '报告测试活动：世界心脏日, "护心"周'

const created = async (path: string, body: Record<string, unknown>, persona: keyof typeof as) => {
  const res = await api(path, { method: 'POST', body, auth: await as[persona]() })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as Record<string, any>
}

const statusOf = async (id: number) =>
  (await api(`/api/distributions/${id}?depth=0`, { auth: await as.publisher() })).body.status as string
const reached = async (id: number, status: string) =>
  expect(
    await eventually(
      () => statusOf(id),
      (s) => s === status,
    ),
  ).toBe(status)

/** The CSV as bytes: a Fetch text() would silently drop the byte-order mark under test. */
const rawCsv = async (path: string) => {
  const { token } = await as.analyst()
  const res = await fetch(`${baseUrl()}${path}`, { headers: { authorization: `JWT ${token}` } })
  return { res, bytes: Buffer.from(await res.arrayBuffer()) }
}

describe('GET /api/campaigns/:id/report', () => {
  let campaign: Record<string, any>
  let kol: Record<string, any>
  let ch1: Record<string, any>
  let ch2: Record<string, any>
  let articleA: number
  let articleB: number

  beforeAll(async () => {
    kol = await created('/api/kol-partners', kolData(), 'editor')
    articleA = (
      await created('/api/articles', await articleData({ title: '报告测试：心脏康复', kolPartner: kol.id }), 'editor')
    ).id
    articleB = (await created('/api/articles', await articleData({ title: '报告测试：血压测量' }), 'editor')).id
    await publishThroughReview('articles', articleA)
    await publishThroughReview('articles', articleB)
    ch1 = await created('/api/channels', channelData({ kind: 'website' }), 'publisher')
    ch2 = await created('/api/channels', channelData({ kind: 'website' }), 'publisher')
    campaign = await created(
      '/api/campaigns',
      campaignData({
        name: NAME,
        status: 'active',
        // No conversions target: the report shows no percentage for it.
        kpiTargets: { reach: 2000, interactions: 200 },
        channels: [ch1.id, ch2.id],
        kols: [kol.id],
        contentItems: [
          { relationTo: 'articles', value: articleA },
          { relationTo: 'articles', value: articleB },
        ],
      }),
      'editor',
    )
    const other = await created('/api/campaigns', campaignData(), 'editor')

    const now = new Date().toISOString()
    const distribution = (contentId: number, channel: number, campaignId: number) =>
      created(
        '/api/distributions',
        { contentCollection: 'articles', contentId, channel, campaign: campaignId, scheduledAt: now },
        'publisher',
      ).then((d) => d.id as number)
    const [d1, d2, d3, d4] = await Promise.all([
      distribution(articleA, ch1.id, campaign.id),
      distribution(articleA, ch2.id, campaign.id),
      distribution(articleB, ch1.id, campaign.id),
      distribution(articleB, ch2.id, other.id),
    ])
    for (const id of [d1, d2, d3, d4]) await reached(id, 'delivered')
    // As if they went out three days ago, so the report spans several days. Past the API on
    // purpose: deliveredAt is the engine's own field.
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString()
    for (const id of [d1, d2, d3, d4])
      await rawSql(inject('databaseUri'), 'UPDATE distributions SET delivered_at = $1 WHERE id = $2', [
        threeDaysAgo,
        id,
      ])

    const send = async (rows: Record<string, unknown>[]) => {
      const res = await api('/api/channel-metrics/ingest', {
        method: 'POST',
        body: { rows },
        auth: await as.metricsClient(),
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.rejected).toEqual([])
    }
    await send([
      {
        distribution: d1,
        date: day(-3),
        views: 100,
        likes: 10,
        comments: 2,
        shares: 1,
        saves: 1,
        clicks: 5,
        conversions: 1,
        sentiment: { positive: 3, neutral: 1, negative: 0 },
      },
      { distribution: d1, date: day(-1), views: 50, likes: 5, clicks: 2 },
      { distribution: d3, date: day(0), views: 40, shares: 2, saves: 2, clicks: 4 },
      // Another campaign's distribution of the same article, on the same day range.
      { distribution: d4, date: day(-2), views: 9999, likes: 999 },
    ])
    // Withdrawing article A retracts both its distributions; what they reached still counts, and
    // metrics for a retracted distribution are still accepted.
    const withdrawn = await api(`/api/articles/${articleA}/workflow/withdraw`, {
      method: 'POST',
      body: { reason: '报告测试：撤回' },
      auth: await as.publisher(),
    })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    await reached(d1, 'retracted')
    await reached(d2, 'retracted')
    await send([
      {
        distribution: d2,
        date: day(-3),
        views: 300,
        likes: 20,
        comments: 5,
        shares: 5,
        clicks: 30,
        conversions: 3,
        sentiment: { positive: 1, neutral: 2, negative: 1 },
      },
    ])
  })

  const report = async () => {
    const res = await api(`/api/campaigns/${campaign.id}/report`, { auth: await as.analyst() })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body
  }

  it('should total the campaign and measure it against its KPI targets', async () => {
    const { totals, kpi, distributions } = await report()
    // views 100+50+300+40; likes 10+5+20; comments 2+5; shares 1+5+2; saves 1+2; clicks 5+2+30+4; conversions 1+3
    expect(totals).toMatchObject({
      views: 490,
      likes: 35,
      comments: 7,
      shares: 8,
      saves: 3,
      interactions: 53,
      clicks: 41,
      conversions: 4,
    })
    expect(totals.engagementRate).toBeCloseTo(53 / 490, 10)
    expect(totals.clickThroughRate).toBeCloseTo(41 / 490, 10)
    expect(totals.conversionRate).toBeCloseTo(4 / 41, 10)
    expect(totals.sentiment).toEqual({ positive: 4, neutral: 3, negative: 1 })
    expect(totals.sentimentShare).toEqual({ positive: 0.5, neutral: 0.375, negative: 0.125 })
    expect(kpi.reach).toEqual({ target: 2000, actual: 490, achieved: 0.245, remaining: 1510 })
    expect(kpi.interactions).toEqual({ target: 200, actual: 53, achieved: 0.265, remaining: 147 })
    expect(kpi.conversions).toEqual({ target: null, actual: 4, achieved: null, remaining: null })
    expect(distributions).toEqual({ total: 3, byStatus: { retracted: 2, delivered: 1 } })
  })

  it('should break the figures down by channel, content, KOL and day', async () => {
    const body = await report()
    expect(body.byChannel.map((c: any) => [c.id, c.label, c.distributions, c.views, c.interactions, c.clicks])).toEqual(
      [
        [ch2.id, ch2.name, 1, 300, 30, 30],
        [ch1.id, ch1.name, 2, 190, 23, 11],
      ],
    )
    expect(body.byContent.map((c: any) => [c.key, c.label, c.distributions, c.views, c.interactions])).toEqual([
      [`articles:${articleA}`, '报告测试：心脏康复', 2, 450, 49],
      [`articles:${articleB}`, '报告测试：血压测量', 1, 40, 4],
    ])
    expect(body.byKol.map((k: any) => [k.id, k.label, k.views, k.interactions])).toEqual([
      [kol.id, kol.name, 450, 49],
      [null, '无 KOL（医院自有内容）', 40, 4],
    ])
    expect(body.byDay.map((d: any) => [d.date, d.views, d.interactions, d.conversions])).toEqual([
      [day(-3), 400, 44, 4],
      [day(-2), 0, 0, 0],
      [day(-1), 50, 5, 0],
      [day(0), 40, 4, 0],
    ])
    expect(body.period).toEqual({ from: day(-3), to: day(0) })
  })

  it('should give the same report as a CSV attachment Excel opens in Chinese', async () => {
    for (const path of [
      `/api/campaigns/${campaign.id}/report?format=csv`,
      `/api/campaigns/${campaign.id}/report.csv`,
    ]) {
      const { res, bytes } = await rawCsv(path)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="campaign-.+-report\.csv"$/)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = bytes.subarray(3).toString('utf8').split('\r\n')
      expect(lines[0]).toMatch(/^"维度","编号","名称","阅读\/播放（触达人次）",/)
      expect(lines[1]).toBe(
        `"合计","${campaign.slug}","报告测试活动：世界心脏日, ""护心""周",490,35,7,8,3,53,41,4,"10.82%","8.37%","9.76%",4,3,1`,
      )
      expect(lines[3]).toBe(
        `"KPI 完成率","${campaign.slug}","报告测试活动：世界心脏日, ""护心""周","24.50%",,,,,"26.50%",,,,,,,,`,
      )
      expect(lines).toContain(`"渠道","${ch2.id}","${ch2.name}",300,20,5,5,0,30,30,3,"10.00%","10.00%","10.00%",1,2,1`)
      expect(lines).toContain(`"日期","${day(-2)}","${day(-2)}",0,0,0,0,0,0,0,0,"0.00%","0.00%","0.00%",0,0,0`)
    }
  })

  it('should let staff read reports and refuse readers and API keys', async () => {
    for (const persona of ['editor', 'publisher', 'admin', 'compliance'] as const) {
      expect((await api(`/api/campaigns/${campaign.id}/report`, { auth: await as[persona]() })).status, persona).toBe(
        200,
      )
    }
    for (const persona of ['anonymous', 'apiClient', 'metricsClient'] as const) {
      const res = await api(`/api/campaigns/${campaign.id}/report`, { auth: await as[persona]() })
      expect(res.status, persona).toBe(403)
      expect(res.body.errors[0].code).toBe('report-forbidden')
    }
    expect((await rawCsv(`/api/campaigns/${campaign.id}/report.csv`)).res.status).toBe(200)
    const csvAnonymous = await api(`/api/campaigns/${campaign.id}/report.csv`)
    expect(csvAnonymous.status).toBe(403)
  })

  it('should answer 404 for an unknown campaign and 400 for a malformed id or format', async () => {
    const auth = await as.analyst()
    const missing = await api('/api/campaigns/99999999/report', { auth })
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toBe('找不到该营销活动。')
    expect((await api('/api/campaigns/abc/report', { auth })).body.errors[0].code).toBe('report-bad-id')
    expect((await api('/api/campaigns/abc/report', { auth })).status).toBe(400)
    expect((await api(`/api/campaigns/${campaign.id}/report?format=xml`, { auth })).status).toBe(400)
  })
})
