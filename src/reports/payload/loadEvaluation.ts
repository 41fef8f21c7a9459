// Loads what a campaign evaluation needs and feeds it to the pure accumulator, a page at a time:
// channel metrics and business events by their indexed `campaign` column, account metrics by the
// indexed date range (and the campaign's channels), social indicators by campaign. Every query is
// bounded by the campaign's own rows and walks them by id (keyset pages), so the cost follows the
// campaign, never the size of the tables.
import type { PayloadRequest, Where } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { idOf, idsOf } from '../../db/relationIds'
import { env } from '../../env'
import type { Language } from '../../errors/messages'
import { localDate } from '../rules/dates'
import {
  type ContentFacts,
  type Evaluation,
  EvaluationAccumulator,
  finishEvaluation,
  type Targets,
} from '../rules/evaluation'
import type { BusinessKind, SocialIndicatorKind } from '../rules/evaluationRows'

type Id = string | number

/** Rows read per query. */
export const PAGE_SIZE = 2000

type Paged = 'channel-metrics' | 'account-metrics' | 'business-events' | 'social-indicators'

/** Every row matching `where`, PAGE_SIZE at a time in id order, each page handed to `take`. */
export const eachPage = async <T extends { id: Id }>(
  req: PayloadRequest,
  collection: Paged,
  where: Where,
  select: Record<string, true>,
  take: (docs: T[]) => void,
): Promise<void> => {
  let after: Id | null = null
  // These collections have no read hooks and no field access to apply (the caller checked who
  // asks), so on the SQL databases the rows come straight from the adapter: Payload's per-document
  // afterRead pass is most of the cost of a large campaign. MongoDB goes through the Local API,
  // which turns its ObjectIds into the ids the rest of the code expects.
  const direct = req.payload.db.name !== 'mongoose'
  for (;;) {
    const args = {
      collection,
      where: after === null ? where : { and: [where, { id: { greater_than: after } }] },
      sort: 'id',
      limit: PAGE_SIZE,
      pagination: false,
      req,
      select: select as never,
    }
    const page = direct
      ? await req.payload.db.find(args)
      : await req.payload.find({ ...args, depth: 0, overrideAccess: true })
    const docs = page.docs as unknown as T[]
    take(docs)
    if (docs.length < PAGE_SIZE) return
    after = docs.at(-1)!.id
  }
}

const NO_KOL: Record<Language, string> = { zh: '无 KOL（医院自有内容）', en: 'No KOL (own content)' }

