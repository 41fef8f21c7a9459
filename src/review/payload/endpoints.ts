// HTTP face of the workflow: /api/<collection>/:id/workflow[/verb]. Parse, call the service in a
// transaction, answer JSON.
import type { Endpoint, PayloadRequest } from 'payload'

import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { asOfFrom } from '@/http/asOf'
import { readJsonBody } from '@/http/readJsonBody'
import { withTransaction } from '@/http/withTransaction'
import { checkRole } from '@/access/checkRole'
import { runReviewDeadlines } from './deadlines'
import { EXCLUSIVE_KEYS, exclusively } from '@/db/exclusive'
import type { StageName } from '../rules/policy'
import type { ReviewableSlug } from './reviewable'
import {
  PreflightBlocked,
  decide,
  publish,
  reviewQueue,
  submitForReview,
  withdraw,
  workflowChanges,
  workflowStatus,
} from './service'

const bodyOf = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  const body = await readJsonBody(req)
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {}
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

const requireFields = (req: PayloadRequest, body: Record<string, unknown>, fields: string[]) => {
  const missing = fields.filter((field) => typeof body[field] !== 'string' || body[field].trim() === '')
  if (missing.length)
    throw new CodedError('bad-workflow-request', 400, pickLanguage(req.i18n?.language), { fields: missing.join(', ') })
}

const inTransaction = async (req: PayloadRequest, work: () => Promise<unknown>): Promise<Response> => {
  try {
    return Response.json(await withTransaction(req, work))
  } catch (error) {
    if (error instanceof PreflightBlocked) {
      return Response.json(
        {
          errors: error.findings.filter((f) => f.severity === 'block'),
          warnings: error.findings.filter((f) => f.severity === 'warn'),
        },
        { status: 422 },
      )
    }
    throw error
  }
}

/** When to distribute: now when not given; an invalid date when it is not a time's text or number. */
const atOf = (value: unknown): Date => {
  if (value === undefined || value === null) return new Date()
  return typeof value === 'string' || typeof value === 'number' ? new Date(String(value)) : new Date(NaN)
}

/** `{channels: [id…], at?: ISO time, campaign?: id}` on publish: where and when to distribute. */
const parseDistributionRequest = (req: PayloadRequest, body: Record<string, unknown>) => {
  const bad = (details: string) =>
    new CodedError('distribution-bad-request', 400, pickLanguage(req.i18n?.language), { details })
  if (body.channels === undefined) return {}
  const isId = (v: unknown) =>
    (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && v.trim() !== '')
  if (!Array.isArray(body.channels) || !body.channels.every(isId))
    throw bad('channels 须为渠道编号数组 / channels must be an array of channel ids')
  const at = atOf(body.at)
  if (Number.isNaN(at.getTime())) throw bad('at 须为 ISO 8601 时间 / at must be an ISO 8601 time')
  if (body.campaign !== undefined && body.campaign !== null && !isId(body.campaign)) throw bad('campaign')
  return {
    channels: [...new Set(body.channels as (string | number)[])],
    at,
    campaign: (body.campaign as string | number | undefined) ?? null,
  }
}

const staffOnly = (req: PayloadRequest) => {
  const roles = req.user?.roles ?? []
  if (!req.user || roles.every((role) => role === 'api-client'))
    throw new CodedError('workflow-forbidden', 403, pickLanguage(req.i18n?.language))
}

export const reviewEndpoints = (slug: ReviewableSlug): Endpoint[] => [
  {
    path: '/:id/workflow',
    method: 'get',
    handler: async (req) => {
      staffOnly(req)
      return Response.json(await workflowStatus(req, slug, String(req.routeParams?.id)))
    },
  },
  {
    // What changed in the reviewable text since the previous round (for reviewers of a resubmission).
    path: '/:id/workflow/changes',
    method: 'get',
    handler: async (req) => {
      staffOnly(req)
      return Response.json(await workflowChanges(req, slug, String(req.routeParams?.id)))
    },
  },
  {
    path: '/:id/workflow/submit',
    method: 'post',
    handler: (req) => inTransaction(req, () => submitForReview(req, slug, String(req.routeParams?.id))),
  },
  ...(['approve', 'reject'] as const).map((decision): Endpoint => ({
    path: `/:id/workflow/${decision}`,
    method: 'post',
    handler: async (req) => {
      staffOnly(req)
      const body = await bodyOf(req)
      requireFields(req, body, decision === 'reject' ? ['stage', 'versionHash', 'comment'] : ['stage', 'versionHash'])
      return inTransaction(req, () =>
        decide(req, slug, String(req.routeParams?.id), {
          decision,
          stage: text(body.stage) as StageName,
          versionHash: text(body.versionHash)!,
          comment: text(body.comment),
          anchors: body.anchors,
        }),
      )
    },
  })),
  {
    path: '/:id/workflow/publish',
    method: 'post',
    handler: async (req) => {
      const body = await bodyOf(req)
      const distribution = parseDistributionRequest(req, body)
      return inTransaction(req, () =>
        publish(req, slug, String(req.routeParams?.id), { versionHash: text(body.versionHash), ...distribution }),
      )
    },
  },
  {
    path: '/:id/workflow/withdraw',
    method: 'post',
    handler: async (req) => {
      staffOnly(req)
      const body = await bodyOf(req)
      requireFields(req, body, ['reason'])
      return inTransaction(req, () => withdraw(req, slug, String(req.routeParams?.id), { reason: text(body.reason)! }))
    },
  },
]

/** GET /api/review-queue — what the signed-in reviewer can sign now (the 待我审核 list). */
export const reviewQueueEndpoint: Endpoint = {
  path: '/review-queue',
  method: 'get',
  handler: async (req) => {
    staffOnly(req)
    return Response.json(await reviewQueue(req))
  },
}

/**
 * POST /api/review-deadlines/run {asOf?} — the deadline check the maintenance tick runs, at once
 * and as of a given moment (administrators only: to catch up after downtime, or to see what a
 * later hour will send). Answers what was sent; a second run as of the same moment sends nothing.
 */
export const reviewDeadlinesEndpoint: Endpoint = {
  path: '/review-deadlines/run',
  method: 'post',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    if (!checkRole(['admin'], req.user)) throw new CodedError('workflow-forbidden', 403, language)
    const body = await bodyOf(req)
    const asOf = asOfFrom(req, body.asOf)
    const sent = await exclusively(req.payload, EXCLUSIVE_KEYS.reviewDeadlines, () =>
      withTransaction(req, () => runReviewDeadlines(req, asOf)),
    )
    return Response.json({ asOf: asOf.toISOString(), sent })
  },
}
