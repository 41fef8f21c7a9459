// Demo 四维效果评估: the 世界心脏日 campaign gets targets in every dimension and data for each —
// its accounts' daily figures and the hospital's brand index and NPS survey over the campaign
// period, appointments, consultations and sign-ups arriving through the UTM links the distribution
// engine writes, and community measurements (blood-pressure screening, a heart-health quiz,
// volunteer hours at the free clinics). Dr 周明远, who wrote most of the heart pieces, gets a
// 抖音 account with a month of follower figures for the 医生IP page. Everything goes through the
// same ingest functions as the API, with pseudo-random numbers seeded by name, so every seed of
// the demo shows the same figures.
import type { Payload } from 'payload'

import { SLUGS } from '../../collections/slugs'
import { idOf, idsOf } from '@/db/relationIds'
import { tagUrl, utmParamsFor } from '@/distribution/rules/utm'
import { env } from '@/env'
import { addDays, dateRange, localDate } from '@/reports/rules/dates'
import { ingestAccountMetrics, ingestBusinessEvents, ingestSocialIndicators } from '@/reports/payload/ingestEvaluation'
import { seededRandom } from './seedDemoMetrics'

export const DEMO_EVALUATION_CAMPAIGN = 'world-heart-day-2026'
export const DEMO_IP_DOCTOR = '周明远'

/** Targets in the four dimensions, beside the reach / interactions / conversions the campaign already has. */
const TARGETS = {
  impressions: 520000,
  shares: 2400,
  engagementRate: 6,
  followerGrowth: 12000,
  brandSearchVolume: 60000,
  mentionShare: 18,
  positiveShare: 70,
  nps: 45,
  appointments: 60,
  consultations: 90,
  signUps: 120,
  screeningUptake: 60,
  quizScore: 80,
  volunteerHours: 150,
}

const BOOKING_PAGES = {
  appointment: 'https://www.hospital.example/booking/cardiology',
  consultation: 'https://www.hospital.example/consult/heart',
  'sign-up': 'https://www.hospital.example/events/heart-day-free-clinic',
} as const

const batched = async (rows: unknown[], write: (batch: unknown[]) => Promise<{ rejected: unknown[] }>) => {
  for (let start = 0; start < rows.length; start += 500) {
    const result = await write(rows.slice(start, start + 500))
    if (result.rejected.length)
      throw new Error(`demo evaluation rows refused: ${JSON.stringify(result.rejected.slice(0, 3))}`)
  }
}

