// The four-dimension evaluation over HTTP: account metrics, business events and social indicators
// sent through their ingest endpoints (idempotent, partial batches, every refusal), business events
// attributed through the UTM the distribution engine writes, the evaluation against targets with
// figures worked out by hand, its CSV and PDF (rendered to an image and read back), and a doctor's
// IP page. The campaign runs 60 to 50 days ago so the demo's recent rows stay out of its period.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createCanvas } from '@napi-rs/canvas'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { addDays, localDate } from '@/reports/rules/dates'
import { articleData, campaignData, channelData, kolData } from '../factories/content'
import { api, as, type Auth, baseUrl } from '../helpers/api'
import { SCREENSHOTS } from '../helpers/browser'
import { publishThroughReview } from '../helpers/review'
import { rawSql } from '../../scripts/lib/rawSql'
import { type RunningServer, startServerProcess } from '../../scripts/lib/serverProcess'
import { createTestDatabase, type TestDatabase } from '../../scripts/lib/testDatabase'
import { eventually } from '../../scripts/lib/webhookReceiver'

const today = localDate(new Date(), 'Asia/Shanghai')
/**
 * Day 0 of this file's campaign: today, or the day before the demo's 世界心脏日 campaign starts if
 * that is earlier, so the demo's hospital-wide brand rows (which count for every campaign running
 * then) never fall into this campaign's period.
 */
let origin = today
const day = (offset: number) => addDays(origin, offset)
const at = (offset: number, time = '10:00:00') => `${day(offset)}T${time}+08:00`
const fromToday = (offset: number) => addDays(today, offset)
const NAME = '评估测试活动：社区结直肠癌筛查月'

const created = async (url: string, body: Record<string, unknown>, persona: keyof typeof as) => {
  const res = await api(url, { method: 'POST', body, auth: await as[persona]() })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as Record<string, any>
}

const ingest = async (kind: string, body: unknown, auth?: Auth) =>
  api(`/api/${kind}/ingest`, { method: 'POST', body, auth: auth ?? (await as.metricsClient()) })

const rowsOf = async (collection: string, query: string) =>
  (await api(`/api/${collection}?${query}&depth=0&limit=100`, { auth: await as.analyst() })).body

const codes = (body: { rejected: { index: number; code: string }[] }) => body.rejected.map((r) => [r.index, r.code])

const raw = async (url: string, persona: keyof typeof as = 'analyst') => {
  const { token } = await as[persona]()
  const res = await fetch(`${baseUrl()}${url}`, { headers: { authorization: `JWT ${token}` } })
  return { res, bytes: Buffer.from(await res.arrayBuffer()) }
}

