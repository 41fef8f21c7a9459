// The review gate, where data is written: every save of a reviewable document recomputes its
// version hash, voids the review state when reviewed content changed, and refuses any write
// that would leave the document published without every sign-off its policy requires for
// exactly that version. It runs for REST, GraphQL, the admin and the Local API alike
// (overrideAccess does not skip hooks).
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { recordAuditEvent } from '../audit/recordAuditEvent'
import { adCertificateProblems } from '../compliance/adCertificate'
import { CodedError } from '../errors/CodedError'
import { pickLanguage } from '../errors/messages'
import { allStagesSatisfied } from '../workflow/policy'
import type { WorkflowState } from '../workflow/states'
import { hashOf, loadAllLocales, overlayWrite, type ReviewableSlug } from './reviewable'
import { type ReviewContext, loadReviewContext } from './reviewContext'

/** Set by the workflow service for the one write that carries a transition. */
export type WorkflowTransition = { state: WorkflowState; fields?: Record<string, unknown> }
export const TRANSITION_KEY = 'workflowTransition'

export const transitionOf = (req: PayloadRequest): WorkflowTransition | undefined =>
  req.context?.[TRANSITION_KEY] as WorkflowTransition | undefined

const addMonths = (date: Date, months: number) => {
  const out = new Date(date)
  out.setMonth(out.getMonth() + months)
  return out
}

/** Attribution readers see: who reviewed, and when. */
export const reviewAttribution = (context: ReviewContext) => {
  const lastReviewedAt = context.approvals.length ? new Date(Math.max(...context.signOffs.filter((s) => s.decision === 'approve').map((s) => Date.parse(s.at)))) : new Date()
  const names = [...new Set(context.signOffs.filter((s) => s.decision === 'approve').map((s) => s.reviewerName).filter(Boolean))]
  return { reviewedBy: names.join('、'), lastReviewedAt: lastReviewedAt.toISOString(), reviewExpiresAt: addMonths(lastReviewedAt, context.reReviewMonths).toISOString() }
}

export const reviewGate =
  (slug: ReviewableSlug): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const language = pickLanguage(req.i18n?.language)
    const id = operation === 'update' ? (originalDoc?.id ?? null) : null
    const stored = id !== null ? await loadAllLocales(req, slug, id) : null
    const written = overlayWrite(req, slug, stored, { ...(originalDoc ?? {}), ...data })
    const hash = hashOf(slug, written)
    const previous = (originalDoc?.workflow ?? {}) as Record<string, any>
    const transition = transitionOf(req)

    const workflow: Record<string, unknown> = { ...previous, versionHash: hash }
    let state: WorkflowState = (previous.state as WorkflowState) ?? 'draft'
    if (!transition && req.user) workflow.lastEditedBy = req.user.id

    if (previous.versionHash && previous.versionHash !== hash && state !== 'draft') {
      state = 'draft'
      workflow.voidedReason = language === 'en' ? 'Reviewed content was edited: earlier sign-offs no longer apply.' : '已审核的内容被修改，原签核失效，需重新提交审核。'
      await recordAuditEvent(req, { action: 'workflow.voided', targetCollection: slug, targetId: id ?? undefined, versionHash: hash, detail: { previousState: previous.state, previousHash: previous.versionHash } })
    }
    if (transition) {
      state = transition.state
      Object.assign(workflow, transition.fields ?? {})
      if (state !== 'draft') workflow.voidedReason = null
    }

    const publishing = data._status === 'published' || (data._status === undefined && operation === 'update' && originalDoc?._status === 'published')
    if (publishing || state === 'approved' || state === 'published') {
      const context = id !== null ? await loadReviewContext(req, slug, written, id, hash) : null
      const satisfied = context !== null && allStagesSatisfied(context.rules, context.approvals, context.consentProblems.length === 0)
      if (!satisfied) throw new CodedError('not-approved', 403, language)
      if (publishing && adCertificateProblems(written, new Date()).length > 0) throw new CodedError('ad-certificate-invalid', 403, language)
      if (publishing) {
        state = 'published'
        Object.assign(workflow, reviewAttribution(context))
        if (!data.publishedAt && !originalDoc?.publishedAt) data.publishedAt = new Date().toISOString()
      }
    }
    workflow.state = state
    data.workflow = workflow
    return data
  }
