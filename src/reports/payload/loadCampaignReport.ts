// Loads what a campaign report needs — the campaign, its content distributions, their metric rows
// and the names to show — and hands it to the pure computeCampaignReport.
import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { idOf, idsOf } from '../../db/relationIds'
import type { Language } from '../../errors/messages'
import { type CampaignReport, computeCampaignReport, type Id, type ReportMetricRow } from '../rules/campaignReport'

/** A campaign id the database could hold; anything else is a 400, not a database error. */
export const isCampaignId = (req: PayloadRequest, id: string): boolean => {
  if (req.payload.db.name === 'mongoose') return /^[0-9a-f]{24}$/i.test(id)
  return req.payload.db.defaultIDType === 'number' ? /^[1-9]\d{0,14}$/.test(id) : /^[\w-]{1,64}$/.test(id)
}

const NO_KOL: Record<Language, string> = { zh: '无 KOL（医院自有内容）', en: 'No KOL (own content)' }

const namesOf = async (
  req: PayloadRequest,
  collection: typeof SLUGS.channels | typeof SLUGS.kolPartners,
  wanted: Id[],
  field: 'name',
): Promise<Record<string, string>> => {
  if (!wanted.length) return {}
  const found = await req.payload.find({
    collection,
    where: { id: { in: [...new Set(wanted)] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { [field]: true },
  })
  return Object.fromEntries(found.docs.map((doc) => [String(doc.id), String(doc[field] ?? `#${doc.id}`)]))
}

/** Content ids are stored as text on distributions; a numeric-id database wants numbers. */
const queryable = (req: PayloadRequest, wanted: Id[]): Id[] =>
  req.payload.db.defaultIDType === 'number' ? wanted.filter((id) => /^\d{1,15}$/.test(String(id))).map(Number) : wanted

const titlesOf = async (
  req: PayloadRequest,
  collection: typeof SLUGS.articles | typeof SLUGS.patientStories,
  wantedIds: Id[],
): Promise<Record<string, string>> => {
  const wanted = queryable(req, wantedIds)
  if (!wanted.length) return {}
  // The current title (drafts included): the report names the content as editors know it now.
  const found = await req.payload.find({
    collection,
    where: { id: { in: [...new Set(wanted)] } },
    pagination: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
    select: { title: true },
  })
  return Object.fromEntries(found.docs.map((doc) => [`${collection}:${doc.id}`, String(doc.title ?? `#${doc.id}`)]))
}

/** The report, or null when there is no such campaign. Access is the caller's to check. */
export const loadCampaignReport = async (
  req: PayloadRequest,
  id: string,
  language: Language,
): Promise<CampaignReport | null> => {
  const campaign = await req.payload.findByID({
    collection: SLUGS.campaigns,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!campaign) return null

  // Retraction messages are deliveries too, but they carry no content of their own to measure.
  const distributions = (
    await req.payload.find({
      collection: SLUGS.distributions,
      where: { and: [{ campaign: { equals: campaign.id } }, { event: { equals: 'content.published' } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { channel: true, contentCollection: true, contentId: true, title: true, status: true },
    })
  ).docs
  const metrics = distributions.length
    ? (
        await req.payload.find({
          collection: SLUGS.channelMetrics,
          where: { distribution: { in: distributions.map((d) => d.id) } },
          pagination: false,
          depth: 0,
          overrideAccess: true,
          req,
        })
      ).docs
    : []

  const contentItems = (campaign.contentItems ?? [])
    .map((item): { collection: string; id: Id | null } => ({ collection: item.relationTo, id: idOf(item.value) }))
    .filter((item): item is { collection: string; id: Id } => item.id !== null)
  const contentIds = (collection: string) => [
    ...contentItems.filter((item) => item.collection === collection).map((item) => item.id),
    ...distributions.filter((d) => d.contentCollection === collection).map((d) => d.contentId as Id),
  ]
  const kols = idsOf(campaign.kols)
  const [channelNames, kolNames, articleTitles, storyTitles] = await Promise.all([
    namesOf(
      req,
      SLUGS.channels,
      [...idsOf(campaign.channels), ...distributions.map((d) => idOf(d.channel)).filter((c): c is Id => c !== null)],
      'name',
    ),
    namesOf(
      req,
      SLUGS.kolPartners,
      [...kols, ...metrics.map((m) => idOf(m.kolPartner)).filter((k): k is Id => k !== null)],
      'name',
    ),
    titlesOf(req, SLUGS.articles, contentIds(SLUGS.articles)),
    titlesOf(req, SLUGS.patientStories, contentIds(SLUGS.patientStories)),
  ])

  return computeCampaignReport({
    campaign: {
      id: campaign.id,
      name: campaign.name,
      slug: campaign.slug,
      startDate: campaign.startDate,
      endDate: campaign.endDate,
      observanceDate: campaign.observanceDate,
      kpiTargets: campaign.kpiTargets,
      budget: campaign.budget,
      channels: idsOf(campaign.channels),
      contentItems,
      kols,
    },
    distributions: distributions.map((d) => ({
      id: d.id,
      channel: idOf(d.channel),
      contentCollection: d.contentCollection,
      contentId: String(d.contentId),
      title: d.title,
      status: d.status,
    })),
    metrics: metrics.map((m): ReportMetricRow => ({
      distribution: idOf(m.distribution)!,
      date: m.date,
      views: m.views,
      impressions: m.impressions,
      likes: m.likes,
      comments: m.comments,
      shares: m.shares,
      saves: m.saves,
      clicks: m.clicks,
      conversions: m.conversions,
      kolPartner: idOf(m.kolPartner),
      sentiment: m.sentiment,
    })),
    labels: {
      channels: channelNames,
      kols: kolNames,
      content: { ...articleTitles, ...storyTitles },
      noKol: NO_KOL[language],
    },
  })
}
