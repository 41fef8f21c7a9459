// Ingest of the evaluation's three row kinds: account-level metrics, business events (attributed
// through the UTM the distribution engine writes) and social indicators. Each validates its batch
// row by row with the pure rules, looks up what the rows name in a few queries, and writes the good
// rows through the keyed upsert; a bad row is reported with its index and never stops the others.
import type { Payload } from 'payload'

import { idOf } from '../../db/relationIds'
import type { Language } from '../../errors/messages'
import { localDate } from '../rules/dates'
import {
  accountKey,
  attribute,
  businessKey,
  candidateDistribution,
  parseAccountRow,
  parseBusinessRow,
  parseSocialRow,
  socialKey,
} from '../rules/evaluationRows'
import type { RowProblem } from '../rules/metricRows'
import { existing, firstOfEachKey, type IngestResult, writeBatch } from './keyedUpsert'
import { type DistributionDoc, kolLookup } from './upsertMetrics'

type Options = { language: Language; timeZone: string; now?: Date }
type Good = { index: number; key: string; data: Record<string, unknown> }

export const ingestAccountMetrics = async (
  payload: Payload,
  rows: unknown[],
  { language, timeZone, now = new Date() }: Options,
): Promise<IngestResult> => {
  const parsed = rows.map(parseAccountRow)
  const ok = parsed.flatMap((p) => ('row' in p ? [p.row] : []))
  const [channels, doctors] = await Promise.all([
    existing(
      payload,
      'channels',
      ok.flatMap((r) => (r.channel ? [r.channel] : [])),
    ),
    existing(
      payload,
      'doctors',
      ok.flatMap((r) => (r.doctor ? [r.doctor] : [])),
    ),
  ])
  const today = localDate(now, timeZone)
  const duplicate = firstOfEachKey()
  const good: Good[] = []
  const rejected: { index: number; problem: RowProblem }[] = []
  parsed.forEach((result, index) => {
    if ('problem' in result) return rejected.push({ index, problem: result.problem })
    const { row } = result
    const channel = row.channel ? channels.get(row.channel) : null
    if (row.channel && !channel)
      return rejected.push({
        index,
        problem: { code: 'account-unknown-relation', params: { field: 'channel', id: row.channel } },
      })
    const doctor = row.doctor ? doctors.get(row.doctor) : null
    if (row.doctor && !doctor)
      return rejected.push({
        index,
        problem: { code: 'account-unknown-relation', params: { field: 'doctor', id: row.doctor } },
      })
    if (row.date > today)
      return rejected.push({ index, problem: { code: 'metrics-future-date', params: { date: row.date, today } } })
    const key = accountKey(row.account, row.date)
    const again = duplicate(index, key)
    if (again) return rejected.push({ index, problem: again })
    good.push({
      index,
      key,
      data: {
        account: row.account,
        date: row.date,
        channel: channel?.id ?? null,
        doctor: doctor?.id ?? null,
        followers: row.followers,
        followerGrowth: row.followerGrowth,
        brandSearchVolume: row.brandSearchVolume,
        mentions: row.mentions,
        categoryMentions: row.categoryMentions,
        sentiment: row.sentiment,
        nps: row.nps,
        receivedAt: now.toISOString(),
      },
    })
  })
  return writeBatch(payload, 'account-metrics', good, rejected, language)
}

