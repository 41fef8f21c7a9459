import type { Endpoint, PayloadRequest } from 'payload'

import { checkRole } from '@/access/checkRole'
import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { asOfFrom } from '@/http/asOf'
import { readJsonBody } from '@/http/readJsonBody'
import { withTransaction } from '@/http/withTransaction'
import type { Incident } from '@/payload-types'
import { runIncidentDeadlines } from '@/opinion/payload/incidentClock'
import { EXCLUSIVE_KEYS, exclusively } from '@/db/exclusive'
import { REVIEWABLE_SLUGS, type ReviewableSlug } from '@/review/payload/reviewable'
import { submitForReview, withdraw } from '@/review/payload/service'
import { STATEMENT_DRAFTERS, draftStatement, statementInput } from '@/opinion/payload/statements'
import { SLUGS } from '../../slugs'

const language = (req: PayloadRequest) => pickLanguage(req.i18n?.language)
const idOf = (req: PayloadRequest) => (typeof req.routeParams?.id === 'string' ? req.routeParams.id : '')

const bodyOf = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  const body = await readJsonBody(req)
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
}

const requireDesk = (req: PayloadRequest) => {
  if (!checkRole(['admin', 'operations', 'publisher'], req.user))
    throw new CodedError('incident-forbidden', 403, language(req))
}

