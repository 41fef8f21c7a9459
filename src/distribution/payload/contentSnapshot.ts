// Loads one reviewable document as the distribution engine sees it: its current version hash,
// whether that exact version carries every sign-off, and the flattened RenderInput templates use.
import type { CollectionSlug, DataFromCollectionSlug, PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { consentCoverage, type ConsentCoverageProblem } from '@/compliance/rules/consentRules'
import { idOf, idsOf } from '@/db/relationIds'
import type { MediaRef, RenderInput, VideoRef } from '../rules/types'
import { env } from '@/env'
import { parseSubtitles } from '@/media/subtitles'
import type { Media } from '@/payload-types'
import {
  type AllLocales,
  DEFAULT_LOCALE,
  hashVersion,
  loadAllLocales,
  type LocaleMap,
  pageSlugOf,
  type ReviewableFields,
  type ReviewableSlug,
} from '@/review/payload/reviewable'
import { loadReviewContext, type ReviewContext } from '@/review/payload/reviewContext'
import { reviewAttribution } from '@/review/payload/reviewGate'
import { allStagesSatisfied } from '@/review/rules/policy'
import type { WorkflowState } from '@/review/rules/states'

export type ContentSnapshot = {
  slug: ReviewableSlug
  doc: AllLocales
  hash: string
  state: WorkflowState
  context: ReviewContext
  title: string
  /** Every sign-off for this version is in place and the piece is approved or published. */
  approved: boolean
}

/** The Simplified Chinese value of a field loaded with `locale: 'all'` (or a plain value). */
export const zh = (value: unknown): string | null => {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null
  const localized = value as Record<string, unknown>
  const text = localized[DEFAULT_LOCALE] ?? Object.values(localized).find((v) => v !== null && v !== undefined)
  return text === undefined || text === null ? null : (text as string)
}

const zhRich = (value: unknown): unknown => {
  if (value && typeof value === 'object' && !('root' in value))
    return (value as LocaleMap<unknown>)[DEFAULT_LOCALE] ?? null
  return value ?? null
}

/**
 * Which version of a piece: `live` is the published row readers are served — the only one
 * channels ever get; `latest` is the newest version, drafts included — what previews show and
 * what a publish is about to make live.
 */
export type SnapshotOf = 'live' | 'latest'

export const loadSnapshot = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  id: string | number,
  which: SnapshotOf = 'live',
): Promise<ContentSnapshot | null> => {
  const doc = await loadAllLocales(req, slug, id, which === 'latest')
  if (!doc) return null
  const { hash } = await hashVersion(req, slug, doc)
  const state: WorkflowState = doc.workflow?.state ?? 'draft'
  const context = await loadReviewContext(req, slug, doc, doc.id, hash)
  const signed = allStagesSatisfied(context.rules, context.approvals, context.consentProblems.length === 0)
  // A channel gets what readers get: the published row, signed for exactly its hash.
  const approved =
    signed &&
    (which === 'live'
      ? doc._status === 'published' && state === 'published'
      : state === 'approved' || state === 'published')
  return { slug, doc, hash, state, context, title: zh(doc.title) ?? '', approved }
}

/**
 * Approved for its current version and not past its re-review date: readers stop seeing content
 * the moment that date passes, and so do channels, before the expiry job gets to it.
 */
export const distributableAt = (snapshot: ContentSnapshot, at: Date): boolean => {
  const expires = snapshot.doc.workflow?.reviewExpiresAt
    ? Date.parse(snapshot.doc.workflow.reviewExpiresAt)
    : Number.POSITIVE_INFINITY
  return snapshot.approved && (snapshot.state !== 'published' || expires > at.getTime())
}