export const ingestBusinessEvents = async (
  payload: Payload,
  rows: unknown[],
  { language, timeZone, now = new Date() }: Options,
): Promise<IngestResult> => {
  const parsed = rows.map((raw) => parseBusinessRow(raw, { now }))
  const ok = parsed.flatMap((p) => ('row' in p ? [p.row] : []))
  const distributions = await existing(
    payload,
    'distributions',
    ok.flatMap((row) => {
      const id = candidateDistribution(row)
      return id ? [id] : []
    }),
    { campaign: true, channel: true, contentCollection: true, contentId: true },
  )
  const slugs = [...new Set(ok.flatMap((row) => (row.utm.campaign ? [row.utm.campaign] : [])))]
  const campaigns = slugs.length
    ? (
        await payload.find({
          collection: 'campaigns',
          where: { slug: { in: slugs } },
          pagination: false,
          depth: 0,
          overrideAccess: true,
          select: { slug: true },
        })
      ).docs
    : []
  const campaignBySlug = new Map(campaigns.map((c) => [c.slug, c.id]))
  const kolOf = kolLookup(payload)
  const duplicate = firstOfEachKey()
  const good: Good[] = []
  const rejected: { index: number; problem: RowProblem }[] = []
  for (const [index, result] of parsed.entries()) {
    if ('problem' in result) {
      rejected.push({ index, problem: result.problem })
      continue
    }
    const { row } = result
    const candidate = candidateDistribution(row)
    const found = candidate ? distributions.get(candidate) : undefined
    const attributed = attribute(row, {
      distribution: found
        ? {
            id: found.id,
            campaign: idOf(found.campaign),
            channel: idOf(found.channel),
            contentCollection: String(found.contentCollection),
            contentId: String(found.contentId),
          }
        : null,
      campaignBySlug: row.utm.campaign ? (campaignBySlug.get(row.utm.campaign) ?? null) : null,
    })
    if ('problem' in attributed) {
      rejected.push({ index, problem: attributed.problem })
      continue
    }
    const key = businessKey(row.kind, row.eventId)
    const again = duplicate(index, key)
    if (again) {
      rejected.push({ index, problem: again })
      continue
    }
    const { attribution } = attributed
    const kolPartner = found ? await kolOf(found as unknown as DistributionDoc) : null
    good.push({
      index,
      key,
      data: {
        eventId: row.eventId,
        kind: row.kind,
        occurredAt: row.occurredAt,
        date: localDate(row.occurredAt, timeZone),
        attribution: attribution.method,
        distribution: attribution.distribution,
        campaign: attribution.campaign,
        channel: attribution.channel,
        kolPartner,
        contentCollection: attribution.contentCollection,
        contentId: attribution.contentId,
        utm: row.utm,
        landingPage: row.landingPage,
        receivedAt: now.toISOString(),
      },
    })
  }
  return writeBatch(payload, 'business-events', good, rejected, language)
}

export const ingestSocialIndicators = async (
  payload: Payload,
  rows: unknown[],
  { language, timeZone, now = new Date() }: Options,
): Promise<IngestResult> => {
  const parsed = rows.map(parseSocialRow)
  const named = [...new Set(parsed.flatMap((p) => ('row' in p ? [p.row.campaign] : [])))]
  // A campaign is named by id or by its slug (the one in its UTM links).
  const [byId, bySlug] = await Promise.all([
    existing(payload, 'campaigns', named),
    payload.find({
      collection: 'campaigns',
      where: { slug: { in: named } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { slug: true },
    }),
  ])
  const slugs = new Map(bySlug.docs.map((c) => [c.slug, c.id]))
  const today = localDate(now, timeZone)
  const duplicate = firstOfEachKey()
  const good: Good[] = []
  const rejected: { index: number; problem: RowProblem }[] = []
  parsed.forEach((result, index) => {
    if ('problem' in result) return rejected.push({ index, problem: result.problem })
    const { row } = result
    const campaign = byId.get(row.campaign)?.id ?? slugs.get(row.campaign)
    if (campaign === undefined)
      return rejected.push({ index, problem: { code: 'social-unknown-campaign', params: { value: row.campaign } } })
    if (row.date > today)
      return rejected.push({ index, problem: { code: 'metrics-future-date', params: { date: row.date, today } } })
    const key = socialKey(campaign, row.indicator, row.community, row.date)
    const again = duplicate(index, key)
    if (again) return rejected.push({ index, problem: again })
    good.push({
      index,
      key,
      data: {
        campaign,
        indicator: row.indicator,
        date: row.date,
        community: row.community,
        label: row.label,
        baseline: row.baseline,
        value: row.value,
        sampleSize: row.sampleSize,
      },
    })
  })
  return writeBatch(payload, 'social-indicators', good, rejected, language)
}
