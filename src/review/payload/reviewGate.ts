// The review gate, where data is written. Two hooks hold the invariant for every write path —
// REST, GraphQL, bulk, duplicate, version restore, the admin and the Local API alike:
// - `draftOnlyWrites` (beforeOperation): a write that is not a workflow transition is saved as a
//   draft version and never touches the published row readers are served; asking to publish
//   that way is refused. Only the workflow service's transitions write the published row.
// - `reviewGate` (beforeChange): every save recomputes the version hash (reviewed fields in
//   every locale plus what the reader sees of linked records); editing reviewed content voids
//   the review state; a transition that publishes must carry every sign-off for exactly that
//   version.
import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { adCertificateProblems } from '@/compliance/rules/adCertificate'
import { idOf } from '@/db/relationIds'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { allStagesSatisfied } from '../rules/policy'
import type { WorkflowState } from '../rules/states'
import {
  hashVersion,
  loadAllLocales,
  loadLive,
  overlayWrite,
  type ReviewableDoc,
  reviewShape,
  type ReviewableSlug,
} from './reviewable'
import { type ReviewContext, loadReviewContext } from './reviewContext'
import { normaliseRichTextLinks } from './richTextLinks'

/** Set by the workflow service for the one write that carries a transition. */
export type WorkflowTransition = { state: WorkflowState; fields?: Record<string, unknown>; publishedAt?: string }
export const TRANSITION_KEY = 'workflowTransition'

type Workflow = NonNullable<ReviewableDoc['workflow']>

export const transitionOf = (req: PayloadRequest): WorkflowTransition | undefined =>
  req.context?.[TRANSITION_KEY] as WorkflowTransition | undefined

const addMonths = (date: Date, months: number) => {
  const out = new Date(date)
  out.setMonth(out.getMonth() + months)
  return out
}

/** Attribution readers see: who reviewed, and when. */
export const reviewAttribution = (context: ReviewContext) => {
  const lastReviewedAt = context.approvals.length
    ? new Date(Math.max(...context.signOffs.filter((s) => s.decision === 'approve').map((s) => Date.parse(s.at))))
    : new Date()
  const names = [
    ...new Set(
      context.signOffs
        .filter((s) => s.decision === 'approve')
        .map((s) => s.reviewerName)
        .filter(Boolean),
    ),
  ]
  return {
    reviewedBy: names.join('、'),
    lastReviewedAt: lastReviewedAt.toISOString(),
    reviewExpiresAt: addMonths(lastReviewedAt, context.reReviewMonths).toISOString(),
  }
}

const WRITE_OPERATIONS = new Set(['create', 'update', 'restoreVersion'])

/**
 * Ordinary edits (anything but a workflow transition) never touch the published row: an edit of
 * a published piece, a bulk edit and a version restore are saved as draft versions, so what
 * readers get stays exactly what was signed and published, and no save can take a published
 * piece offline (only withdraw does). Other writes keep Payload's validation and are stored with
 * the draft status. Publication switches (`_status: published`, publishSpecificLocale,
 * unpublishAllLocales …) are the workflow's alone.
 */
export const draftOnlyWrites =
  (slug: ReviewableSlug): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (!WRITE_OPERATIONS.has(operation) || transitionOf(req)) return args
    const language = pickLanguage(req.i18n?.language)
    const write = args as {
      id?: string | number
      data?: unknown
      draft?: boolean
      publishSpecificLocale?: unknown
      publishAllLocales?: unknown
      unpublishAllLocales?: unknown
    }
    const data =
      write.data && typeof write.data === 'object' && !Array.isArray(write.data)
        ? (write.data as Record<string, unknown>)
        : undefined
    if (data?._status === 'published') throw new CodedError('publish-through-workflow', 403, language, {}, '_status')
    if ((req.locale as string | undefined) === 'all' || (req.locale as string | undefined) === '*')
      throw new CodedError('bad-locale-write', 400, language)
    delete write.publishSpecificLocale
    delete write.publishAllLocales
    delete write.unpublishAllLocales
    if (data) data._status = 'draft'
    const touchesPublishedRow =
      operation === 'restoreVersion' ||
      (operation === 'update' &&
        (write.id === undefined || (await loadLive(req, slug, write.id))?._status === 'published'))
    if (touchesPublishedRow) write.draft = true
    return args
  }

const instantOf = (value: unknown): number => {
  if (value instanceof Date) return value.getTime()
  return value && (typeof value === 'string' || typeof value === 'number') ? Date.parse(String(value)) : NaN
}

const sameInstant = (a: unknown, b: unknown) => {
  const left = instantOf(a)
  const right = instantOf(b)
  return (Number.isNaN(left) && Number.isNaN(right)) || left === right
}

const contributorsOf = (value: unknown): (string | number)[] =>
  Array.isArray(value) ? value.filter((v) => typeof v === 'string' || typeof v === 'number') : []