const namesOf = async (
  req: PayloadRequest,
  collection: typeof SLUGS.channels | typeof SLUGS.kolPartners | typeof SLUGS.doctors,
  ids: Id[],
): Promise<Record<string, string>> => {
  const wanted = [...new Set(ids.map(String))]
  if (!wanted.length) return {}
  const found = await req.payload.find({
    collection,
    where: { id: { in: req.payload.db.defaultIDType === 'number' ? wanted.map(Number) : wanted } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { name: true },
  })
  return Object.fromEntries(found.docs.map((doc) => [String(doc.id), String(doc.name ?? `#${doc.id}`)]))
}

/** Format and authors of the content items the campaign's rows name (one query per collection). */
const contentFacts = async (req: PayloadRequest, keys: string[]): Promise<Record<string, ContentFacts>> => {
  const facts: Record<string, ContentFacts> = {}
  const articleIds = keys
    .filter((k) => k.startsWith(`${SLUGS.articles}:`))
    .map((k) => k.slice(SLUGS.articles.length + 1))
  for (const key of keys)
    if (key.startsWith(`${SLUGS.patientStories}:`)) facts[key] = { format: 'patient-story', authors: [] }
  const numeric = req.payload.db.defaultIDType === 'number'
  const ids = numeric ? articleIds.filter((id) => /^\d{1,15}$/.test(id)).map(Number) : articleIds
  for (let start = 0; start < ids.length; start += 200) {
    const found = await req.payload.find({
      collection: SLUGS.articles,
      where: { id: { in: ids.slice(start, start + 200) } },
      pagination: false,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
      select: { format: true, authors: true },
    })
    for (const doc of found.docs)
      facts[`${SLUGS.articles}:${doc.id}`] = { format: doc.format ?? 'unknown', authors: idsOf(doc.authors) }
  }
  return facts
}

export type LoadedEvaluation = Evaluation & {
  campaign: {
    id: Id
    name: string | null
    slug: string | null
    startDate: string | null
    endDate: string | null
    targets: Targets
  }
}

/** The evaluation, or null when there is no such campaign. Access is the caller's to check. */
export const loadEvaluation = async (
  req: PayloadRequest,
  id: string,
  language: Language,
): Promise<LoadedEvaluation | null> => {
  const campaign = await req.payload.findByID({
    collection: SLUGS.campaigns,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!campaign) return null
  const acc = new EvaluationAccumulator()

  await eachPage<{
    id: Id
    date: string
    channel?: unknown
    contentCollection?: string | null
    contentId?: string | null
    kolPartner?: unknown
    views?: number | null
    impressions?: number | null
    likes?: number | null
    comments?: number | null
    shares?: number | null
    saves?: number | null
    conversions?: number | null
  }>(
    req,
    SLUGS.channelMetrics,
    { campaign: { equals: campaign.id } },
    {
      date: true,
      channel: true,
      contentCollection: true,
      contentId: true,
      kolPartner: true,
      views: true,
      impressions: true,
      likes: true,
      comments: true,
      shares: true,
      saves: true,
      conversions: true,
    },
    (docs) =>
      acc.addMetrics(
        docs.map((m) => ({
          date: m.date,
          channel: idOf(m.channel),
          contentCollection: m.contentCollection ?? null,
          contentId: m.contentId ?? null,
          kolPartner: idOf(m.kolPartner),
          views: m.views ?? 0,
          impressions: m.impressions ?? 0,
          likes: m.likes ?? 0,
          comments: m.comments ?? 0,
          shares: m.shares ?? 0,
          saves: m.saves ?? 0,
          conversions: m.conversions ?? 0,
        })),
      ),
  )

  // Account metrics of the campaign's period: its channels' accounts and the hospital-wide rows
  // (no channel, no doctor). A doctor's own account shows on the doctor's page, not here.
  const channels = idsOf(campaign.channels)
  const from = campaign.startDate ? localDate(campaign.startDate, env.timezone) : null
  const to = campaign.endDate ? localDate(campaign.endDate, env.timezone) : null
  const period: Where[] = [
    ...(from ? [{ date: { greater_than_equal: from } }] : []),
    ...(to ? [{ date: { less_than_equal: to } }] : []),
  ]
  const whose: Where = {
    or: [
      ...(channels.length ? [{ channel: { in: channels } }] : []),
      { and: [{ channel: { exists: false } }, { doctor: { exists: false } }] },
    ],
  }
  await eachPage<{
    id: Id
    account: string
    date: string
    followers?: number | null
    followerGrowth?: number | null
    brandSearchVolume?: number | null
    mentions?: number | null
    categoryMentions?: number | null
    sentiment?: { positive?: number | null; neutral?: number | null; negative?: number | null } | null
    nps?: { promoters?: number | null; passives?: number | null; detractors?: number | null } | null
  }>(
    req,
    SLUGS.accountMetrics,
    { and: [...period, whose] },
    {
      account: true,
      date: true,
      followers: true,
      followerGrowth: true,
      brandSearchVolume: true,
      mentions: true,
      categoryMentions: true,
      sentiment: true,
      nps: true,
    },
    (docs) =>
      acc.addAccounts(
        docs.map((a) => ({
          account: a.account,
          date: a.date,
          followers: a.followers ?? 0,
          followerGrowth: a.followerGrowth ?? 0,
          brandSearchVolume: a.brandSearchVolume ?? 0,
          mentions: a.mentions ?? 0,
          categoryMentions: a.categoryMentions ?? 0,
          sentiment: {
            positive: a.sentiment?.positive ?? 0,
            neutral: a.sentiment?.neutral ?? 0,
            negative: a.sentiment?.negative ?? 0,
          },
          nps: {
            promoters: a.nps?.promoters ?? 0,
            passives: a.nps?.passives ?? 0,
            detractors: a.nps?.detractors ?? 0,
          },
        })),
      ),
  )

  await eachPage<{
    id: Id
    date: string
    kind: BusinessKind
    channel?: unknown
    contentCollection?: string | null
    contentId?: string | null
    kolPartner?: unknown
  }>(
    req,
    SLUGS.businessEvents,
    { campaign: { equals: campaign.id } },
    { date: true, kind: true, channel: true, contentCollection: true, contentId: true, kolPartner: true },
    (docs) =>
      acc.addEvents(
        docs.map((e) => ({
          date: e.date,
          kind: e.kind,
          channel: idOf(e.channel),
          contentCollection: e.contentCollection ?? null,
          contentId: e.contentId ?? null,
          kolPartner: idOf(e.kolPartner),
        })),
      ),
  )

  await eachPage<{
    id: Id
    indicator: SocialIndicatorKind
    date: string
    community?: string | null
    baseline?: number | null
    value: number
    sampleSize?: number | null
  }>(
    req,
    SLUGS.socialIndicators,
    { campaign: { equals: campaign.id } },
    { indicator: true, date: true, community: true, baseline: true, value: true, sampleSize: true },
    (docs) =>
      acc.addSocial(
        docs.map((s) => ({
          indicator: s.indicator,
          date: s.date,
          community: s.community ?? '',
          baseline: s.baseline ?? null,
          value: s.value,
          sampleSize: s.sampleSize ?? null,
        })),
      ),
  )

  const contents = await contentFacts(req, [...acc.contents.keys()])
  const authorIds = Object.values(contents).flatMap((c) => c.authors)
  const [channelNames, kolNames, doctorNames] = await Promise.all([
    namesOf(req, SLUGS.channels, [...acc.channels.keys()]),
    namesOf(req, SLUGS.kolPartners, [...acc.kols.keys()].filter(Boolean)),
    namesOf(req, SLUGS.doctors, authorIds),
  ])
  const targets = (campaign.kpiTargets ?? {}) as Targets
  const evaluation = finishEvaluation(acc, {
    targets,
    contents,
    labels: { channels: channelNames, kols: kolNames, doctors: doctorNames, noKol: NO_KOL[language], language },
  })
  return {
    campaign: {
      id: campaign.id,
      name: campaign.name ?? null,
      slug: campaign.slug ?? null,
      startDate: campaign.startDate ?? null,
      endDate: campaign.endDate ?? null,
      targets,
    },
    ...evaluation,
  }
}