describe('the four-dimension evaluation', () => {
  let campaign: Record<string, any>
  let kol: Record<string, any>
  let ch1: Record<string, any>
  let ch2: Record<string, any>
  let ch3: Record<string, any>
  let doctor1: Record<string, any>
  let doctor2: Record<string, any>
  let articleA: number
  let articleB: number
  let d1: number
  let d2: number

  beforeAll(async () => {
    const demo = (
      await api('/api/campaigns?where[slug][equals]=world-heart-day-2026&depth=0', { auth: await as.analyst() })
    ).body.docs[0]
    if (demo) {
      const demoStart = localDate(demo.startDate, 'Asia/Shanghai')
      if (addDays(demoStart, -1) < origin) origin = addDays(demoStart, -1)
    }
    doctor1 = await created('/api/doctors', { name: '评估测试·王医生', title: '主任医师' }, 'editor')
    doctor2 = await created('/api/doctors', { name: '评估测试·陈医生', title: '主治医师' }, 'editor')
    kol = await created('/api/kol-partners', kolData(), 'editor')
    articleA = (
      await created(
        '/api/articles',
        await articleData({ title: '评估测试：肠镜筛查前要做哪些准备', authors: [doctor1.id], kolPartner: kol.id }),
        'editor',
      )
    ).id
    articleB = (
      await created(
        '/api/articles',
        await articleData({
          title: '评估测试：便潜血检查怎么做',
          format: 'video-script',
          authors: [doctor1.id, doctor2.id],
        }),
        'editor',
      )
    ).id
    await publishThroughReview('articles', articleA)
    await publishThroughReview('articles', articleB)
    ch1 = await created('/api/channels', channelData({ kind: 'website' }), 'publisher')
    ch2 = await created('/api/channels', channelData({ kind: 'website' }), 'publisher')
    ch3 = await created('/api/channels', channelData({ kind: 'website' }), 'publisher')
    campaign = await created(
      '/api/campaigns',
      campaignData({
        name: NAME,
        status: 'active',
        startDate: at(-60, '00:00:00'),
        endDate: at(-50, '00:00:00'),
        channels: [ch1.id, ch2.id],
        kols: [kol.id],
        kpiTargets: {
          reach: 3000,
          interactions: 250,
          conversions: 10,
          impressions: 10000,
          shares: 50,
          engagementRate: 10,
          followerGrowth: 400,
          brandSearchVolume: 6800,
          mentionShare: 20,
          positiveShare: 75,
          nps: 50,
          appointments: 4,
          consultations: 2,
          signUps: 2,
          screeningUptake: 50,
          vaccinationUptake: 90,
          quizScore: 80,
          volunteerHours: 200,
        },
      }),
      'editor',
    )
    const now = new Date().toISOString()
    const distribution = (contentId: number, channel: number) =>
      created(
        '/api/distributions',
        { contentCollection: 'articles', contentId, channel, campaign: campaign.id, scheduledAt: now },
        'publisher',
      ).then((d) => d.id as number)
    ;[d1, d2] = await Promise.all([distribution(articleA, ch1.id), distribution(articleB, ch2.id)])
    for (const id of [d1, d2]) {
      const status = await eventually(
        async () => (await api(`/api/distributions/${id}?depth=0`, { auth: await as.publisher() })).body.status,
        (s) => s === 'delivered',
      )
      expect(status).toBe('delivered')
      // As if they went out 60 days ago: deliveredAt is the engine's own field, set past the API.
      await rawSql(inject('databaseUri'), 'UPDATE distributions SET delivered_at = $1 WHERE id = $2', [
        new Date(`${day(-60)}T00:00:00+08:00`).toISOString(),
        id,
      ])
    }
    const metrics = await ingest('channel-metrics', {
      rows: [
        {
          distribution: d1,
          date: day(-58),
          views: 1000,
          impressions: 4000,
          likes: 50,
          comments: 10,
          shares: 20,
          saves: 20,
          conversions: 5,
        },
        { distribution: d2, date: day(-57), views: 500, impressions: 1000, likes: 20, shares: 5 },
      ],
    })
    expect(metrics.status, JSON.stringify(metrics.body)).toBe(200)
    expect(metrics.body.rejected).toEqual([])
  })

  describe('POST /api/account-metrics/ingest', () => {
    it('should refuse anonymous callers with 401 and staff or keys without the scope with 403', async () => {
      const row = [{ account: 'wx-eval', date: day(-58), followers: 1 }]
      const anonymous = await ingest('account-metrics', row, await as.anonymous())
      expect(anonymous.status).toBe(401)
      expect(anonymous.body.errors[0].code).toBe('metrics-unauthenticated')
      for (const persona of ['apiClient', 'analyst', 'publisher'] as const) {
        const res = await ingest('account-metrics', row, await as[persona]())
        expect(res.status, persona).toBe(403)
        expect(res.body.errors[0].code).toBe('metrics-forbidden')
      }
      expect((await rowsOf('account-metrics', 'where[account][equals]=wx-eval')).totalDocs).toBe(0)
    })

    it('should upsert one row per account and day, also when identical batches arrive at once', async () => {
      const first = await ingest('account-metrics', [
        { account: 'wx-eval', channel: ch1.id, date: day(-58), followers: 9999, followerGrowth: 1 },
      ])
      expect(first.status, JSON.stringify(first.body)).toBe(200)
      expect(first.body.results).toEqual([{ index: 0, key: `wx-eval:${day(-58)}`, outcome: 'created' }])
      const batch = {
        rows: [
          {
            account: 'wx-eval',
            channel: ch1.id,
            date: day(-58),
            followers: 10000,
            followerGrowth: 120,
            mentions: 30,
            categoryMentions: 200,
            sentiment: { positive: 20, neutral: 8, negative: 2 },
          },
        ],
      }
      const again = await Promise.all(Array.from({ length: 3 }, () => ingest('account-metrics', batch)))
      for (const res of again) expect(res.body.results[0].outcome).toBe('updated')
      const stored = await rowsOf('account-metrics', 'where[account][equals]=wx-eval')
      expect(stored.totalDocs).toBe(1)
      expect(stored.docs[0]).toMatchObject({ followers: 10000, followerGrowth: 120, channel: ch1.id, doctor: null })
    })

    it('should keep the good rows of a partial batch and name every bad one', async () => {
      const res = await ingest('account-metrics', {
        rows: [
          {
            account: 'wx-eval',
            channel: ch1.id,
            date: day(-57),
            followers: 10080,
            followerGrowth: 80,
            mentions: 20,
            categoryMentions: 100,
            sentiment: { positive: 10, neutral: 9, negative: 1 },
          },
          {
            account: 'hospital-brand',
            date: day(-57),
            brandSearchVolume: 3400,
            nps: { promoters: 60, passives: 25, detractors: 15 },
          },
          { account: 'dr-wang-douyin', doctor: doctor1.id, date: day(-58), followers: 5000, followerGrowth: 50 },
          { account: 'dr-wang-douyin', doctor: doctor1.id, date: day(-57), followers: 5200, followerGrowth: 200 },
          // Outside the campaign's period, and an account of a channel the campaign does not use.
          { account: 'hospital-brand', date: day(-45), brandSearchVolume: 999 },
          { account: 'weibo-other', channel: ch3.id, date: day(-57), followers: 777, followerGrowth: 77 },
          null,
          { account: '', date: day(-57) },
          { account: 'x', date: '2026-02-30' },
          { account: 'x', date: day(-57), followers: -5 },
          { account: 'x', date: day(-57), followerGrowth: 1.5 },
          { account: 'x', date: day(-57), channel: 99999999 },
          { account: 'x', date: day(-57), doctor: 'no such!' },
          { account: 'x', date: day(-57), mentions: 5, categoryMentions: 4 },
          { account: 'x', date: fromToday(1) },
          { account: 'hospital-brand', date: day(-57), brandSearchVolume: 1 },
          { account: 'x', date: day(-57), nps: { promoters: 'many' } },
        ],
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.accepted).toBe(6)
      expect(codes(res.body)).toEqual([
        [6, 'metrics-bad-row'],
        [7, 'account-bad-account'],
        [8, 'metrics-bad-date'],
        [9, 'metrics-bad-count'],
        [10, 'metrics-bad-count'],
        [11, 'account-unknown-relation'],
        [12, 'account-bad-relation'],
        [13, 'account-bad-share'],
        [14, 'metrics-future-date'],
        [15, 'ingest-duplicate-row'],
        [16, 'metrics-bad-count'],
      ])
      expect(res.body.rejected[10].message).toContain('nps.promoters')
      expect(res.body.rejected[9].message).toContain('已保留第 1 行')
    })

    it('should answer 422 when no row is good, 400 for a body that is not a batch, 413 over 1,000 rows', async () => {
      const none = await ingest('account-metrics', [{ account: '' }])
      expect(none.status).toBe(422)
      expect(none.body.errors[0].code).toBe('metrics-no-valid-rows')
      const bad = await ingest('account-metrics', { data: [] })
      expect(bad.status).toBe(400)
      expect(bad.body.errors[0].code).toBe('metrics-bad-body')
      const tooMany = await ingest('account-metrics', { rows: Array.from({ length: 1001 }, () => ({})) })
      expect(tooMany.status).toBe(413)
      expect(tooMany.body.errors[0].code).toBe('metrics-too-many-rows')
      const write = await api('/api/account-metrics', {
        method: 'POST',
        body: { key: 'x', account: 'x', date: day(-1) },
        auth: await as.admin(),
      })
      expect(write.status).toBe(403)
    })
  })

  describe('POST /api/business-events/ingest', () => {
    const landing = (query: string) => `https://www.hospital.example/booking/colon?${query}#form`

    it('should attribute each event through the UTM the distribution engine writes, and refuse what it cannot', async () => {
      const slug = campaign.slug as string
      const res = await ingest('business-events', {
        rows: [
          {
            id: 'HIS-20001',
            kind: 'appointment',
            occurredAt: at(-57),
            landingPage: landing(`utm_source=website&utm_medium=referral&utm_campaign=${slug}&utm_content=${d1}`),
          },
          { id: 'WX-3001', kind: 'consultation', occurredAt: at(-57, '11:30:00'), distribution: d2 },
          { id: 'FORM-7', kind: 'sign-up', occurredAt: at(-57, '12:00:00'), utm: { campaign: slug, source: 'sms' } },
          { id: 'HIS-20002', kind: 'appointment', occurredAt: at(-57, '13:00:00') },
          { id: 'HIS-20003', kind: 'appointment', occurredAt: at(-57), utm_campaign: 'no-such-campaign' },
          { id: 'HIS-20004', kind: 'appointment', occurredAt: at(-57), distribution: 99999999 },
          { id: 'HIS-20005', kind: 'visit', occurredAt: at(-57) },
          { id: 'HIS-20006', kind: 'appointment', occurredAt: '2026-13-45' },
          { id: 'HIS-20007', kind: 'appointment', occurredAt: `${fromToday(2)}T10:00:00+08:00` },
          { id: 'HIS-20008', kind: 'appointment', occurredAt: at(-57), landingPage: 'javascript:alert(1)' },
          { id: 'HIS-20001', kind: 'appointment', occurredAt: at(-57) },
          null,
          // An editor's own utm_content that names no distribution: the campaign still counts it.
          {
            id: 'FORM-8',
            kind: 'sign-up',
            occurredAt: at(-57, '15:00:00'),
            landingPage: landing(`utm_campaign=${slug}&utm_content=banner-a`),
          },
          { id: '', kind: 'appointment', occurredAt: at(-57) },
          { id: 'HIS-20009', kind: 'appointment', occurredAt: at(-57), utm: { campaign: 42 } },
        ],
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.results.map((r: { index: number; outcome: string }) => [r.index, r.outcome])).toEqual([
        [0, 'created'],
        [1, 'created'],
        [2, 'created'],
        [3, 'created'],
        [12, 'created'],
      ])
      expect(codes(res.body)).toEqual([
        [4, 'business-unknown-campaign'],
        [5, 'metrics-unknown-distribution'],
        [6, 'business-bad-kind'],
        [7, 'business-bad-time'],
        [8, 'business-future-time'],
        [9, 'business-bad-landing'],
        [10, 'ingest-duplicate-row'],
        [11, 'metrics-bad-row'],
        [13, 'business-bad-id'],
        [14, 'business-bad-utm'],
      ])
      const stored = await rowsOf(
        'business-events',
        `where[eventId][in]=HIS-20001,WX-3001,FORM-7,HIS-20002,FORM-8&sort=eventId`,
      )
      const byId = Object.fromEntries(stored.docs.map((doc: any) => [doc.eventId, doc]))
      expect(byId['HIS-20001']).toMatchObject({
        attribution: 'utm-content',
        distribution: d1,
        campaign: campaign.id,
        channel: ch1.id,
        kolPartner: kol.id,
        contentCollection: 'articles',
        contentId: String(articleA),
        date: day(-57),
        utm: { source: 'website', medium: 'referral', campaign: slug, content: String(d1) },
      })
      expect(byId['WX-3001']).toMatchObject({
        attribution: 'distribution',
        distribution: d2,
        channel: ch2.id,
        kolPartner: null,
      })
      expect(byId['FORM-7']).toMatchObject({
        attribution: 'utm-campaign',
        campaign: campaign.id,
        distribution: null,
        channel: null,
      })
      expect(byId['HIS-20002']).toMatchObject({ attribution: 'none', campaign: null })
      expect(byId['FORM-8']).toMatchObject({ attribution: 'utm-campaign', campaign: campaign.id })
    })

    it('should count a resent event once', async () => {
      const again = await ingest('business-events', [
        {
          id: 'HIS-20001',
          kind: 'appointment',
          occurredAt: at(-57),
          landingPage: `https://www.hospital.example/booking/colon?utm_campaign=${campaign.slug}&utm_content=${d1}`,
        },
      ])
      expect(again.body.results).toEqual([{ index: 0, key: 'appointment:HIS-20001', outcome: 'updated' }])
      expect((await rowsOf('business-events', 'where[eventId][equals]=HIS-20001')).totalDocs).toBe(1)
    })

    it('should refuse callers without the scope and batches with no good row', async () => {
      expect((await ingest('business-events', [], await as.anonymous())).status).toBe(401)
      const editor = await ingest('business-events', [], await as.editor())
      expect(editor.status).toBe(403)
      expect(editor.body.errors[0].code).toBe('metrics-forbidden')
      const none = await ingest('business-events', [{ id: 'x', kind: 'nope' }])
      expect(none.status).toBe(422)
      expect((await ingest('business-events', { rows: 7 })).status).toBe(400)
    })
  })

  describe('social indicators', () => {
    it('should take them by ingest (by campaign id or slug) and refuse bad rows and unknown campaigns', async () => {
      const res = await ingest('social-indicators', {
        rows: [
          {
            campaign: campaign.slug,
            indicator: 'screening-uptake',
            date: day(-55),
            community: '东湖社区',
            label: '45–74 岁居民结直肠癌筛查率',
            baseline: 30,
            value: 45,
            sampleSize: 200,
          },
          {
            campaign: campaign.id,
            indicator: 'screening-uptake',
            date: day(-55),
            community: '西山社区',
            baseline: 20,
            value: 40,
            sampleSize: 100,
          },
          { campaign: campaign.id, indicator: 'quiz-score', date: day(-56), baseline: 62, value: 82, sampleSize: 320 },
          { campaign: campaign.id, indicator: 'volunteer-hours', date: day(-56), community: '东湖社区', value: 120 },
          { campaign: campaign.id, indicator: 'volunteer-hours', date: day(-56), community: '西山社区', value: 36.5 },
          { campaign: 'no-such-campaign', indicator: 'quiz-score', date: day(-56), value: 70 },
          { campaign: campaign.id, indicator: 'bmi', date: day(-56), value: 70 },
          { campaign: campaign.id, indicator: 'screening-uptake', date: day(-56), value: 120 },
          { campaign: {}, indicator: 'quiz-score', date: day(-56), value: 70 },
          { campaign: campaign.id, indicator: 'quiz-score', date: fromToday(3), value: 70 },
        ],
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.accepted).toBe(5)
      expect(codes(res.body)).toEqual([
        [5, 'social-unknown-campaign'],
        [6, 'social-bad-indicator'],
        [7, 'social-bad-value'],
        [8, 'social-bad-campaign'],
        [9, 'metrics-future-date'],
      ])
      expect(res.body.rejected[2].message).toBe('“value”须为 0 到 100 之间的数（收到 120）。')
      const resend = await ingest('social-indicators', [
        { campaign: campaign.id, indicator: 'volunteer-hours', date: day(-56), community: '西山社区', value: 36.5 },
      ])
      expect(resend.body.results[0].outcome).toBe('updated')
      expect((await ingest('social-indicators', [{ campaign: 'x' }], await as.analyst())).status).toBe(403)
    })

    it('should let staff enter them in the admin, with the same checks and key', async () => {
      const entered = await api('/api/social-indicators', {
        method: 'POST',
        body: { campaign: campaign.id, indicator: 'vaccination-uptake', date: day(-54), baseline: 80, value: 88 },
        auth: await as.analyst(),
      })
      expect(entered.status, JSON.stringify(entered.body)).toBe(201)
      expect(entered.body.doc.key).toBe(`${campaign.id}:vaccination-uptake::${day(-54)}`)
      const tooHigh = await api('/api/social-indicators', {
        method: 'POST',
        body: { campaign: campaign.id, indicator: 'quiz-score', date: day(-54), value: 101 },
        auth: await as.editor(),
      })
      expect(tooHigh.status).toBe(400)
      expect(tooHigh.body.errors[0].code).toBe('social-bad-value')
      const badDate = await api('/api/social-indicators', {
        method: 'POST',
        body: { campaign: campaign.id, indicator: 'quiz-score', date: '2026/09/01', value: 70 },
        auth: await as.editor(),
      })
      expect(badDate.status).toBe(400)
      expect(badDate.body.errors[0].code).toBe('metrics-bad-date')
      const key = await api('/api/social-indicators', {
        method: 'POST',
        body: { campaign: campaign.id, indicator: 'quiz-score', date: day(-54), value: 70 },
        auth: await as.apiClient(),
      })
      expect(key.status).toBe(403)
    })
  })

  const evaluation = async () => {
    const res = await api(`/api/campaigns/${campaign.id}/evaluation`, { auth: await as.analyst() })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return res.body
  }
  const indicator = (body: any, dimension: string, key: string) =>
    body.dimensions[dimension].find((i: { key: string }) => i.key === key)

  describe('GET /api/campaigns/:id/evaluation', () => {
    it('should measure every dimension against its targets', async () => {
      const body = await evaluation()
      const figures = (dimension: string) =>
        Object.fromEntries(
          body.dimensions[dimension].map((i: any) => [
            i.key,
            [
              i.actual === null ? null : Number(i.actual.toFixed(4)),
              i.target,
              i.achieved === null ? null : Number(i.achieved.toFixed(4)),
            ],
          ]),
        )
      // Brand: wx-eval (ch1) on two days plus the hospital-wide row; not the doctor's account, not
      // ch3's, not the row after the campaign ended.
      expect(figures('brand')).toEqual({
        followerGrowth: [200, 400, 0.5],
        followers: [10080, null, null],
        brandSearchVolume: [3400, 6800, 0.5],
        mentionShare: [16.6667, 20, 0.8333], // 50 / 300
        positiveShare: [60, 75, 0.8], // 30 / 50
        nps: [45, 50, 0.9], // (60 − 15) / 100
      })
      expect(figures('reach')).toEqual({
        impressions: [5000, 10000, 0.5],
        views: [1500, 3000, 0.5],
        shares: [25, 50, 0.5],
        interactions: [125, 250, 0.5], // 50+10+20+20 + 20+5
        engagementRate: [8.3333, 10, 0.8333],
      })
      expect(figures('business')).toEqual({
        appointments: [1, 4, 0.25],
        consultations: [1, 2, 0.5],
        signUps: [2, 2, 1],
        conversions: [5, 10, 0.5],
      })
      expect(figures('social')).toEqual({
        screeningUptake: [43.3333, 50, 0.8667], // (45×200 + 40×100) / 300
        vaccinationUptake: [88, 90, 0.9778],
        quizScore: [82, 80, 1.025],
        volunteerHours: [156.5, 200, 0.7825],
      })
      expect(indicator(body, 'social', 'screeningUptake').baseline).toBeCloseTo(26.6667, 3)
      expect(indicator(body, 'social', 'quizScore').baseline).toBe(62)
      expect(body.rows).toEqual({ metrics: 2, accounts: 3, events: 4, social: 6 })
    })

    it('should give trends by day and breakdowns by channel, format, author and KOL', async () => {
      const body = await evaluation()
      expect(body.period).toEqual({ from: day(-58), to: day(-57) })
      expect(body.byDay).toEqual([
        {
          date: day(-58),
          views: 1000,
          impressions: 4000,
          interactions: 100,
          shares: 20,
          followerGrowth: 120,
          brandSearchVolume: 0,
          appointments: 0,
          consultations: 0,
          signUps: 0,
        },
        {
          date: day(-57),
          views: 500,
          impressions: 1000,
          interactions: 25,
          shares: 5,
          followerGrowth: 80,
          brandSearchVolume: 3400,
          appointments: 1,
          consultations: 1,
          signUps: 2,
        },
      ])
      const lines = (list: any[]) =>
        list.map((l) => [l.id, l.label, l.views, l.interactions, l.appointments, l.consultations])
      expect(lines(body.byChannel)).toEqual([
        [String(ch1.id), ch1.name, 1000, 100, 1, 0],
        [String(ch2.id), ch2.name, 500, 25, 0, 1],
      ])
      expect(lines(body.byFormat)).toEqual([
        ['graphic', '图文', 1000, 100, 1, 0],
        ['video-script', '短视频', 500, 25, 0, 1],
      ])
      expect(lines(body.byAuthor)).toEqual([
        [String(doctor1.id), '评估测试·王医生', 1500, 125, 1, 1],
        [String(doctor2.id), '评估测试·陈医生', 500, 25, 0, 1],
      ])
      expect(lines(body.byKol)).toEqual([
        [String(kol.id), kol.name, 1000, 100, 1, 0],
        ['', '无 KOL（医院自有内容）', 500, 25, 0, 1],
      ])
      expect(body.byChannel[0].engagementRate).toBe(10)
    })

    it('should keep the old KPI targets working in the campaign report', async () => {
      const res = await api(`/api/campaigns/${campaign.id}/report`, { auth: await as.analyst() })
      expect(res.body.kpi.reach).toEqual({ target: 3000, actual: 1500, achieved: 0.5, remaining: 1500 })
      expect(res.body.totals.impressions).toBe(5000)
    })

    it('should give the evaluation as a CSV Excel opens in Chinese', async () => {
      for (const url of [
        `/api/campaigns/${campaign.id}/evaluation?format=csv`,
        `/api/campaigns/${campaign.id}/evaluation.csv`,
      ]) {
        const { res, bytes } = await raw(url)
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
        expect(res.headers.get('content-disposition')).toBe(
          `attachment; filename="campaign-${campaign.slug}-evaluation.csv"`,
        )
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        const lines = bytes.subarray(3).toString('utf8').split('\r\n')
        expect(lines[0]).toMatch(/^"区块","维度","编号","名称","单位","实际","目标","完成率","基线","曝光",/)
        expect(lines).toContain(`"指标","传播","views","阅读/播放","次",1500,3000,"50.00%"${','.repeat(11)}`)
        expect(lines).toContain(
          `"指标","社会效益","screeningUptake","筛查率","%",43.33,50,"86.67%",26.67${','.repeat(10)}`,
        )
        expect(lines).toContain(`"指标","品牌","followers","期末粉丝数","次",10080,,${','.repeat(11)}`)
        expect(lines).toContain(`"分渠道",,"${ch1.id}","${ch1.name}",,,,,,4000,1000,100,20,"10.00%",1,0,0,,`)
        expect(lines).toContain(`"日期",,"${day(-57)}","${day(-57)}",,,,,,1000,500,25,5,"5.00%",1,1,2,80,3400`)
      }
    })

    it('should give a PDF with the Chinese title, the figures and a drawn chart', async () => {
      for (const url of [
        `/api/campaigns/${campaign.id}/evaluation.pdf`,
        `/api/campaigns/${campaign.id}/evaluation?format=pdf`,
      ]) {
        const { res, bytes } = await raw(url)
        expect(res.status, bytes.toString('utf8').slice(0, 300)).toBe(200)
        expect(res.headers.get('content-type')).toBe('application/pdf')
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
      }
      const { bytes } = await raw(`/api/campaigns/${campaign.id}/evaluation.pdf`)
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
      const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise
      expect(doc.numPages).toBeGreaterThanOrEqual(1)
      expect(doc.numPages).toBeLessThanOrEqual(3)

      let text = ''
      let trendAt: { page: number; y: number } | null = null
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n)
        const content = await page.getTextContent()
        for (const item of content.items) {
          if (!('str' in item)) continue
          text += `${item.str}\n`
          if (item.str === '每日趋势') trendAt = { page: n, y: item.transform[5] }
        }
      }
      expect(text).toContain('活动效果评估报告')
      expect(text).toContain(NAME)
      expect(text).toContain('1,500') // reads/plays
      expect(text).toContain('43.3%') // screening uptake
      expect(text).toContain('评估测试·王医生')
      expect(trendAt).not.toBeNull()

      // The page with the trend chart as an image: not blank, and the chart's area under its
      // heading holds the blue reads/plays line and the orange business line.
      const scale = 2
      const page = await doc.getPage(trendAt!.page)
      const viewport = page.getViewport({ scale })
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
      const context = canvas.getContext('2d')
      context.fillStyle = '#ffffff'
      context.fillRect(0, 0, canvas.width, canvas.height)
      await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise
      fs.mkdirSync(SCREENSHOTS, { recursive: true })
      fs.writeFileSync(path.join(SCREENSHOTS, 'evaluation-pdf.png'), canvas.toBuffer('image/png'))
      const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height)
      let ink = 0
      for (let i = 0; i < data.length; i += 4) if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) ink++
      expect(ink / (width * height)).toBeGreaterThan(0.01)
      const top = Math.round((viewport.height / scale - trendAt!.y) * scale)
      const chart = context.getImageData(0, top, width, Math.min(200 * scale, height - top)).data
      let blue = 0
      let orange = 0
      for (let i = 0; i < chart.length; i += 4) {
        const [r, g, b] = [chart[i], chart[i + 1], chart[i + 2]]
        if (b > 180 && r < 90 && g > 80 && g < 150) blue++ // #2f6fdf
        if (r > 190 && g > 110 && g < 170 && b < 80) orange++ // #e08a1e
      }
      expect(blue).toBeGreaterThan(100)
      expect(orange).toBeGreaterThan(100)
    })

    it('should let staff read it and refuse readers and API keys', async () => {
      for (const persona of ['editor', 'publisher', 'admin', 'compliance'] as const)
        expect(
          (await api(`/api/campaigns/${campaign.id}/evaluation`, { auth: await as[persona]() })).status,
          persona,
        ).toBe(200)
      for (const persona of ['anonymous', 'apiClient', 'metricsClient'] as const) {
        for (const suffix of ['evaluation', 'evaluation.csv', 'evaluation.pdf']) {
          const res = await api(`/api/campaigns/${campaign.id}/${suffix}`, { auth: await as[persona]() })
          expect(res.status, `${persona} ${suffix}`).toBe(403)
          expect(res.body.errors[0].code).toBe('report-forbidden')
        }
      }
    })

    it('should answer 404 for an unknown campaign and 400 for a malformed id or format', async () => {
      const auth = await as.analyst()
      const missing = await api('/api/campaigns/99999999/evaluation', { auth })
      expect(missing.status).toBe(404)
      expect(missing.body.errors[0].code).toBe('campaign-not-found')
      const badId = await api('/api/campaigns/abc/evaluation.pdf', { auth })
      expect(badId.status).toBe(400)
      expect(badId.body.errors[0].code).toBe('report-bad-id')
      const badFormat = await api(`/api/campaigns/${campaign.id}/evaluation?format=xlsx`, {
        auth,
        headers: { 'accept-language': 'en' },
      })
      expect(badFormat.status).toBe(400)
      expect(badFormat.body.errors[0]).toMatchObject({
        code: 'evaluation-bad-format',
        message: 'Unknown evaluation format: xlsx (json, csv or pdf).',
      })
    })
  })

  describe('GET /api/doctors/:id/ip', () => {
    it("should list the doctor's published pieces with their reach, the totals and the followers by day", async () => {
      const res = await api(`/api/doctors/${doctor1.id}/ip`, { auth: await as.analyst() })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(res.body.doctor).toMatchObject({ id: doctor1.id, name: '评估测试·王医生', title: '主任医师' })
      expect(res.body.totals).toMatchObject({
        pieces: 2,
        views: 1500,
        impressions: 5000,
        interactions: 125,
        shares: 25,
      })
      expect(res.body.totals.engagementRate).toBeCloseTo(8.3333, 3)
      const pieces = res.body.pieces.docs.map((p: any) => [p.id, p.views, p.interactions]).sort()
      expect(pieces).toEqual(
        [
          [articleA, 1000, 100],
          [articleB, 500, 25],
        ].sort(),
      )
      expect(res.body.followers).toEqual({
        current: 5200,
        accounts: 1,
        byDay: [
          { date: day(-58), followers: 5000, followerGrowth: 50 },
          { date: day(-57), followers: 5200, followerGrowth: 200 },
        ],
      })
      const paged = await api(`/api/doctors/${doctor1.id}/ip?page=2&limit=1`, { auth: await as.analyst() })
      expect(paged.body.pieces).toMatchObject({ page: 2, limit: 1, totalDocs: 2, totalPages: 2 })
      expect(paged.body.pieces.docs).toHaveLength(1)
      expect(paged.body.totals.pieces).toBe(2)
      const other = await api(`/api/doctors/${doctor2.id}/ip`, { auth: await as.publisher() })
      expect(other.body.totals).toMatchObject({ pieces: 1, views: 500 })
      expect(other.body.followers).toEqual({ current: null, accounts: 0, byDay: [] })
    })

    it('should refuse readers and keys, and answer 400 and 404 for bad requests', async () => {
      for (const persona of ['anonymous', 'apiClient', 'metricsClient'] as const) {
        const res = await api(`/api/doctors/${doctor1.id}/ip`, { auth: await as[persona]() })
        expect(res.status, persona).toBe(403)
        expect(res.body.errors[0].code).toBe('doctor-ip-forbidden')
      }
      const auth = await as.analyst()
      for (const query of ['limit=51', 'page=1001']) {
        const res = await api(`/api/doctors/${doctor1.id}/ip?${query}`, { auth })
        expect(res.status, query).toBe(400)
        expect(res.body.errors[0].code).toBe('doctor-ip-bad-page')
      }
      // What is no page number at all the host refuses before any endpoint, for every route.
      for (const query of ['page=0', 'page=x', 'limit=-1']) {
        const res = await api(`/api/doctors/${doctor1.id}/ip?${query}`, { auth })
        expect(res.status, query).toBe(400)
        expect(res.body.errors[0].code).toBe('invalid-query')
      }
      expect((await api('/api/doctors/abc/ip', { auth })).body.errors[0].code).toBe('doctor-bad-id')
      const missing = await api('/api/doctors/99999999/ip', { auth })
      expect(missing.status).toBe(404)
      expect(missing.body.errors[0].message).toBe('找不到该专家。')
    })
  })
})

