// Demo 数据回流: plausible daily metrics for the last 14 days of every demo distribution that went
// out (delivered, retracted, or due in the past and not yet sent when the seed runs), written
// through the same upsert as the ingest endpoint. Numbers are pseudo-random but seeded by
// distribution and day, so every seed of the demo shows the same reports.
import type { Payload } from 'payload'

import { SLUGS, type ChannelKind } from '../../collections/slugs'
import { idOf } from '@/db/relationIds'
import { env } from '@/env'
import { addDays, dateRange, daysBetween, localDate } from '@/reports/rules/dates'
import type { MetricValues } from '@/reports/rules/metricRows'
import { type DistributionDoc, kolLookup, upsertMetricRow } from '@/reports/payload/upsertMetrics'

/** Days of history the demo shows (today included). */
const DAYS = 14

type Profile = { peakViews: number; likes: number; comments: number; shares: number; saves: number; clicks: number }

// Day-one views and per-view rates by channel kind, from the orders of magnitude a city hospital's
// accounts see: short video reaches most, SMS and e-mail are read once and clicked more.
const PROFILES: Record<ChannelKind, Profile> = {
  'wechat-article': { peakViews: 3000, likes: 0.03, comments: 0.006, shares: 0.012, saves: 0.015, clicks: 0.02 },
  'wechat-channels': { peakViews: 6000, likes: 0.05, comments: 0.008, shares: 0.015, saves: 0.01, clicks: 0.01 },
  weibo: { peakViews: 4000, likes: 0.02, comments: 0.005, shares: 0.01, saves: 0.004, clicks: 0.012 },
  douyin: { peakViews: 12000, likes: 0.06, comments: 0.01, shares: 0.012, saves: 0.02, clicks: 0.008 },
  xiaohongshu: { peakViews: 2500, likes: 0.05, comments: 0.012, shares: 0.008, saves: 0.04, clicks: 0.01 },
  sms: { peakViews: 1500, likes: 0, comments: 0, shares: 0, saves: 0, clicks: 0.08 },
  email: { peakViews: 800, likes: 0, comments: 0, shares: 0.002, saves: 0, clicks: 0.05 },
  website: { peakViews: 1200, likes: 0.005, comments: 0.001, shares: 0.004, saves: 0.003, clicks: 0.03 },
  webhook: { peakViews: 400, likes: 0.01, comments: 0.002, shares: 0.004, saves: 0.004, clicks: 0.02 },
}

/** FNV-1a: a stable 32-bit seed from text. */
const hash = (text: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export const seededRandom = (seed: string): (() => number) => {
  let state = hash(seed)
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One day's numbers for a distribution `age` days after it went out. */
export const demoDay = (kind: ChannelKind, seed: string, age: number): MetricValues => {
  const random = seededRandom(seed)
  const profile = PROFILES[kind] ?? PROFILES.website
  const between = (low: number, high: number) => low + (high - low) * random()
  const count = (value: number) => Math.max(0, Math.round(value))
  // Most reading happens in the first days, with a long tail from search and shares.
  const views = count(profile.peakViews * (0.08 + 0.92 * Math.exp(-age / 2.5)) * between(0.7, 1.3))
  const comments = count(views * profile.comments * between(0.6, 1.4))
  const clicks = count(views * profile.clicks * between(0.6, 1.4))
  const positive = count(comments * between(0.6, 0.8))
  const negative = Math.min(comments - positive, count(comments * between(0.02, 0.1)))
  return {
    views,
    // Feeds show a piece several times for each read; an SMS or e-mail is shown once per read.
    impressions: kind === 'sms' || kind === 'email' ? views : count(views * 3.2),
    likes: count(views * profile.likes * between(0.6, 1.4)),
    comments,
    shares: count(views * profile.shares * between(0.6, 1.4)),
    saves: count(views * profile.saves * between(0.6, 1.4)),
    clicks,
    conversions: count(clicks * between(0.05, 0.15)),
    sentiment: { positive, neutral: comments - positive - negative, negative },
  }
}

/** Writes the demo metrics; returns how many daily rows were written. */
export const seedDemoMetrics = async (payload: Payload, now = new Date()): Promise<number> => {
  const distributions = (
    await payload.find({
      collection: SLUGS.distributions,
      where: {
        and: [
          { event: { equals: 'content.published' } },
          {
            or: [
              { status: { in: ['delivered', 'retracted'] } },
              {
                and: [
                  { status: { in: ['scheduled', 'delivering'] } },
                  { scheduledAt: { less_than_equal: now.toISOString() } },
                ],
              },
            ],
          },
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs as unknown as DistributionDoc[]
  if (!distributions.length) return 0

  const channelIds = [...new Set(distributions.map((d) => d.channel).filter((c) => c !== null && c !== undefined))]
  const channels = await payload.find({
    collection: SLUGS.channels,
    where: { id: { in: channelIds } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const kindOf = new Map(channels.docs.map((c) => [String(c.id), c.kind]))
  const kolOf = kolLookup(payload)
  const today = localDate(now, env.timezone)
  const firstDay = addDays(today, -(DAYS - 1))

  let written = 0
  for (const distribution of distributions) {
    // The day it was due: the seed runs before the scheduler's first tick has sent the past-due
    // demo pieces, and a later re-seed should not shrink their history to the day of sending.
    const wentOut = [distribution.scheduledAt, distribution.deliveredAt]
      .filter((at): at is string => typeof at === 'string')
      .map((at) => localDate(at, env.timezone))
      .sort()[0]
    const kind = kindOf.get(String(idOf(distribution.channel))) ?? 'website'
    const kolPartner = await kolOf(distribution)
    for (const date of dateRange(wentOut > firstDay ? wentOut : firstDay, today)) {
      const values = demoDay(kind, `${distribution.id}:${date}`, daysBetween(wentOut, date))
      await upsertMetricRow(payload, distribution, { ...values, date }, { kolPartner, receivedAt: now })
      written++
    }
  }
  return written
}
