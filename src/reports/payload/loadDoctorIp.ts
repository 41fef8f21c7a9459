// 医生IP: a doctor's published articles (a page of them), what each reached on the channels, the
// totals over all of them, and the doctor's own accounts' followers by day. Bounded: the pieces
// are read a page at a time; the totals read only the ids of the doctor's pieces and the metric
// rows of those pieces (indexed by content id), 200 pieces per query.
import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { publicContentWhere } from '../../access/publishedOrStaff'
import { idsOf } from '../../db/relationIds'
import { emptyReach, engagementRate, followerTrend, type Reach, reachByContent } from '../rules/doctorIp'
import { eachPage } from './loadEvaluation'

type Id = string | number

const METRIC_SELECT = {
  contentCollection: true,
  contentId: true,
  views: true,
  impressions: true,
  likes: true,
  comments: true,
  shares: true,
  saves: true,
} as const

type MetricDoc = {
  id: Id
  contentCollection: string
  contentId: string
  views?: number | null
  impressions?: number | null
  likes?: number | null
  comments?: number | null
  shares?: number | null
  saves?: number | null
}

const reachOf = async (req: PayloadRequest, ids: Id[], into: Map<string, Reach>) => {
  for (let start = 0; start < ids.length; start += 200) {
    await eachPage<MetricDoc>(
      req,
      SLUGS.channelMetrics,
      {
        and: [
          { contentCollection: { equals: SLUGS.articles } },
          { contentId: { in: ids.slice(start, start + 200).map(String) } },
        ],
      },
      METRIC_SELECT,
      (docs) =>
        reachByContent(
          docs.map((m) => ({
            contentCollection: m.contentCollection,
            contentId: String(m.contentId),
            views: m.views ?? 0,
            impressions: m.impressions ?? 0,
            likes: m.likes ?? 0,
            comments: m.comments ?? 0,
            shares: m.shares ?? 0,
            saves: m.saves ?? 0,
          })),
          into,
        ),
    )
  }
}

export type DoctorIp = Awaited<ReturnType<typeof loadDoctorIp>>

/** The doctor's IP page, or null when there is no such doctor. Access is the caller's to check. */
export const loadDoctorIp = async (
  req: PayloadRequest,
  id: string,
  { page, limit }: { page: number; limit: number },
) => {
  const doctor = await req.payload.findByID({
    collection: SLUGS.doctors,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { name: true, title: true, department: true },
  })
  if (!doctor) return null
  // Published as readers see it: through the review gate and not past its re-review date.
  const published = { and: [{ authors: { in: [doctor.id] } }, ...publicContentWhere()] }
  const pieces = await req.payload.find({
    collection: SLUGS.articles,
    where: published,
    sort: '-publishedAt',
    page,
    limit,
    depth: 0,
    overrideAccess: true,
    req,
    select: { title: true, slug: true, format: true, publishedAt: true },
  })

  // Totals over every published piece: their ids a page at a time, then their metric rows.
  const totals = new Map<string, Reach>()
  let allIds: Id[] = []
  for (let p = 1; ; p++) {
    const ids = await req.payload.find({
      collection: SLUGS.articles,
      where: published,
      sort: 'id',
      page: p,
      limit: 500,
      depth: 0,
      overrideAccess: true,
      req,
      select: { slug: true },
    })
    allIds = allIds.concat(ids.docs.map((d) => d.id))
    if (!ids.hasNextPage) break
  }
  await reachOf(req, allIds, totals)
  const total = emptyReach()
  for (const reach of totals.values()) for (const key of Object.keys(total) as (keyof Reach)[]) total[key] += reach[key]

  const accountRows: { account: string; date: string; followers: number; followerGrowth: number }[] = []
  await eachPage<{ id: Id; account: string; date: string; followers?: number | null; followerGrowth?: number | null }>(
    req,
    SLUGS.accountMetrics,
    { doctor: { equals: doctor.id } },
    { account: true, date: true, followers: true, followerGrowth: true },
    (docs) =>
      accountRows.push(
        ...docs.map((a) => ({
          account: a.account,
          date: a.date,
          followers: a.followers ?? 0,
          followerGrowth: a.followerGrowth ?? 0,
        })),
      ),
  )
  const trend = followerTrend(accountRows)

  return {
    doctor: {
      id: doctor.id,
      name: doctor.name ?? null,
      title: doctor.title ?? null,
      department: idsOf([doctor.department])[0] ?? null,
    },
    totals: { pieces: allIds.length, ...total, engagementRate: engagementRate(total) },
    pieces: {
      docs: pieces.docs.map((piece) => {
        const reach = totals.get(`${SLUGS.articles}:${piece.id}`) ?? emptyReach()
        return {
          collection: SLUGS.articles,
          id: piece.id,
          title: piece.title ?? null,
          slug: piece.slug ?? null,
          format: piece.format ?? null,
          publishedAt: piece.publishedAt ?? null,
          ...reach,
          engagementRate: engagementRate(reach),
        }
      }),
      page: pieces.page ?? page,
      limit,
      totalDocs: pieces.totalDocs,
      totalPages: pieces.totalPages,
    },
    followers: {
      current: trend.followers,
      accounts: new Set(accountRows.map((r) => r.account)).size,
      byDay: trend.days,
    },
  }
}