describe('the evaluation PDF without a Chinese font', () => {
  let database: TestDatabase
  let server: RunningServer
  let token: string

  beforeAll(async () => {
    database = await createTestDatabase('sqlite', 'no-cjk-font')
    server = await startServerProcess({
      DATABASE_URI: database.uri,
      SEED_DEMO: '0',
      SCHEDULER: 'off',
      // Set, so fontconfig is not asked; it names nothing.
      PDF_FONT_PATH: path.join(os.tmpdir(), 'no-such-font', 'NotoSansSC-Regular.otf'),
    })
    const first = await fetch(`${server.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'admin@no-font.test',
        password: 'harbour-lantern-violet-42',
        name: '管理员',
        roles: ['admin'],
      }),
    })
    expect(first.status).toBe(200)
    token = ((await first.json()) as { token: string }).token
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
  })

  it('should answer 503 naming the package to install, and still give the CSV', async () => {
    const campaign = await fetch(`${server.url}/api/campaigns`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify(campaignData({ slug: 'no-font-campaign' })),
    })
    expect(campaign.status).toBe(201)
    const { doc } = (await campaign.json()) as { doc: { id: number } }
    const pdf = await fetch(`${server.url}/api/campaigns/${doc.id}/evaluation.pdf`, {
      headers: { authorization: `JWT ${token}` },
    })
    expect(pdf.status).toBe(503)
    const body = (await pdf.json()) as { errors: { code: string; message: string }[] }
    expect(body.errors[0].code).toBe('pdf-font-missing')
    expect(body.errors[0].message).toContain('fonts-wqy-zenhei')
    expect(body.errors[0].message).toContain('PDF_FONT_PATH')
    const csv = await fetch(`${server.url}/api/campaigns/${doc.id}/evaluation.csv`, {
      headers: { authorization: `JWT ${token}` },
    })
    expect(csv.status).toBe(200)
  })
})
