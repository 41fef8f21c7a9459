// The change feed (`GET /api/changes`) and the points that write it. A public change is recorded
// where public visibility changes — the publish and withdraw transitions (consent revocation and
// credential withdrawals go through withdraw) — and, for the changes that happen by time alone (a
// re-review date passing, a consent ending), by the feed itself before it answers. Each recorded
// change is also queued for the site subscriptions (siteHooks.ts).
//
// Ordering: the cursor is the last seq (the row id) a client saw, so a row must never become
// visible after a higher one. SQLite has one writer at a time and commits in id order. On Postgres
// a serial id is taken at insert but seen at commit, so a later id can commit first; every writer
// therefore takes a transaction-scoped advisory lock before it reads the last entries and inserts,
// and holds it until its transaction ends: ids are handed out in lock order, which is commit order,
// and a reader that sees seq N can never later see a smaller one. Publishing is rare, so the
// queueing costs nothing that matters; reads never take the lock.
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { idOf } from '@/db/relationIds'
import { CodedError } from '@/errors/CodedError'
import { withTransaction } from '@/http/withTransaction'
import { pickLanguage } from '@/errors/messages'
import type { Consent } from '@/payload-types'
import {
  type AllLocales,
  loadAllLocales,
  pageSlugOf,
  type ReviewableSlug,
  REVIEWABLE_SLUGS,
} from '@/review/payload/reviewable'
import {
  changesOnPublish,
  changesOnRemoval,
  decodeCursor,
  encodeCursor,
  type LastEntry,
  localesWithTitle,
  parseLimit,
  type PlannedChange,
  successorKey,
} from '../rules/changeFeed'
import { notifySubscribers } from './siteHooks'

type Id = string | number

/** Any constant, distinct from the audit chain's: queues feed appends on Postgres. */
const FEED_LOCK_KEY = 7_262_015

export const FEED_LOCALES = ['zh-CN', 'zh-TW', 'en'] as const

const isPostgres = (req: PayloadRequest) => (req.payload.db as { name?: string }).name === 'postgres'

const lockFeed = async (req: PayloadRequest) => {
  if (!isPostgres(req)) return
  const db = req.payload.db as unknown as {
    sessions?: Record<string, { db?: { execute: (query: string) => Promise<unknown> } }>
  }
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session = transactionID !== undefined ? db.sessions?.[String(transactionID)] : undefined
  if (session?.db) await session.db.execute(`SELECT pg_advisory_xact_lock(${FEED_LOCK_KEY})`)
}

/** Runs feed writes under the feed lock, in the caller's transaction or one of its own. */
const underFeedLock = <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> =>
  withTransaction(req, async () => {
    await lockFeed(req)
    return work()
  })

/** The feed's last entry for this piece in each locale. */
const lastEntries = async (req: PayloadRequest, slug: ReviewableSlug, id: Id): Promise<Record<string, LastEntry>> => {
  const out: Record<string, LastEntry> = {}
  for (const locale of FEED_LOCALES) {
    const found = await req.payload.find({
      collection: SLUGS.publicChanges,
      where: {
        and: [
          { contentCollection: { equals: slug } },
          { contentId: { equals: String(id) } },
          { locale: { equals: locale } },
        ],
      },
      sort: '-id',
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const doc = found.docs[0]
    out[locale] = doc ? { seq: Number(doc.id), type: doc.type, slug: doc.slug ?? null } : null
  }
  return out
}

/**
 * When the piece stopped being public if it did so by time: its re-review date, or for a story its
 * consent's end (or now, for a consent no longer active). Null when neither has happened.
 */
const lapseInstant = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  doc: AllLocales,
  now: Date,
): Promise<Date | null> => {
  const instants: number[] = []
  const expires = doc.workflow?.reviewExpiresAt ? Date.parse(doc.workflow.reviewExpiresAt) : NaN
  if (!Number.isNaN(expires) && expires <= now.getTime()) instants.push(expires)
  if (slug === SLUGS.patientStories) {
    const consentId = 'consent' in doc ? idOf(doc.consent) : null
    const consent: Consent | null =
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
    const until = consent?.validUntil ? Date.parse(consent.validUntil) : NaN
    if (!Number.isNaN(until) && until <= now.getTime()) instants.push(until)
    else if (!consent || consent.status !== 'active') instants.push(now.getTime())
  }
  return instants.length ? new Date(Math.min(...instants)) : null
}

const contentId = (id: string): Id => (/^\d{1,15}$/.test(id) ? Number(id) : id)

/**
 * Appends the changes in order, each keyed as the successor of the piece's last entry in its
 * locale (so each is recorded once), and queues each recorded one for the site subscriptions.
 */
const append = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  id: Id,
  changes: PlannedChange[],
  last: Record<string, LastEntry>,
  at: Date,
) => {
  for (const change of changes) {
    const data = {
      contentCollection: slug,
      contentId: String(id),
      slug: change.slug,
      locale: change.locale,
      type: change.type,
      at: at.toISOString(),
      dedupeKey: successorKey(slug, id, change.locale, last[change.locale] ?? null),
    }
    let created: { id: Id }
    try {
      created = await req.payload.create({ collection: SLUGS.publicChanges, data, depth: 0, overrideAccess: true, req })
    } catch (error) {
      // Postgres never gets here (the lock orders writers, and a failed insert would abort the
      // transaction). SQLite: another instance recorded this very event between our read and write.
      if (isPostgres(req) || !(await keyTaken(req, data.dedupeKey))) throw error
      return
    }
    last[change.locale] = { seq: Number(created.id), type: change.type, slug: change.slug }
    await notifySubscribers(req, {
      collection: slug,
      id: contentId(String(id)),
      slug: change.slug,
      locale: change.locale,
      type: change.type,
      at: data.at,
    })
  }
}