export const seedDemoEvaluation = async (payload: Payload, now = new Date()): Promise<void> => {
  const options = { language: 'zh' as const, timeZone: env.timezone, now }
  const today = localDate(now, env.timezone)
  const campaign = (
    await payload.find({
      collection: SLUGS.campaigns,
      where: { slug: { equals: DEMO_EVALUATION_CAMPAIGN } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  if (!campaign) return
  await payload.update({
    collection: SLUGS.campaigns,
    id: campaign.id,
    data: { kpiTargets: { ...campaign.kpiTargets, ...TARGETS } },
    overrideAccess: true,
    context: { seeding: true },
  })

  // 品牌: the campaign's channel accounts, the brand-name search index and the NPS survey, by day.
  const channels = await payload.find({
    collection: SLUGS.channels,
    where: { id: { in: idsOf(campaign.channels) } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const start = localDate(campaign.startDate, env.timezone)
  const end = localDate(campaign.endDate, env.timezone)
  const days = dateRange(start, end < today ? end : today)
  const observance = campaign.observanceDate ? localDate(campaign.observanceDate, env.timezone) : null
  const accountRows: Record<string, unknown>[] = []
  for (const channel of channels.docs) {
    let followers = 20000 + Math.round(seededRandom(`followers:${channel.kind}`)() * 60000)
    for (const date of days) {
      const random = seededRandom(`account:${channel.kind}:${date}`)
      // The observance day and the days after it bring most of the new followers.
      const boost = observance && date >= observance && date <= addDays(observance, 3) ? 4 : 1
      const growth = Math.round((30 + random() * 90) * boost)
      followers += growth
      const mentions = Math.round((20 + random() * 40) * boost)
      const positive = Math.round(mentions * (0.62 + random() * 0.15))
      const negative = Math.round(mentions * (0.03 + random() * 0.05))
      accountRows.push({
        account: `hospital-${channel.kind}`,
        channel: channel.id,
        date,
        followers,
        followerGrowth: growth,
        mentions,
        categoryMentions: Math.round(mentions / (0.14 + random() * 0.08)),
        sentiment: { positive, neutral: mentions - positive - negative, negative },
      })
    }
  }
  for (const [index, date] of days.entries()) {
    const random = seededRandom(`brand:${date}`)
    const boost = observance && date >= observance && date <= addDays(observance, 2) ? 3 : 1
    accountRows.push({
      account: 'baidu-brand-index',
      date,
      brandSearchVolume: Math.round((1500 + random() * 900) * boost),
    })
    // The patient-experience survey closes weekly.
    if (index % 7 === 6)
      accountRows.push({
        account: 'patient-nps-survey',
        date,
        nps: {
          promoters: 120 + Math.round(random() * 40),
          passives: 45 + Math.round(random() * 20),
          detractors: 18 + Math.round(random() * 10),
        },
      })
  }
  await batched(accountRows, (batch) => ingestAccountMetrics(payload, batch, options))

  // 业务: bookings, consultations and free-clinic sign-ups through each distribution's tagged link.
  const distributions = await payload.find({
    collection: SLUGS.distributions,
    where: { and: [{ campaign: { equals: campaign.id } }, { event: { equals: 'content.published' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const kindOf = new Map(channels.docs.map((c) => [String(c.id), c.kind]))
  const events: Record<string, unknown>[] = []
  for (const distribution of distributions.docs) {
    const kind = kindOf.get(String(idOf(distribution.channel))) ?? 'website'
    const params = utmParamsFor(kind, { campaign: campaign.slug, distributionId: String(distribution.id) })
    const sentAt = Date.parse(distribution.scheduledAt ?? distribution.createdAt)
    const random = seededRandom(`events:${distribution.id}`)
    for (const [eventKind, count] of [
      ['appointment', 3 + Math.floor(random() * 5)],
      ['consultation', 4 + Math.floor(random() * 7)],
      ['sign-up', 6 + Math.floor(random() * 8)],
    ] as const) {
      for (let n = 0; n < count; n++) {
        // Most come the first days after the piece went out.
        const occurredAt = sentAt + Math.round(-Math.log(1 - random() * 0.95) * 2.5 * 86_400_000)
        if (occurredAt > now.getTime()) continue
        events.push({
          id: `DEMO-${distribution.id}-${eventKind}-${n}`,
          kind: eventKind,
          occurredAt: new Date(occurredAt).toISOString(),
          landingPage: tagUrl(BOOKING_PAGES[eventKind], params),
        })
      }
    }
  }
  // Two sign-ups from the hospital's own poster QR code, tagged with the campaign only.
  for (const n of [1, 2])
    events.push({
      id: `DEMO-POSTER-${n}`,
      kind: 'sign-up',
      occurredAt: new Date(Date.parse(`${start}T02:00:00Z`) + n * 86_400_000).toISOString(),
      utm: { source: 'poster', medium: 'offline', campaign: campaign.slug },
    })
  await batched(
    events.filter((e) => Date.parse(String(e.occurredAt)) <= now.getTime()),
    (batch) => ingestBusinessEvents(payload, batch, options),
  )

  // 社会效益: measured in the two partner communities before the campaign and after the free clinics.
  const measured = end < today ? end : today
  if (start <= today)
    await batched(
      [
        {
          campaign: campaign.slug,
          indicator: 'screening-uptake',
          date: measured,
          community: '东湖街道',
          label: '35 岁以上常住居民年度血压筛查率',
          baseline: 41.2,
          value: 57.6,
          sampleSize: 1860,
        },
        {
          campaign: campaign.slug,
          indicator: 'screening-uptake',
          date: measured,
          community: '西山社区',
          label: '35 岁以上常住居民年度血压筛查率',
          baseline: 36.5,
          value: 52.3,
          sampleSize: 940,
        },
        {
          campaign: campaign.slug,
          indicator: 'quiz-score',
          date: measured,
          label: '心血管健康知识测评（胸痛识别、血压目标、急救呼叫）平均分',
          baseline: 63.5,
          value: 78.2,
          sampleSize: 412,
        },
        {
          campaign: campaign.slug,
          indicator: 'volunteer-hours',
          date: observance && observance <= today ? observance : start,
          community: '东湖街道',
          label: '主题日义诊与健康讲座志愿服务',
          value: 86,
        },
        {
          campaign: campaign.slug,
          indicator: 'volunteer-hours',
          date: measured,
          community: '西山社区',
          label: '入户随访与血压测量教学',
          value: 42.5,
        },
      ],
      (batch) => ingestSocialIndicators(payload, batch, options),
    )

  // 医生IP: Dr 周明远's own 抖音 account, a month of daily figures.
  const doctor = (
    await payload.find({
      collection: SLUGS.doctors,
      where: { name: { equals: DEMO_IP_DOCTOR } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  if (doctor) {
    let followers = 18400
    const rows = dateRange(addDays(today, -29), today).map((date) => {
      const growth = Math.round(40 + seededRandom(`doctor:${date}`)() * 160)
      followers += growth
      return { account: 'douyin-dr-zhou-mingyuan', doctor: doctor.id, date, followers, followerGrowth: growth }
    })
    await batched(rows, (batch) => ingestAccountMetrics(payload, batch, options))
  }
}
