// 数据回流 over HTTP: who may send channel metrics, the idempotent upsert per distribution and day
// (also under concurrent identical sends), and a partial batch that keeps its good rows and names
// every rejected one. Distributions are made through the API and delivered by the real scheduler.
import { beforeAll, describe, expect, it } from 'vitest'

import { addDays, localDate } from '@/reports/rules/dates'
import { channelData } from '../factories/content'
import { api, as, type Auth } from '../helpers/api'
import { eventually } from '../../scripts/lib/webhookReceiver'

const TIME_ZONE = 'Asia/Shanghai'
const today = () => localDate(new Date(), TIME_ZONE)

const ingest = async (body: unknown, auth?: Auth, headers: Record<string, string> = {}) =>
  api('/api/channel-metrics/ingest', { method: 'POST', body, auth: auth ?? (await as.metricsClient()), headers })

const metricRows = async (key: string) =>
  (
    await api(`/api/channel-metrics?where[key][equals]=${encodeURIComponent(key)}&depth=0`, {
      auth: await as.analyst(),
    })
  ).body

const distribute = async (contentId: number | string, channel: number, scheduledAt = new Date()) => {
  const res = await api('/api/distributions', {
    method: 'POST',
    body: { contentCollection: 'articles', contentId, channel, scheduledAt: scheduledAt.toISOString() },
    auth: await as.publisher(),
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc.id as number
}

const delivered = async (id: number) => {
  const doc = await eventually(
    async () => (await api(`/api/distributions/${id}?depth=0`, { auth: await as.publisher() })).body,
    (d) => d.status === 'delivered',
  )
  expect(doc.status, JSON.stringify(doc)).toBe('delivered')
  return doc
}

describe('POST /api/channel-metrics/ingest', () => {
  let articleId: number
  let channel: number
  let dA: Record<string, any>
  let dB: Record<string, any>
  let dC: Record<string, any>
  let dD: Record<string, any>
  let scheduled: number

  beforeAll(async () => {
    const published = await api('/api/articles?where[_status][equals]=published&limit=1&depth=0', {
      auth: await as.admin(),
    })
    articleId = published.body.docs[0].id
    const created = await api('/api/channels', {
      method: 'POST',
      body: channelData({ kind: 'website' }),
      auth: await as.publisher(),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    channel = created.body.doc.id
    const ids = await Promise.all([1, 2, 3, 4].map(() => distribute(articleId, channel)))
    ;[dA, dB, dC, dD] = await Promise.all(ids.map(delivered))
    scheduled = await distribute(articleId, channel, new Date(Date.now() + 30 * 86_400_000))
  })

  it('should refuse anonymous callers with 401 and keys or staff without the scope with 403', async () => {
    const row = [{ distribution: dA.id, date: today(), views: 1 }]
    const anonymous = await ingest(row, await as.anonymous())
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].code).toBe('metrics-unauthenticated')
    expect(anonymous.body.errors[0].message).toContain('API 密钥')
    for (const persona of ['apiClient', 'analyst', 'publisher'] as const) {
      const res = await ingest(row, await as[persona]())
      expect(res.status, persona).toBe(403)
      expect(res.body.errors[0].code).toBe('metrics-forbidden')
    }
    const english = await ingest(row, await as.apiClient(), { 'accept-language': 'en' })
    expect(english.body.errors[0].message).toContain('metrics-write')
    expect((await metricRows(`${dA.id}:${today()}`)).totalDocs).toBe(0)
  })

  it('should upsert one row per distribution and day: the same row twice is one row with the latest values', async () => {
    const key = `${dA.id}:${today()}`
    const first = await ingest({
      rows: [
        {
          distribution: dA.id,
          date: today(),
          views: 120,
          likes: 9,
          sentiment: { positive: 3, neutral: 1, negative: 0 },
        },
      ],
    })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body).toEqual({ accepted: 1, rejected: [], results: [{ index: 0, key, outcome: 'created' }] })

    const second = await ingest({ rows: [{ distribution: dA.id, date: today(), views: 150, likes: 11, clicks: 4 }] })
    expect(second.body.results).toEqual([{ index: 0, key, outcome: 'updated' }])

    const stored = await metricRows(key)
    expect(stored.totalDocs).toBe(1)
    expect(stored.docs[0]).toMatchObject({
      key,
      distribution: dA.id,
      date: today(),
      views: 150,
      likes: 11,
      clicks: 4,
      // Missing counts are 0: a resend replaces the day, it does not merge into it.
      comments: 0,
      sentiment: { positive: 0, neutral: 0, negative: 0 },
      channel,
      campaign: dA.campaign ?? null,
      contentCollection: 'articles',
      contentId: String(articleId),
    })
    expect(stored.docs[0].receivedAt).toBeTruthy()
  })

  it('should let an admin send metrics too', async () => {
    const res = await ingest([{ distribution: dD.id, date: today(), views: 1 }], await as.admin())
    expect(res.status).toBe(200)
  })

  it('should write one row when five identical batches arrive at once', async () => {
    const key = `${dB.id}:${today()}`
    const batch = [{ distribution: dB.id, date: today(), views: 77, shares: 2 }]
    const responses = await Promise.all(Array.from({ length: 5 }, () => ingest(batch)))
    for (const res of responses) expect(res.status, JSON.stringify(res.body)).toBe(200)
    const outcomes = responses.map((res) => res.body.results[0].outcome)
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(1)
    expect(outcomes.filter((o) => o === 'updated')).toHaveLength(4)
    const stored = await metricRows(key)
    expect(stored.totalDocs).toBe(1)
    expect(stored.docs[0]).toMatchObject({ views: 77, shares: 2 })
  })

  it('should keep the good rows of a partial batch and report every bad one with its index and reason', async () => {
    const day = today()
    const res = await ingest({
      rows: [
        { distribution: dC.id, date: day, views: 5, comments: 1 },
        null,
        { date: day, views: 1 },
        { distribution: dC.id, date: '2026/09/01' },
        { distribution: dC.id, date: day, views: -1 },
        { distribution: dC.id, date: day, likes: 1.5 },
        { distribution: dC.id, date: day, clicks: 'NaN' },
        { distribution: 99999999, date: day },
        { distribution: scheduled, date: day },
        { distribution: dC.id, date: addDays(day, 1) },
        { distribution: dC.id, date: addDays(day, -1) },
        { distribution: dC.id, date: day, views: 999 },
        { distribution: dD.id, date: day, views: 8, sentiment: { positive: 1, neutral: 0, negative: 1 } },
        { distribution: dC.id, date: day, sentiment: { negative: -2 } },
        { distribution: 'abc', date: day },
      ],
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.accepted).toBe(2)
    expect(res.body.results.map((r: { index: number }) => r.index)).toEqual([0, 12])
    expect(res.body.rejected.map((r: { index: number; code: string }) => [r.index, r.code])).toEqual([
      [1, 'metrics-bad-row'],
      [2, 'metrics-bad-distribution'],
      [3, 'metrics-bad-date'],
      [4, 'metrics-bad-count'],
      [5, 'metrics-bad-count'],
      [6, 'metrics-bad-count'],
      [7, 'metrics-unknown-distribution'],
      [8, 'metrics-not-delivered'],
      [9, 'metrics-future-date'],
      [10, 'metrics-before-delivery'],
      [11, 'metrics-duplicate-row'],
      [13, 'metrics-bad-count'],
      [14, 'metrics-unknown-distribution'],
    ])
    const reason = (index: number) =>
      res.body.rejected.find((r: { index: number }) => r.index === index).message as string
    expect(reason(4)).toBe('“views”须为非负整数（收到 -1）。')
    expect(reason(8)).toContain('未送达')
    expect(reason(10)).toContain('早于该分发的送达日期')
    expect(reason(11)).toContain('已保留第 0 行')
    expect(reason(13)).toContain('sentiment.negative')
    // The first row of a day wins; the duplicate later in the batch is not written.
    expect((await metricRows(`${dC.id}:${day}`)).docs[0]).toMatchObject({ views: 5, comments: 1 })
    expect((await metricRows(`${dD.id}:${day}`)).docs[0]).toMatchObject({
      views: 8,
      sentiment: { positive: 1, neutral: 0, negative: 1 },
    })
    expect((await metricRows(`${dC.id}:${addDays(day, -1)}`)).totalDocs).toBe(0)
  })

  it('should answer 422 when no row of the batch can be written', async () => {
    const res = await ingest([
      { distribution: 99999999, date: today() },
      { distribution: dC.id, date: addDays(today(), 2) },
    ])
    expect(res.status).toBe(422)
    expect(res.body.accepted).toBe(0)
    expect(res.body.rejected.map((r: { code: string }) => r.code)).toEqual([
      'metrics-unknown-distribution',
      'metrics-future-date',
    ])
    expect(res.body.errors[0].code).toBe('metrics-no-valid-rows')
  })

  it('should refuse a body that is not a batch with 400 and more than 1,000 rows with 413', async () => {
    for (const body of [{ data: [] }, { rows: 'x' }, 42]) {
      const res = await ingest(body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      // A bare number never reaches the endpoint: the host refuses any JSON body that is not an object or array.
      expect(res.body.errors[0].code).toBe(typeof body === 'number' ? 'json-body-not-object' : 'metrics-bad-body')
    }
    expect((await ingest('{"rows": [')).status).toBe(400)
    const tooMany = await ingest({ rows: Array.from({ length: 1001 }, () => ({ distribution: dC.id, date: today() })) })
    expect(tooMany.status).toBe(413)
    expect(tooMany.body.errors[0].code).toBe('metrics-too-many-rows')
  })

  it('should keep metrics out of reach of ordinary writes', async () => {
    const res = await api('/api/channel-metrics', {
      method: 'POST',
      body: { key: 'x', distribution: dC.id, date: today() },
      auth: await as.publisher(),
    })
    expect(res.status).toBe(403)
  })
})
