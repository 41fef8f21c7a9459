import type { Endpoint } from 'payload'

import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { readJsonBody } from '@/http/readJsonBody'
import { submitterStatement } from '@/incentives/payload/views'
import { SUBMITTER_FEEDBACK } from '../../Corrections/hooks/acceptReport'
import { SLUGS } from '../../slugs'
import { findByToken, reviseByToken, trackingView } from '@/submissions/payload/service'
import { LIMITS } from '@/submissions/rules/submissionRules'

/** The submitter's tracking token travels in this header, never in a URL a server would log. */
export const TRACKING_HEADER = 'x-submission-token'

/**
 * GET /api/submissions/track — the submitter's view of their submission, with their own points,
 * honours and history when they take part in the incentives (`incentives`, else null).
 */
export const trackSubmission: Endpoint = {
  path: '/track',
  method: 'get',
  handler: async (req) => {
    const submission = await findByToken(req, req.headers.get(TRACKING_HEADER))
    const view = { ...(await trackingView(req, submission)), incentives: await submitterStatement(req, submission) }
    return Response.json(view, { headers: { 'cache-control': 'no-store' } })
  },
}

const textOf = (value: unknown, bounds: { min: number; max: number }) => {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  const length = [...trimmed].length
  return length >= bounds.min && length <= bounds.max ? trimmed : null
}

/** POST /api/submissions/track/revise {title, body} — the submitter answers a request for changes. */
export const reviseSubmission: Endpoint = {
  path: '/track/revise',
  method: 'post',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    const body = (await readJsonBody(req)) as { title?: unknown; body?: unknown } | undefined
    const title = textOf(body?.title, LIMITS.title)
    if (!title) throw new CodedError('submission-field-invalid', 400, language, { field: 'title' }, 'title')
    const text = textOf(body?.body, LIMITS.body)
    if (!text) throw new CodedError('submission-field-invalid', 400, language, { field: 'body' }, 'body')
    const updated = await reviseByToken(req, req.headers.get(TRACKING_HEADER), { title, body: text })
    return Response.json(await trackingView(req, updated), { headers: { 'cache-control': 'no-store' } })
  },
}

const FEEDBACK_KINDS = ['feedback', 'thanks', 'correction'] as const

/**
 * POST /api/submissions/track/feedback {kind, message} — the submitter's feedback on their
 * published piece, filed like a reader's (corrections) on the story or article, and counted
 * against the submission rather than the sender's address.
 */
export const submitterFeedback: Endpoint = {
  path: '/track/feedback',
  method: 'post',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    const submission = await findByToken(req, req.headers.get(TRACKING_HEADER))
    if (submission.status !== 'published' || !submission.piece)
      throw new CodedError('submission-state', 409, language, { status: submission.status })
    const body = (await readJsonBody(req)) as { kind?: unknown; message?: unknown } | undefined
    const kind = FEEDBACK_KINDS.find((k) => k === body?.kind)
    if (!kind) throw new CodedError('submission-field-invalid', 400, language, { field: 'kind' }, 'kind')
    const message = textOf(body?.message, { min: 5, max: 2000 })
    if (!message) throw new CodedError('submission-field-invalid', 400, language, { field: 'message' }, 'message')
    const piece = submission.piece
    const pieceId = typeof piece.value === 'object' ? piece.value.id : piece.value
    const created = await req.payload.create({
      collection: SLUGS.corrections,
      data: {
        ...(piece.relationTo === SLUGS.articles ? { article: pieceId } : { story: pieceId }),
        kind,
        message,
      } as never,
      overrideAccess: true,
      req,
      context: { [SUBMITTER_FEEDBACK]: submission.id },
    })
    return Response.json({ id: created.id, kind }, { status: 201 })
  },
}
