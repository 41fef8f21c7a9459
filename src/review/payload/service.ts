// The workflow verbs — status, submit, approve, reject, publish, withdraw — on the latest
// version of a reviewable document. Each checks the request against the pure rules, then makes
// exactly one write that the review gate verifies again. Endpoints and the demo seed call these.
import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { QUALIFICATION_LABELS } from '@/access/roles'
import { checkRole } from '@/access/checkRole'
import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { markSubmissionPublished, markSubmissionTakenDown } from '@/submissions/payload/service'
import { isStatement, statementChannelsOf, statementPublished } from '@/opinion/payload/statements'
import { grantForPublication } from '@/incentives/payload/grants'
import { dueAt, openStage } from '../rules/deadlines'
import { routeStage } from '../rules/routing'
import { deadlineSettings, loadReviewers } from './deadlines'
import { idOf } from '@/db/relationIds'
import { loadSnapshot } from '@/distribution/payload/contentSnapshot'
import {
  createForChannels,
  prepareDistribution,
  replaceSuperseded,
  retractContent,
} from '@/distribution/payload/service'
import { reindexForSearch } from '@/public/payload/searchIndex'
import { CodedError } from '@/errors/CodedError'
import { recordPublicChange } from '@/public/payload/changeFeed'
import { type ErrorCode, pickLanguage } from '@/errors/messages'
import type { User } from '@/payload-types'
import {
  type SignOffRefusal,
  type StageName,
  allStagesSatisfied,
  checkSignOff,
  missingQualifications,
  stageStatus,
} from '../rules/policy'
import {
  STATE_LABELS,
  TransitionRefused,
  type WorkflowAction,
  type WorkflowState,
  assertTransition,
} from '../rules/states'
import { type PreflightFinding, reviewableTexts, runPreflight } from './preflight'
import { linkedMediaOf, refreshMediaVisibility } from './mediaVisibility'
import {
  type AllLocales,
  DEFAULT_LOCALE,
  hashVersion,
  isLive,
  loadAllLocales,
  loadLive,
  type ReviewableSlug,
} from './reviewable'
import { type ReviewContext, loadReviewContext } from './reviewContext'
import { TRANSITION_KEY, type WorkflowTransition } from './reviewGate'
import { ANCHOR_PROBLEMS, type Anchor, resolveAnchors } from '../rules/anchors'
import { textChanges } from '../rules/changes'

export class PreflightBlocked extends Error {
  constructor(readonly findings: PreflightFinding[]) {
    super('preflight found blocking problems')
  }
}

const REFUSAL_STATUS: Record<SignOffRefusal, number> = {
  'stage-not-allowed': 403,
  'self-review': 403,
  'duplicate-reviewer': 403,
  'qualification-required': 403,
  'stage-out-of-order': 409,
  'stage-complete': 409,
}

const language = (req: PayloadRequest) => pickLanguage(req.i18n?.language)
const fail = (req: PayloadRequest, code: ErrorCode, status: number, params: Record<string, string | number> = {}) =>
  new CodedError(code, status, language(req), params)

const load = async (req: PayloadRequest, slug: ReviewableSlug, id: string) => {
  const doc = await loadAllLocales(req, slug, id)
  if (!doc) throw fail(req, 'document-not-found', 404)
  const { hash } = await hashVersion(req, slug, doc)
  const state: WorkflowState = doc.workflow?.state ?? 'draft'
  const context = await loadReviewContext(req, slug, doc, doc.id, hash)
  return { doc, hash, state, context }
}

const move = (req: PayloadRequest, state: WorkflowState, action: WorkflowAction): WorkflowState => {
  try {
    return assertTransition(state, action)
  } catch (error) {
    if (error instanceof TransitionRefused)
      throw fail(req, 'state-not-allowed', 409, { state: STATE_LABELS[state][language(req)] })
    throw error
  }
}

/** One write carrying a transition, checked again by the review gate. */
const write = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  id: string | number,
  transition: WorkflowTransition,
  options: { draft: boolean; status?: 'published' | 'draft' },
) => {
  req.context = { ...req.context, [TRANSITION_KEY]: transition }
  try {
    return await req.payload.update({
      collection: slug,
      id,
      data: options.status ? { _status: options.status } : {},
      draft: options.draft,
      overrideAccess: true,
      depth: 0,
      req,
    })
  } finally {
    delete req.context[TRANSITION_KEY]
  }
}

