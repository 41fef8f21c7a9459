// 舆情信息 over HTTP: a monitoring service sends mentions with its own API key (scope
// mentions-write); each is classified against the monitoring rules operations keep, linked to
// the piece it quotes, and written once however often it is sent.
import { beforeAll, describe, expect, it } from 'vitest'

import { userData } from '../factories/content'
import { api, as, firstId } from '../helpers/api'
import { expectEnvelope } from './envelopeAssertions'

const KEY = `mentions-key-${Date.now().toString(36)}-test-0123456789`
const monitor = { apiKey: KEY }
const now = Date.now()
const minutesAgo = (m: number) => new Date(now - m * 60_000).toISOString()
const run = Date.now().toString(36)

const ingest = (body: unknown, auth = monitor) => api('/api/mentions/ingest', { method: 'POST', body, auth })

describe('POST /api/mentions/ingest', () => {
  let slug = ''

  beforeAll(async () => {
    const created = await api('/api/users', {
      method: 'POST',
      body: userData({ roles: ['api-client'], apiScopes: ['mentions-write'], enableAPIKey: true, apiKey: KEY }),
      auth: await as.admin(),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = await firstId('articles', 'where[_status][equals]=published')
    slug = (await api(`/api/articles/${id}?depth=0`)).body.slug
  })

  it('should refuse anyone without the scope, and a body that is not a batch', async () => {
    expect((await ingest([], {} as typeof monitor)).status).toBe(401)
    expect((await ingest([], { apiKey: 'demo-website-api-key-change-me' })).status).toBe(403)
    expect((await api('/api/mentions/ingest', { method: 'POST', body: [], auth: await as.editor() })).status).toBe(403)
    const bad = await ingest({ rows: [] })
    expect(bad.status).toBe(400)
    expectEnvelope(bad.body)
    expect((await ingest(Array.from({ length: 501 }, () => ({})))).status).toBe(413)
  })

  it('should classify each mention, link the piece it quotes, report bad rows by index, and write each once', async () => {
    const batch = [
      {
        platform: 'weibo',
        sourceId: `wb-${run}-1`,
        text: '示範醫院發生醫療事故，家屬在門口討說法，已經有人死亡',
        postedAt: minutesAgo(30),
        engagement: { likes: 300, shares: 120 },
      },
      { platform: 'douyin', sourceId: `dy-${run}-2`, text: '今天的晚霞真好看', postedAt: minutesAgo(20) },
      { platform: 'myspace', sourceId: 'x', text: '示范医院', postedAt: minutesAgo(5) },
      {
        platform: 'wechat',
        sourceId: `wx-${run}-4`,
        url: `https://www.hospital.example/articles/${slug}`,
        text: '转发一篇血压科普，写得很专业，感谢医生',
        postedAt: minutesAgo(10),
      },
    ]
    const first = await ingest({ mentions: batch })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.accepted).toBe(3)
    expect(first.body.rejected).toEqual([expect.objectContaining({ index: 2, code: 'mentions-bad-field' })])
    expect(first.body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['created', 'created', 'created'])

    const read = async (sourceId: string) =>
      (await api(`/api/mentions?where[sourceId][equals]=${sourceId}&depth=0`, { auth: await as.operations() })).body
        .docs[0]
    expect(await read(`wb-${run}-1`)).toMatchObject({
      relevant: true,
      sentiment: 'negative',
      suggestedSeverity: 'critical',
    })
    expect(await read(`dy-${run}-2`)).toMatchObject({ relevant: false, suggestedSeverity: 'general' })
    const quoting = await read(`wx-${run}-4`)
    expect(quoting).toMatchObject({ relevant: true, sentiment: 'positive' })
    expect(quoting.linkedContent).toEqual([expect.objectContaining({ collection: 'articles' })])

    // Sent again: nothing new; moved figures update the one mention.
    const again = await ingest({ mentions: batch })
    expect(again.body.results.map((r: { outcome: string }) => r.outcome)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ])
    const moved = await ingest([{ ...batch[1], engagement: { plays: 70_000 } }])
    expect(moved.body.results[0].outcome).toBe('updated')
    const count = await api(`/api/mentions?where[sourceId][like]=${run}&limit=0`, { auth: await as.operations() })
    expect(count.body.totalDocs).toBe(3)
    // Twice in one batch: the second is refused.
    const twice = await ingest([batch[0], batch[0]])
    expect(twice.body.rejected).toEqual([expect.objectContaining({ index: 1 })])
    // Nothing valid at all: 422 in the error shape.
    const none = await ingest([{ platform: 'weibo' }])
    expect(none.status).toBe(422)
    expect(none.body.errors[0].message).toBeTruthy()
  })

  it('should let operations keep the monitoring rules, and classify by them from then on', async () => {
    const rule = { name: `义诊活动-${run}`, terms: [`社区义诊${run}`], severityFloor: 'major' }
    expect((await api('/api/monitoring-rules', { method: 'POST', body: rule, auth: await as.editor() })).status).toBe(
      403,
    )
    const created = await api('/api/monitoring-rules', { method: 'POST', body: rule, auth: await as.operations() })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const res = await ingest([
      { platform: 'forum', sourceId: `bbs-${run}`, text: `周末的社区义诊${run}人太多了`, postedAt: minutesAgo(1) },
    ])
    expect(res.status).toBe(200)
    const mention = (
      await api(`/api/mentions?where[sourceId][equals]=bbs-${run}&depth=0`, { auth: await as.operations() })
    ).body.docs[0]
    expect(mention).toMatchObject({ relevant: true, suggestedSeverity: 'major', matchedRules: [created.body.doc.id] })
    // The classification is the product's: nobody writes it by hand.
    const forced = await api(`/api/mentions/${mention.id}`, {
      method: 'PATCH',
      body: { suggestedSeverity: 'general', relevant: false },
      auth: await as.operations(),
    })
    expect(forced.status).toBe(200)
    expect(forced.body.doc).toMatchObject({ relevant: true, suggestedSeverity: 'major' })
  })

  it('should classify a mention entered by hand the same way', async () => {
    const res = await api('/api/mentions', {
      method: 'POST',
      body: {
        platform: 'news',
        sourceId: `news-${run}`,
        text: '记者从示范医院了解到，该院急诊收红包一事已被举报',
        postedAt: minutesAgo(3),
      },
      auth: await as.operations(),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc).toMatchObject({ relevant: true, sentiment: 'negative', suggestedSeverity: 'major' })
    expect((await api('/api/mentions', { method: 'POST', body: {}, auth: await as.analyst() })).status).toBe(403)
  })
})