/** Consent problems for sending a patient story to a channel of this kind (none for articles). */
export const consentProblemsFor = async (
  req: PayloadRequest,
  snapshot: ContentSnapshot,
  channelKind: string,
  at: Date,
): Promise<ConsentCoverageProblem[]> => {
  if (snapshot.slug !== SLUGS.patientStories) return []
  const consentId = 'consent' in snapshot.doc ? idOf(snapshot.doc.consent) : null
  const consent =
    consentId === null
      ? null
      : await req.payload.findByID({
          collection: SLUGS.consents,
          id: consentId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
  return consentCoverage(consent, { channels: [channelKind], promotional: snapshot.context.promotional, at })
}

/** Related documents in Simplified Chinese, in the order of `ids`; missing ones left out. */
const findMany = async <S extends CollectionSlug>(
  req: PayloadRequest,
  collection: S,
  ids: (string | number)[],
): Promise<DataFromCollectionSlug<S>[]> => {
  if (ids.length === 0) return []
  const result = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    locale: DEFAULT_LOCALE,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const byId = new Map((result.docs as DataFromCollectionSlug<S>[]).map((d) => [String(d.id), d]))
  return ids.map((i) => byId.get(String(i))).filter((d) => d !== undefined)
}

const absolute = (url: string | null | undefined): string | null => {
  if (!url) return null
  if (/^https?:\/\//.test(url)) return url
  return env.serverUrl ? `${env.serverUrl.replace(/\/$/, '')}${url}` : url
}

const mediaRef = (media: Media): MediaRef => ({
  id: String(media.id),
  alt: zh(media.alt) ?? '',
  url: absolute(media.url),
  sizes: {
    thumbnail: absolute(media.sizes?.thumbnail?.url),
    card: absolute(media.sizes?.card?.url),
    wechat: absolute(media.sizes?.wechatCover?.url),
    square: absolute(media.sizes?.square?.url),
    portrait: absolute(media.sizes?.portrait?.url),
  },
})

/** A video as channels get it: the probe results of the real file, its poster frame, the reviewed subtitles. */
/** The reviewed subtitles as cues; a file that cannot be read whole (saves refuse those) gives none. */
const captionsOf = async (subtitles: string | null): Promise<VideoRef['captions']> => {
  if (!subtitles?.trim()) return null
  const parsed = await parseSubtitles(subtitles)
  return parsed.ok ? parsed.cues : null
}

const videoRef = (video: Media, poster: Media | undefined, captions: VideoRef['captions']): VideoRef => ({
  id: String(video.id),
  alt: zh(video.alt) ?? '',
  url: absolute(video.url),
  mimeType: video.mimeType ?? null,
  bytes: video.filesize ?? null,
  durationSeconds: video.video?.durationSeconds ?? null,
  width: video.video?.width ?? null,
  height: video.video?.height ?? null,
  codec: video.video?.codec ?? null,
  aspect: video.video?.aspect ?? null,
  poster: poster ? mediaRef(poster) : null,
  captions,
})

const uploadIds = (node: unknown, out: (string | number)[] = []): (string | number)[] => {
  if (!node || typeof node !== 'object') return out
  const n = node as { type?: unknown; relationTo?: unknown; value?: unknown; children?: unknown; root?: unknown }
  if (n.type === 'upload' && n.relationTo === SLUGS.media) {
    const id = idOf(n.value)
    if (id !== null) out.push(id)
  }
  for (const child of (n.children as unknown[]) ?? []) uploadIds(child, out)
  if (n.root) uploadIds(n.root, out)
  return out
}

/** The public page of a piece on the hospital site, when SITE_URL is set. */
export const publicUrl = (slug: ReviewableSlug, doc: AllLocales): string | null => {
  if (!env.siteUrl) return null
  const site = env.siteUrl.replace(/\/$/, '')
  const pageSlug = pageSlugOf(doc)
  if (pageSlug) return `${site}/${slug}/${pageSlug}`
  // Patient stories carry no page slug: their page is addressed by id.
  return slug === SLUGS.patientStories ? `${site}/${slug}/${doc.id}` : null
}

/** Everything the templates may show, flattened to Simplified Chinese. */
export const renderInputOf = async (
  req: PayloadRequest,
  snapshot: ContentSnapshot,
  options: { distributionId: string; campaignId?: string | number | null },
): Promise<RenderInput> => {
  const { slug } = snapshot
  const doc: ReviewableFields = snapshot.doc
  const body = zhRich(doc.body)
  const [department] = await findMany(
    req,
    SLUGS.departments,
    [idOf(doc.department)].filter((x): x is string | number => x !== null),
  )
  const doctors = await findMany(req, SLUGS.doctors, idsOf(doc.authors))
  const doctorDepartments = await findMany(
    req,
    SLUGS.departments,
    doctors.map((d) => idOf(d.department)).filter((x): x is string | number => x !== null),
  )
  const departmentName = new Map(doctorDepartments.map((d) => [String(d.id), zh(d.name)]))
  const topics = await findMany(req, SLUGS.topics, idsOf(doc.topics))
  const audiences = await findMany(req, SLUGS.audiences, idsOf(doc.audiences))
  const mediaIds = [idOf(doc.cover), ...idsOf(doc.media), ...uploadIds(body)].filter(
    (x): x is string | number => x !== null,
  )
  const media = new Map((await findMany(req, SLUGS.media, [...new Set(mediaIds)])).map((m) => [String(m.id), m]))
  const coverId = idOf(doc.cover)
  const videoId = idOf(doc.video)
  const [video] = videoId !== null ? await findMany(req, SLUGS.media, [videoId]) : []
  const posterId = video ? idOf(video.poster) : null
  const [poster] = posterId !== null ? await findMany(req, SLUGS.media, [posterId]) : []
  const kolId = idOf(doc.kolPartner)
  const [kol] = kolId !== null ? await findMany(req, SLUGS.kolPartners, [kolId]) : []
  const campaignId = options.campaignId ?? null
  const [campaign] = campaignId !== null ? await findMany(req, SLUGS.campaigns, [campaignId]) : []
  let disclosure: string | null = null
  if (kol?.paid) disclosure = kol.disclosure?.trim() || '广告'
  else if (doc.medicalAd) disclosure = '广告'
  return {
    collection: slug,
    id: String(doc.id),
    versionHash: snapshot.hash,
    distributionId: options.distributionId,
    title: snapshot.title,
    summary: zh(doc.summary),
    body,
    slug: doc.slug ?? String(doc.id),
    url: publicUrl(slug, snapshot.doc),
    layer: doc.layer ?? 'story',
    format: doc.format ?? 'graphic',
    pseudonym: doc.pseudonym ?? null,
    cover: coverId !== null && media.has(String(coverId)) ? mediaRef(media.get(String(coverId))!) : null,
    images: [...idsOf(doc.media), ...uploadIds(body)]
      .map((m) => media.get(String(m)))
      .filter((m) => m !== undefined)
      .map(mediaRef),
    video: video ? videoRef(video, poster, await captionsOf(zh(doc.subtitles))) : null,
    authors: doctors.map((d) => ({
      name: zh(d.name) ?? '',
      title: zh(d.title),
      department: departmentName.get(String(idOf(d.department))) ?? null,
    })),
    department: department ? zh(department.name) : null,
    topics: topics.map((t) => zh(t.name) ?? '').filter(Boolean),
    audiences: audiences.map((a) => zh(a.name) ?? '').filter(Boolean),
    // The sign-offs of this very version; a draft being previewed shows what it last carried.
    review: snapshot.approved
      ? reviewAttribution(snapshot.context)
      : {
          reviewedBy: doc.workflow?.reviewedBy ?? null,
          lastReviewedAt: doc.workflow?.lastReviewedAt ?? null,
          reviewExpiresAt: doc.workflow?.reviewExpiresAt ?? null,
        },
    references: (doc.references ?? []).map((r) => ({
      title: r.title ?? '',
      source: r.source ?? '',
      url: r.url || null,
      guideline: r.guideline || null,
      accessedAt: r.accessedAt ?? null,
    })),
    disclosure,
    kol: kol ? { name: kol.name, paid: Boolean(kol.paid) } : null,
    medicalAd: doc.medicalAd
      ? { certificateNumber: doc.adCertificateNumber ?? null, validUntil: doc.adCertificateValidUntil ?? null }
      : null,
    campaign: campaign ? { slug: campaign.slug, name: zh(campaign.name) ?? campaign.slug } : null,
    hospitalName: env.hospitalName,
    publishedAt: doc.publishedAt ?? null,
  }
}

/** A piece's published row, by its identity and modification time (only transitions write it). */
const versionKey = async (req: PayloadRequest, slug: ReviewableSlug, id: string | number): Promise<string | null> => {
  const head = await req.payload.findByID({
    collection: slug,
    id,
    draft: false,
    depth: 0,
    select: { updatedAt: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return head ? `${slug}:${head.id}:${head.updatedAt}` : null
}

type CachedSnapshot = { snapshot: ContentSnapshot; at: number }
const cache = new Map<string, CachedSnapshot>()
const CACHE_TTL_MS = 30_000
const CACHE_MAX = 200
/** Render inputs of cached snapshots, by campaign; they go when their snapshot does. */
const renderInputs = new WeakMap<ContentSnapshot, Map<string, Promise<RenderInput>>>()

/**
 * loadSnapshot, reused while the stored version is unchanged. Every write to a piece — an edit,
 * a state change, a withdrawal — changes its `updatedAt`, so a hit is exactly the same version
 * with the same approval; the expensive part (sign-offs, related documents) is loaded once per
 * version instead of once per channel. Consent is still checked on every use (consentProblemsFor).
 */
export const loadSnapshotCached = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  id: string | number,
): Promise<ContentSnapshot | null> => {
  const key = await versionKey(req, slug, id)
  if (key === null) return null
  const hit = cache.get(key)
  if (hit && Date.now() - hit.at < CACHE_TTL_MS) return hit.snapshot
  const snapshot = await loadSnapshot(req, slug, id)
  if (!snapshot) return null
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!)
  cache.set(key, { snapshot, at: Date.now() })
  renderInputs.set(snapshot, new Map())
  return snapshot
}

/** renderInputOf for a cached snapshot: related documents are read once per version and campaign. */
export const renderInputCached = async (
  req: PayloadRequest,
  snapshot: ContentSnapshot,
  options: { distributionId: string; campaignId?: string | number | null },
): Promise<RenderInput> => {
  const inputs = renderInputs.get(snapshot)
  if (!inputs) return renderInputOf(req, snapshot, options)
  const key = String(options.campaignId ?? '')
  let base = inputs.get(key)
  if (!base) {
    base = renderInputOf(req, snapshot, { distributionId: options.distributionId, campaignId: options.campaignId })
    inputs.set(key, base)
    base.catch(() => inputs.delete(key))
  }
  return { ...(await base), distributionId: options.distributionId }
}