const stagesView = (context: ReviewContext) =>
  context.rules.map((rule) => {
    const status = stageStatus(rule, context.approvals)
    return {
      stage: rule.stage,
      label: rule.label,
      automatic: Boolean(rule.automatic),
      satisfied: rule.automatic ? context.consentProblems.length === 0 : status.satisfied,
      needed: rule.signers,
      signedBy: context.signOffs
        .filter((s) => s.stage === rule.stage && s.decision === 'approve')
        .map((s) => ({ id: s.reviewerId, name: s.reviewerName, at: s.at })),
    }
  })

export const workflowStatus = async (req: PayloadRequest, slug: ReviewableSlug, id: string) => {
  const { doc, hash, state, context } = await load(req, slug, id)
  const history = await req.payload.find({
    collection: SLUGS.auditEvents,
    where: { and: [{ targetCollection: { equals: slug } }, { targetId: { equals: String(doc.id) } }] },
    sort: 'seq',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return {
    id: doc.id,
    state,
    versionHash: hash,
    published: isLive(await loadLive(req, slug, doc.id)),
    voidedReason: doc.workflow?.voidedReason ?? null,
    stages: stagesView(context),
    preflight: await runPreflight(req, slug, doc, context),
    decisions: context.signOffs.map((s) => ({
      stage: s.stage,
      decision: s.decision,
      reviewer: s.reviewerName,
      comment: s.comment ?? null,
      anchors: s.anchors ?? [],
      at: s.at,
    })),
    history: history.docs.map((e) => ({
      action: e.action,
      actor: e.actorEmail,
      at: e.at,
      versionHash: e.versionHash,
      detail: e.detail,
    })),
  }
}

/**
 * What changed in the reviewable text since the round before this one: the latest version
 * submitted with another hash (as it was at that submission) against the current draft.
 */
export const workflowChanges = async (req: PayloadRequest, slug: ReviewableSlug, id: string) => {
  const doc = await loadAllLocales(req, slug, id)
  if (!doc) throw fail(req, 'document-not-found', 404)
  const { hash } = await hashVersion(req, slug, doc)
  const submissions = await req.payload.find({
    collection: SLUGS.auditEvents,
    where: {
      and: [
        { targetCollection: { equals: slug } },
        { targetId: { equals: String(doc.id) } },
        { action: { equals: 'workflow.submitted' } },
        { versionHash: { not_equals: hash } },
      ],
    },
    sort: '-seq',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const previous = submissions.docs[0]
  if (!previous?.versionHash) return { previous: null, changes: [], feedback: [] }
  // The first version that carries the hash is the one the submission wrote: the text as reviewed.
  const versions = await req.payload.findVersions({
    collection: slug,
    where: {
      and: [{ parent: { equals: doc.id } }, { 'version.workflow.versionHash': { equals: previous.versionHash } }],
    },
    sort: 'updatedAt',
    limit: 1,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    req,
  })
  const reviewed = versions.docs[0]?.version as unknown as AllLocales | undefined
  if (!reviewed) return { previous: null, changes: [], feedback: [] }
  // What the reviewers said when they sent that round back, with their anchored comments.
  const rejections = await req.payload.find({
    collection: SLUGS.signOffs,
    where: {
      and: [
        { targetCollection: { equals: slug } },
        { targetId: { equals: String(doc.id) } },
        { versionHash: { equals: previous.versionHash } },
        { decision: { equals: 'reject' } },
      ],
    },
    sort: 'at',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return {
    previous: { versionHash: previous.versionHash, submittedAt: previous.at },
    changes: textChanges(await reviewableTexts(slug, reviewed), await reviewableTexts(slug, doc)),
    feedback: rejections.docs.map((s) => ({
      stage: s.stage,
      reviewer: s.reviewerName ?? '',
      comment: s.comment ?? null,
      anchors: (s.anchors as Anchor[] | null | undefined) ?? [],
      at: s.at,
    })),
  }
}

export const submitForReview = async (req: PayloadRequest, slug: ReviewableSlug, id: string) => {
  if (!checkRole(['editor'], req.user) && !checkRole(['admin'], req.user)) throw fail(req, 'workflow-forbidden', 403)
  const { doc, hash, state, context } = await load(req, slug, id)
  const next = move(req, state, 'submit')
  const findings = await runPreflight(req, slug, doc, context)
  if (findings.some((f) => f.severity === 'block')) throw new PreflightBlocked(findings)
  await write(req, slug, doc.id, { state: next, fields: { submittedAt: new Date().toISOString() } }, { draft: true })
  await recordAuditEvent(req, {
    action: 'workflow.submitted',
    targetCollection: slug,
    targetId: doc.id,
    versionHash: hash,
    detail: { warnings: findings.length },
  })
  return { state: next, versionHash: hash, warnings: findings }
}

const reviewerName = async (req: PayloadRequest, user: User) => {
  const departmentId = idOf(user.department)
  const department = departmentId
    ? await req.payload.findByID({
        collection: SLUGS.departments,
        id: departmentId,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
    : null
  return department ? `${user.name}（${department.name}）` : String(user.name ?? user.email)
}

export const decide = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  id: string,
  input: {
    decision: 'approve' | 'reject'
    stage: StageName
    versionHash: string
    comment?: string
    anchors?: unknown
  },
) => {
  if (!req.user) throw fail(req, 'workflow-forbidden', 403)
  if (input.decision === 'reject' && !input.comment?.trim())
    throw new CodedError('comment-required', 400, language(req), {}, 'comment')
  const { doc, hash, state, context } = await load(req, slug, id)
  const reviewer = { id: req.user.id, roles: req.user.roles ?? [], qualifications: req.user.qualifications ?? [] }
  const refusal = checkSignOff({
    rules: context.rules,
    stage: input.stage,
    reviewer,
    signOffs: context.approvals,
    authorIds: context.authorIds,
    automaticSatisfied: context.consentProblems.length === 0,
  })
  if (refusal) {
    const rule = context.rules.find((r) => r.stage === input.stage)
    const missing = rule ? missingQualifications(rule, context.approvals) : []
    throw fail(req, refusal, REFUSAL_STATUS[refusal], {
      stage: rule?.label[language(req)] ?? input.stage,
      qualification: missing
        .map((q) => QUALIFICATION_LABELS[q][language(req)])
        .join(language(req) === 'zh' ? '、' : ', '),
    })
  }
  if (input.versionHash !== hash) throw fail(req, 'stale-version', 409)
  const placed = resolveAnchors(input.anchors, await reviewableTexts(slug, doc), DEFAULT_LOCALE)
  if ('problem' in placed)
    throw new CodedError(
      'anchor-invalid',
      400,
      language(req),
      { index: placed.index, reason: ANCHOR_PROBLEMS[placed.problem][language(req)] },
      'anchors',
    )
  const approvalsAfter =
    input.decision === 'approve'
      ? [...context.approvals, { stage: input.stage, reviewerId: reviewer.id, qualifications: reviewer.qualifications }]
      : context.approvals
  let action: WorkflowAction = 'signOff'
  if (input.decision === 'reject') action = 'reject'
  else if (allStagesSatisfied(context.rules, approvalsAfter, context.consentProblems.length === 0)) action = 'complete'
  const next = move(req, state, action)
  await req.payload.create({
    collection: SLUGS.signOffs,
    data: {
      targetCollection: slug,
      targetId: String(doc.id),
      versionHash: hash,
      stage: input.stage,
      decision: input.decision,
      reviewer: req.user.id,
      reviewerName: await reviewerName(req, req.user),
      qualifications: reviewer.qualifications,
      comment: input.comment?.trim() || null,
      anchors: placed.anchors.length ? placed.anchors : null,
      at: new Date().toISOString(),
    },
    overrideAccess: true,
    req,
  })
  if (next !== state) await write(req, slug, doc.id, { state: next }, { draft: true })
  await recordAuditEvent(req, {
    action: input.decision === 'approve' ? 'workflow.approved' : 'workflow.rejected',
    targetCollection: slug,
    targetId: doc.id,
    versionHash: hash,
    detail: {
      stage: input.stage,
      comment: input.comment?.trim() || null,
      anchors: placed.anchors.length,
      state: next,
    },
  })
  return { state: next, versionHash: hash }
}

export const publish = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  id: string,
  input: {
    versionHash?: string
    channels?: (string | number)[]
    at?: Date
    campaign?: string | number | null
    publishedAt?: string
  },
) => {
  if (!checkRole(['publisher'], req.user) && !checkRole(['admin'], req.user)) throw fail(req, 'workflow-forbidden', 403)
  const { doc, hash, state, context } = await load(req, slug, id)
  if (input.versionHash && input.versionHash !== hash) throw fail(req, 'stale-version', 409)
  const next = move(req, state, 'publish')
  if (!allStagesSatisfied(context.rules, context.approvals, context.consentProblems.length === 0))
    throw fail(req, 'not-approved', 409)
  // Every channel is checked before anything is written: SQLite runs without transactions, so a
  // refused channel must stop the publish before it starts, not roll it back.
  // A holding statement goes to the channels it was drafted for unless the publisher names others.
  const channels = input.channels?.length ? input.channels : statementChannelsOf(doc)
  const upcoming = channels.length ? await loadSnapshot(req, slug, doc.id, 'latest') : null
  for (const channel of channels) {
    await prepareDistribution(
      req,
      {
        contentCollection: slug,
        contentId: String(doc.id),
        channel,
        scheduledAt: (input.at ?? new Date()).toISOString(),
        campaign: input.campaign ?? null,
      },
      upcoming ?? undefined,
    )
  }
  // `publishedAt` is only ever given by the demo seed (backdated demo content), never over HTTP.
  const before = await loadLive(req, slug, doc.id)
  await write(req, slug, doc.id, { state: next, publishedAt: input.publishedAt }, { draft: false, status: 'published' })
  await reindexForSearch(req, slug, doc.id)
  await refreshMediaVisibility(req, [...linkedMediaOf(before), ...linkedMediaOf(await loadLive(req, slug, doc.id))])
  // Re-published after an edit: what was waiting for the old version goes out as this one.
  await replaceSuperseded(req, slug, doc.id)
  await recordAuditEvent(req, {
    action: 'workflow.published',
    targetCollection: slug,
    targetId: doc.id,
    versionHash: hash,
  })
  await recordPublicChange(req, slug, doc.id, 'publish')
  // A co-created piece: its submitter hears that it went public.
  if (idOf(doc.submission) !== null) await markSubmissionPublished(req, slug, doc.id)
  // An incident's statement: the incident is answered, and its timeline says with which version.
  await statementPublished(req, doc, hash, channels)
  // Its contributors earn the active 稿件发布 rules' points, once per piece (src/incentives); a
  // holding statement answers a crisis and earns nobody points.
  if (!isStatement(doc)) await grantForPublication(req, slug, doc.id)
  // In the same transaction: a channel the content cannot go to refuses the whole publish.
  const distributions = channels.length
    ? await createForChannels(req, slug, doc.id, channels, input.at ?? new Date(), input.campaign)
    : []
  return {
    state: next,
    versionHash: hash,
    distributions: distributions.map((d) => ({
      id: d.id,
      channel: d.channel,
      scheduledAt: d.scheduledAt,
      status: d.status,
    })),
  }
}

export const withdraw = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  id: string,
  input: { reason: string; state?: 'withdrawn' | 'review_expired'; cause?: string; bySystem?: boolean },
) => {
  // `bySystem`: the product itself withdraws (a linked record changed under published content),
  // whoever made the change that set it off; never reachable over HTTP.
  const allowed =
    input.bySystem ||
    (req.user === null || req.user === undefined
      ? input.cause !== undefined
      : checkRole(['publisher', 'privacy-officer', 'admin'], req.user))
  if (!allowed) throw fail(req, 'workflow-forbidden', 403)
  if (!input.reason?.trim()) throw new CodedError('reason-required', 400, language(req), {}, 'reason')
  const { doc, hash, state: latest } = await load(req, slug, id)
  // What is withdrawn is the publication: a published piece with an unreviewed edit waiting as
  // a draft is still published, and withdrawing it takes the published row offline.
  const live = await loadLive(req, slug, doc.id)
  const state: WorkflowState = isLive(live) ? 'published' : latest
  const next = input.state === 'review_expired' ? move(req, state, 'expire') : move(req, state, 'withdraw')
  await write(req, slug, doc.id, { state: next }, { draft: false, status: 'draft' })
  await reindexForSearch(req, slug, doc.id)
  await refreshMediaVisibility(req, linkedMediaOf(live))
  await retractContent(req, slug, doc.id, input.reason.trim())
  await recordAuditEvent(req, {
    action: next === 'review_expired' ? 'workflow.expired' : 'workflow.withdrawn',
    targetCollection: slug,
    targetId: doc.id,
    versionHash: hash,
    detail: { reason: input.reason.trim(), cause: input.cause ?? 'manual' },
  })
  await recordPublicChange(req, slug, doc.id, 'withdraw')
  // A co-created piece that was public: its submitter learns it is no longer shown.
  if (isLive(live) && idOf(doc.submission) !== null) await markSubmissionTakenDown(req, slug, doc.id)
  return { state: next, versionHash: hash }
}

/**
 * A linked record the version's hash covers changed (an author's title, a KOL's disclosure):
 * sign-offs for the old version no longer apply, so a piece in review or approved returns to
 * draft. Published pieces are withdrawn by the caller instead.
 */
export const voidReview = async (req: PayloadRequest, slug: ReviewableSlug, id: string | number, reason: string) => {
  const { doc, hash, state } = await load(req, slug, String(id))
  if (state === 'draft') return
  const next = move(req, state, 'edit')
  await write(req, slug, doc.id, { state: next, fields: { voidedReason: reason } }, { draft: true })
  await recordAuditEvent(req, {
    action: 'workflow.voided',
    targetCollection: slug,
    targetId: doc.id,
    versionHash: hash,
    detail: { previousState: state, reason },
  })
}

/** 待我审核: documents in review whose next open stage the signed-in person may sign now. */
export const reviewQueue = async (req: PayloadRequest) => {
  if (!req.user) throw fail(req, 'workflow-forbidden', 403)
  const reviewer = { id: req.user.id, roles: req.user.roles ?? [], qualifications: req.user.qualifications ?? [] }
  const items: {
    collection: ReviewableSlug
    id: string | number
    title: string
    stage: StageName
    stageLabel: string
    submittedAt: string | null
    versionHash: string
    /** The stage is routed to this reviewer (their department or topics), not only open to them. */
    routed: boolean
    /** When the stage's time runs out (review settings). */
    dueAt: string | null
  }[] = []
  const [reviewers, settings] = await Promise.all([loadReviewers(req), deadlineSettings(req)])
  for (const slug of [SLUGS.articles, SLUGS.patientStories] as const) {
    const waiting = await req.payload.find({
      collection: slug,
      where: { 'workflow.state': { equals: 'in_review' } },
      draft: true,
      depth: 0,
      limit: 100,
      overrideAccess: true,
      req,
    })
    for (const summary of waiting.docs) {
      const { doc, hash, context } = await load(req, slug, String(summary.id))
      for (const rule of context.rules) {
        const refusal = checkSignOff({
          rules: context.rules,
          stage: rule.stage,
          reviewer,
          signOffs: context.approvals,
          authorIds: context.authorIds,
          automaticSatisfied: context.consentProblems.length === 0,
        })
        if (refusal === null) {
          const open = doc.workflow?.submittedAt
            ? openStage(
                context.rules,
                context.approvals,
                new Date(doc.workflow.submittedAt),
                context.consentProblems.length === 0,
              )
            : null
          const routed = routeStage(rule, reviewers, {
            departmentId: context.departmentId,
            topicIds: context.topicIds,
          }).some((r) => String(r.id) === String(reviewer.id))
          const title =
            doc.title && typeof doc.title === 'object' ? (doc.title['zh-CN'] ?? Object.values(doc.title)[0]) : doc.title
          items.push({
            collection: slug,
            id: doc.id,
            title: String(title ?? ''),
            stage: rule.stage,
            stageLabel: rule.label[language(req)],
            submittedAt: doc.workflow?.submittedAt ?? null,
            versionHash: hash,
            routed,
            dueAt: open && open.stage === rule.stage ? dueAt(open, settings).toISOString() : null,
          })
          break
        }
      }
    }
  }
  // What is routed to the reviewer first, the earliest deadline first.
  items.sort((a, b) => Number(b.routed) - Number(a.routed) || (a.dueAt ?? '~').localeCompare(b.dueAt ?? '~'))
  return { items }
}
