// Holding statements (舆情回应声明): an incident's public answer is an article of the `statement`
// layer, drafted from the incident and linked to it. The link (`incident`) is written only here,
// never by a client, and it is what puts the article on the review fast track (a medical reviewer
// and compliance, src/review/rules/policy.ts). Publishing goes through the ordinary publish
// transition, bound to the signed version hash; the first published statement answers the incident.
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { checkRole } from '@/access/checkRole'
import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { plainTextToLexical } from '@/content/lexical'
import { idOf, idsOf } from '@/db/relationIds'

type Id = string | number
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import type { Article, Incident } from '@/payload-types'

export const STATEMENT_LAYER = 'statement'

/** Who may draft a statement: the incident desk and the editors who write for it. */
export const STATEMENT_DRAFTERS = ['admin', 'editor', 'operations', 'publisher'] as const

export type StatementInput = { title: string; summary: string; body: string; channels: Id[] }

const language = (req: PayloadRequest) => pickLanguage(req.i18n?.language)

const trimmed = (value: unknown, max: number): string | null =>
  typeof value === 'string' && value.trim().length > 0 && value.trim().length <= max ? value.trim() : null

/** The request body as a statement, or a 400 naming the first field that is wrong. */
export const statementInput = (req: PayloadRequest, body: Record<string, unknown>): StatementInput => {
  const bad = (field: string) => new CodedError('statement-invalid', 400, language(req), { field }, field)
  const title = trimmed(body.title, 120)
  if (!title) throw bad('title')
  const text = trimmed(body.body, 5000)
  if (!text) throw bad('body')
  const summary = body.summary === undefined ? '' : trimmed(body.summary, 500)
  if (summary === null) throw bad('summary')
  const channels = body.channels === undefined ? [] : body.channels
  if (
    !Array.isArray(channels) ||
    channels.length > 20 ||
    !channels.every(
      (c) => (typeof c === 'number' && Number.isInteger(c) && c > 0) || (typeof c === 'string' && /^\w{1,40}$/.test(c)),
    )
  )
    throw bad('channels')
  return { title, summary, body: text, channels: [...new Set(channels as Id[])] }
}

/**
 * Drafts a holding statement for an open incident: a draft article in the statement layer,
 * linked to the incident and its department, with the channels it is meant for.
 */
export const draftStatement = async (
  req: PayloadRequest,
  incident: Incident,
  input: StatementInput,
): Promise<Article> => {
  if (!checkRole([...STATEMENT_DRAFTERS], req.user)) throw new CodedError('statement-forbidden', 403, language(req))
  if (incident.status === 'closed') throw new CodedError('incident-state', 409, language(req), { status: 'closed' })
  if (input.channels.length > 0) {
    const found = await req.payload.count({
      collection: SLUGS.channels,
      where: { id: { in: input.channels } },
      overrideAccess: true,
      req,
    })
    if (found.totalDocs !== input.channels.length)
      throw new CodedError('statement-invalid', 400, language(req), { field: 'channels' }, 'channels')
  }
  const existing = await req.payload.count({
    collection: SLUGS.articles,
    where: { incident: { equals: incident.id } },
    overrideAccess: true,
    req,
  })
  const article = await req.payload.create({
    collection: SLUGS.articles,
    data: {
      title: input.title,
      summary: input.summary || undefined,
      body: plainTextToLexical(input.body) as never,
      slug: `statement-${incident.id}-${existing.totalDocs + 1}-${Date.now().toString(36)}`,
      layer: STATEMENT_LAYER,
      format: 'graphic',
      department: idOf(incident.department) ?? undefined,
      incident: incident.id,
      statementChannels: input.channels as number[],
      _status: 'draft',
    } as never,
    draft: true,
    overrideAccess: true,
    req,
  })
  await recordAuditEvent(req, {
    action: 'incident.statement-drafted',
    targetCollection: SLUGS.incidents,
    targetId: incident.id,
    detail: { article: article.id, channels: input.channels },
  })
  return article
}

/** Whether a piece is an incident's holding statement (only the statement endpoint links one). */
export const isStatement = (doc: object): boolean => 'incident' in doc && idOf(doc.incident) !== null

/** The channels a statement was drafted for: what it is published to when the publisher names none. */
export const statementChannelsOf = (doc: object): Id[] =>
  isStatement(doc) && 'statementChannels' in doc ? idsOf(doc.statementChannels) : []

/**
 * After a statement's publish transition: the incident is answered (its clock stops) if it was
 * still open, and the incident's timeline records which version went out where.
 */
export const statementPublished = async (
  req: PayloadRequest,
  doc: { id: Id; incident?: unknown },
  versionHash: string,
  channels: Id[],
) => {
  const incidentId = idOf(doc.incident)
  if (incidentId === null) return
  const incident = await req.payload.findByID({
    collection: SLUGS.incidents,
    id: incidentId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!incident) return
  const at = new Date().toISOString()
  const answers = incident.status === 'open'
  if (answers)
    await req.payload.update({
      collection: SLUGS.incidents,
      id: incident.id,
      data: { status: 'responded', respondedAt: at },
      overrideAccess: true,
      req,
    })
  await recordAuditEvent(req, {
    action: 'incident.statement-published',
    targetCollection: SLUGS.incidents,
    targetId: incident.id,
    versionHash,
    detail: {
      article: doc.id,
      channels,
      firstResponse: answers,
      inTime: answers && incident.responseDueAt ? at <= incident.responseDueAt : null,
    },
  })
}

/**
 * The statement layer belongs to statements: an article linked to an incident stays in it, and
 * no other article may choose it (front-end sites list statements apart from health education).
 */
export const keepStatementLayer: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  // A create has no stored document: a duplicate's `originalDoc` is its source, whose link to the
  // incident the copy does not inherit (no client writes it).
  const stored = operation === 'update' ? originalDoc : undefined
  const statement = idOf(data.incident ?? stored?.incident) !== null
  const layer = data.layer ?? stored?.layer
  if (statement !== (layer === STATEMENT_LAYER))
    throw new CodedError(
      statement ? 'statement-layer-locked' : 'statement-layer-reserved',
      400,
      language(req),
      {},
      'layer',
    )
  return data
}