const load = async (req: PayloadRequest): Promise<Incident> => {
  const incident = await req.payload.findByID({
    collection: SLUGS.incidents,
    id: idOf(req),
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!incident) throw new CodedError('incident-not-found', 404, language(req))
  return incident
}

const text = (value: unknown, min: number, max: number) =>
  typeof value === 'string' && value.trim().length >= min && value.trim().length <= max ? value.trim() : null

/** POST /api/incidents/:id/respond {note?} — the first public response went out: the clock stops. */
export const respondToIncident: Endpoint = {
  path: '/:id/respond',
  method: 'post',
  handler: async (req) => {
    requireDesk(req)
    const incident = await load(req)
    if (incident.status !== 'open')
      throw new CodedError('incident-state', 409, language(req), { status: incident.status })
    const note = text((await bodyOf(req)).note, 0, 1000) ?? ''
    const respondedAt = new Date().toISOString()
    await withTransaction(req, async () => {
      await req.payload.update({
        collection: SLUGS.incidents,
        id: incident.id,
        data: { status: 'responded', respondedAt },
        overrideAccess: true,
        req,
      })
      await recordAuditEvent(req, {
        action: 'incident.responded',
        targetCollection: SLUGS.incidents,
        targetId: incident.id,
        detail: { note, inTime: incident.responseDueAt ? respondedAt <= incident.responseDueAt : null },
      })
    })
    return Response.json({ status: 'responded', respondedAt })
  },
}

/** POST /api/incidents/:id/close {review} — 结案, with the closing review. */
export const closeIncident: Endpoint = {
  path: '/:id/close',
  method: 'post',
  handler: async (req) => {
    requireDesk(req)
    const incident = await load(req)
    if (incident.status === 'closed') throw new CodedError('incident-state', 409, language(req), { status: 'closed' })
    const review = text((await bodyOf(req)).review, 10, 4000)
    if (!review) throw new CodedError('incident-review-required', 400, language(req), {}, 'review')
    await withTransaction(req, async () => {
      await req.payload.update({
        collection: SLUGS.incidents,
        id: incident.id,
        data: { status: 'closed', closingReview: review },
        overrideAccess: true,
        req,
      })
      await recordAuditEvent(req, {
        action: 'incident.closed',
        targetCollection: SLUGS.incidents,
        targetId: incident.id,
        detail: { respondedAt: incident.respondedAt ?? null },
      })
    })
    return Response.json({ status: 'closed' })
  },
}

/**
 * POST /api/incidents/:id/withdraw {collection, id, reason} — takes a piece the incident concerns
 * offline at once, from the public API and every channel it reached (the existing retraction).
 */
export const withdrawForIncident: Endpoint = {
  path: '/:id/withdraw',
  method: 'post',
  handler: async (req) => {
    requireDesk(req)
    const incident = await load(req)
    const body = await bodyOf(req)
    const collection = body.collection
    if (typeof collection !== 'string' || !(REVIEWABLE_SLUGS as readonly string[]).includes(collection))
      throw new CodedError('incident-piece-invalid', 400, language(req), {}, 'collection')
    const pieceId = typeof body.id === 'number' || typeof body.id === 'string' ? String(body.id) : ''
    const reason = text(body.reason, 2, 500)
    if (!pieceId || !reason) throw new CodedError('incident-piece-invalid', 400, language(req), {}, 'reason')
    const result = await withTransaction(req, async () => {
      const withdrawn = await withdraw(req, collection as ReviewableSlug, pieceId, {
        reason: `舆情事件「${incident.title}」：${reason}`,
        cause: 'incident',
        bySystem: true,
      })
      const pieces = (incident.pieces ?? []).map((p) => ({
        relationTo: p.relationTo,
        value: typeof p.value === 'object' ? p.value.id : p.value,
      }))
      if (!pieces.some((p) => p.relationTo === collection && String(p.value) === pieceId))
        pieces.push({ relationTo: collection as ReviewableSlug, value: Number(pieceId) || (pieceId as never) })
      await req.payload.update({
        collection: SLUGS.incidents,
        id: incident.id,
        data: { pieces: pieces },
        overrideAccess: true,
        req,
      })
      await recordAuditEvent(req, {
        action: 'incident.withdrew-piece',
        targetCollection: SLUGS.incidents,
        targetId: incident.id,
        detail: { collection, id: pieceId, reason },
      })
      return withdrawn
    })
    return Response.json({ withdrawn: { collection, id: pieceId, state: result.state } })
  },
}

/**
 * POST /api/incidents/:id/statement {title, body, summary?, channels?, submit?} — drafts a holding
 * statement for the incident (the fast-track review: a medical reviewer and compliance) and, with
 * `submit`, sends it to review at once. Editors and the incident desk.
 */
export const draftIncidentStatement: Endpoint = {
  path: '/:id/statement',
  method: 'post',
  handler: async (req) => {
    if (!checkRole([...STATEMENT_DRAFTERS], req.user)) throw new CodedError('statement-forbidden', 403, language(req))
    const body = await bodyOf(req)
    const input = statementInput(req, body)
    const incident = await load(req)
    const submit = body.submit === true
    const result = await withTransaction(req, async () => {
      const article = await draftStatement(req, incident, input)
      const review = submit ? await submitForReview(req, SLUGS.articles, String(article.id)) : null
      return { article, review }
    })
    return Response.json(
      {
        statement: { collection: SLUGS.articles, id: result.article.id, slug: result.article.slug },
        state: result.review?.state ?? 'draft',
        warnings: result.review?.warnings ?? [],
      },
      { status: 201 },
    )
  },
}

/** GET /api/incidents/:id/timeline — its mentions and every recorded step, oldest first. */
export const incidentTimeline: Endpoint = {
  path: '/:id/timeline',
  method: 'get',
  handler: async (req) => {
    if (!req.user || checkRole(['api-client'], req.user)) throw new CodedError('incident-forbidden', 403, language(req))
    const incident = await load(req)
    const [mentions, events] = await Promise.all([
      req.payload.find({
        collection: SLUGS.mentions,
        where: { incident: { equals: incident.id } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      }),
      req.payload.find({
        collection: SLUGS.auditEvents,
        where: {
          and: [{ targetCollection: { equals: SLUGS.incidents } }, { targetId: { equals: String(incident.id) } }],
        },
        sort: 'seq',
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      }),
    ])
    const entries = [
      ...mentions.docs.map((m) => ({
        at: m.postedAt,
        kind: 'mention',
        platform: m.platform,
        text: m.text,
        url: m.url ?? null,
      })),
      ...events.docs.map((e) => ({ at: e.at, kind: e.action, actor: e.actorEmail ?? null, detail: e.detail ?? null })),
    ].sort((a, b) => String(a.at).localeCompare(String(b.at)))
    return Response.json({ id: incident.id, entries })
  },
}

/** POST /api/incidents/deadlines/run {asOf?} — the clock check at once, as of now or later (admins). */
export const incidentDeadlinesEndpoint: Endpoint = {
  path: '/deadlines/run',
  method: 'post',
  handler: async (req) => {
    if (!checkRole(['admin'], req.user)) throw new CodedError('incident-forbidden', 403, language(req))
    const body = await bodyOf(req)
    const asOf = asOfFrom(req, body.asOf)
    const done = await exclusively(req.payload, EXCLUSIVE_KEYS.incidentDeadlines, () =>
      withTransaction(req, () => runIncidentDeadlines(req, asOf)),
    )
    return Response.json({ asOf: asOf.toISOString(), done })
  },
}