/** Set in the Local API context by code that creates a draft on nobody's behalf. */
export const SYSTEM_DRAFT = 'systemDraft'

export const reviewGate =
  (slug: ReviewableSlug): CollectionBeforeChangeHook<ReviewableDoc> =>
  async ({ data, originalDoc, operation, req, context: hookContext }) => {
    const language = pickLanguage(req.i18n?.language)
    const transition = transitionOf(req)
    // Belt and braces for any path that skipped beforeOperation: nothing but a transition publishes.
    if (!transition && data._status === 'published')
      throw new CodedError('publish-through-workflow', 403, language, {}, '_status')
    normaliseRichTextLinks(data, reviewShape(req, slug))

    const creating = operation === 'create'
    const id = creating ? null : (originalDoc?.id ?? null)
    const stored = id !== null ? await loadAllLocales(req, slug, id) : null
    // A create (a duplicate included) starts from nothing: no copied review state or dates.
    const written = overlayWrite(req, slug, stored, creating ? data : { ...(originalDoc ?? {}), ...data })
    const { hash, mediaIds } = await hashVersion(req, slug, written)
    const previous: Workflow = creating ? {} : (stored?.workflow ?? originalDoc?.workflow ?? {})
    // A draft operations made from a submission is nobody's work yet (src/submissions): accepting
    // a piece is not writing it, so the person who accepted it may still sign its 运营初审.
    const systemDraft = operation === 'create' && Boolean(hookContext?.[SYSTEM_DRAFT])
    const userId = systemDraft ? null : (req.user?.id ?? null)

    if (!transition) {
      // The publication time is the publish action's record; nobody backdates it.
      // A new piece (a duplicate included) has not been published: no date comes with it.
      if (creating) delete data.publishedAt
      else if ('publishedAt' in data) {
        if (!sameInstant(data.publishedAt, stored?.publishedAt ?? originalDoc?.publishedAt))
          throw new CodedError('published-at-locked', 409, language, {}, 'publishedAt')
        delete data.publishedAt
      }
    }

    const workflow: Record<string, unknown> = creating
      ? {
          state: 'draft',
          submittedAt: null,
          reviewedBy: null,
          lastReviewedAt: null,
          reviewExpiresAt: null,
          voidedReason: null,
          createdBy: userId,
          contributors: userId !== null ? [userId] : [],
        }
      : { ...previous, createdBy: idOf(previous.createdBy), lastEditedBy: idOf(previous.lastEditedBy) }
    workflow.versionHash = hash
    workflow.linkedMedia = mediaIds.map((m) => (req.payload.db.defaultIDType === 'number' ? Number(m) : m))
    let state: WorkflowState = creating ? 'draft' : (previous.state ?? 'draft')
    if (!transition && userId !== null) workflow.lastEditedBy = userId

    const contentChanged = !creating && previous.versionHash !== hash
    if (contentChanged && userId !== null && !transition) {
      // Authorship of this round: whoever changes what reviewers sign may not sign it.
      const contributors = contributorsOf(previous.contributors)
      if (!contributors.some((c) => String(c) === String(userId))) contributors.push(userId)
      workflow.contributors = contributors
    }
    if (contentChanged && previous.versionHash && state !== 'draft') {
      state = 'draft'
      workflow.voidedReason =
        language === 'en'
          ? 'Reviewed content was edited: earlier sign-offs no longer apply.'
          : '已审核的内容被修改，原签核失效，需重新提交审核。'
      await recordAuditEvent(req, {
        action: 'workflow.voided',
        targetCollection: slug,
        targetId: id ?? undefined,
        versionHash: hash,
        detail: { previousState: previous.state, previousHash: previous.versionHash },
      })
    }
    if (transition) {
      state = transition.state
      if (state !== 'draft') workflow.voidedReason = null
      Object.assign(workflow, transition.fields ?? {})
    }

    if (transition && (state === 'approved' || state === 'published')) {
      const context = id !== null ? await loadReviewContext(req, slug, written, id, hash) : null
      const satisfied =
        context !== null && allStagesSatisfied(context.rules, context.approvals, context.consentProblems.length === 0)
      if (!satisfied) throw new CodedError('not-approved', 403, language)
      if (state === 'published') {
        if (data._status !== 'published') throw new CodedError('publish-through-workflow', 403, language)
        if (adCertificateProblems(written, new Date()).length > 0)
          throw new CodedError('ad-certificate-invalid', 403, language)
        Object.assign(workflow, reviewAttribution(context))
        // A new round of authorship starts with each publication.
        workflow.contributors = []
        data.publishedAt =
          transition.publishedAt ?? stored?.publishedAt ?? originalDoc?.publishedAt ?? new Date().toISOString()
      }
    }
    if (data._status === 'published' && state !== 'published')
      throw new CodedError('publish-through-workflow', 403, language)
    workflow.state = state
    data.workflow = workflow
    return data
  }