const keyTaken = async (req: PayloadRequest, dedupeKey: string) =>
  (
    await req.payload.count({
      collection: SLUGS.publicChanges,
      where: { dedupeKey: { equals: dedupeKey } },
      overrideAccess: true,
      req,
    })
  ).totalDocs > 0

/**
 * Called by the review transitions, once each, after their write: `publish` records `published`
 * (or `updated` where the piece was already live in that locale) for each locale its published
 * row has a title in, and a tombstone for a locale it no longer has; `withdraw` (withdrawal,
 * expiry, consent revocation or lapse) a tombstone for each locale still live, dated at the lapse
 * when time took it offline first.
 */
export const recordPublicChange = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  id: Id,
  transition: 'publish' | 'withdraw',
): Promise<void> =>
  underFeedLock(req, async () => {
    const now = new Date()
    const doc = await loadAllLocales(req, slug, id, false)
    const last = await lastEntries(req, slug, id)
    if (transition === 'publish') {
      await append(
        req,
        slug,
        id,
        changesOnPublish(localesWithTitle(doc?.title, FEED_LOCALES), (doc && pageSlugOf(doc)) ?? null, last),
        last,
        now,
      )
      return
    }
    const changes = changesOnRemoval(last)
    if (changes.length === 0) return
    const lapsed = doc ? await lapseInstant(req, slug, doc, now) : null
    await append(req, slug, id, changes, last, lapsed ?? now)
  })

/**
 * Rows still marked published that time has taken offline (their re-review date passed, or a
 * story's consent ended) and that the maintenance job has not moved yet: a tombstone at the lapse
 * instant, unless the feed already has one. Every query seeks only such transient rows (the
 * `*_lapse_idx` indexes of this feature's migration), however many pieces lapsed in the past.
 */
export const recordTimeBasedRemovals = async (req: PayloadRequest, now = new Date()): Promise<void> => {
  const at = now.toISOString()
  const stillPublished: Where[] = [{ 'workflow.state': { equals: 'published' } }, { _status: { equals: 'published' } }]
  const candidates: { slug: ReviewableSlug; id: Id }[] = []
  const add = (slug: ReviewableSlug, docs: { id: Id }[]) => docs.forEach((doc) => candidates.push({ slug, id: doc.id }))
  for (const slug of REVIEWABLE_SLUGS) {
    const found = await req.payload.find({
      collection: slug,
      where: { and: [...stillPublished, { 'workflow.reviewExpiresAt': { less_than_equal: at } }] },
      select: { title: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    add(slug, found.docs)
  }
  // A consent still marked active past its end (the job marks it expired and withdraws its stories;
  // a revocation withdraws them at once, in its own transaction).
  const lapsed = await req.payload.find({
    collection: SLUGS.consents,
    where: { and: [{ status: { equals: 'active' } }, { validUntil: { less_than_equal: at } }] },
    select: { status: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (lapsed.docs.length) {
    const stories = await req.payload.find({
      collection: SLUGS.patientStories,
      where: { and: [...stillPublished, { consent: { in: lapsed.docs.map((c) => c.id) } }] },
      select: { title: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    add(SLUGS.patientStories, stories.docs)
  }
  const seen = new Set<string>()
  for (const candidate of candidates) {
    const key = `${candidate.slug}:${candidate.id}`
    if (seen.has(key)) continue
    seen.add(key)
    const last = await lastEntries(req, candidate.slug, candidate.id)
    if (changesOnRemoval(last).length === 0) continue
    await recordPublicChange(req, candidate.slug, candidate.id, 'withdraw')
  }
}

/** GET /api/changes?since=<cursor>&limit=<1–500> — for API clients and anonymous readers. */
export const changeFeedEndpoint: Endpoint = {
  path: '/changes',
  method: 'get',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    const params = new URL(req.url ?? 'http://localhost/', 'http://localhost').searchParams
    const since = decodeCursor(params.get('since'))
    if (since === null) throw new CodedError('change-cursor-invalid', 400, language, {}, 'since')
    const limit = parseLimit(params.get('limit'))
    if (limit === null) throw new CodedError('change-limit-invalid', 400, language, {}, 'limit')
    await recordTimeBasedRemovals(req)
    const page = await req.payload.find({
      collection: SLUGS.publicChanges,
      where: { id: { greater_than: since } },
      sort: 'id',
      limit,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const changes = page.docs.map((doc) => ({
      collection: doc.contentCollection,
      id: contentId(String(doc.contentId)),
      slug: doc.slug ?? null,
      locale: doc.locale,
      type: doc.type,
      at: doc.at,
    }))
    const lastSeq = page.docs.length ? Number(page.docs[page.docs.length - 1].id) : since
    return Response.json({ changes, next: encodeCursor(lastSeq) }, { headers: { 'cache-control': 'no-store' } })
  },
}
