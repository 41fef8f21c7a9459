// 审核时限 in the product: for every piece in review, the stage waiting on people, its deadline
// from the review settings, and the reminder or escalation due at `now` — each sent once per
// stage per round (the audit trail remembers which) to the reviewers the stage is routed to, and
// an escalation also to the head of the piece's department. E-mail, and 企业微信 when configured.
import type { PayloadRequest } from 'payload'

import { GLOBALS, SLUGS } from '../../../collections/slugs'
import { auditEventsOn, recordAuditEvent } from '@/audit/recordAuditEvent'
import { idOf } from '@/db/relationIds'
import { env } from '@/env'
import { sendMail } from '@/notifications/adapters/email'
import { sendWecom, wecomEnabled } from '@/notifications/adapters/wecom'
import { deadlineNotice } from '@/notifications/rules/messages'
import { type DeadlineAction, type DeadlineSettings, deadlineActions, dueAt, openStage } from '../rules/deadlines'
import { type RoutableReviewer, routeStage } from '../rules/routing'
import type { StageRule } from '../rules/policy'
import { REVIEWABLE_SLUGS, type ReviewableSlug, hashVersion, loadAllLocales } from './reviewable'
import { loadReviewContext } from './reviewContext'

const ACTIONS: Record<DeadlineAction, string> = { remind: 'review.reminded', escalate: 'review.escalated' }

export type StaffUser = RoutableReviewer & { email: string; name: string }

/** Every account that may review something, with what routing reads. */
export const loadReviewers = async (req: PayloadRequest): Promise<StaffUser[]> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.users,
    where: { roles: { in: ['medical-reviewer', 'privacy-officer', 'compliance-reviewer', 'operations'] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs
    .filter((u) => !u.deactivated)
    .map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      roles: u.roles ?? [],
      qualifications: u.qualifications ?? [],
      departmentId: idOf(u.department),
      topicIds: (Array.isArray(u.reviewTopics) ? u.reviewTopics : []).map((t) => idOf(t)!),
    }))
}

export const deadlineSettings = async (req: PayloadRequest): Promise<DeadlineSettings> => {
  const settings = await req.payload.findGlobal({ slug: GLOBALS.reviewSettings, depth: 0, overrideAccess: true, req })
  return {
    slaHours: settings.slaHours ?? {},
    reminderHoursBefore: settings.reminderHoursBefore ?? 8,
  }
}

/** The reminders and escalations already sent for this piece, by stage and round. */
const doneFor = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  id: string | number,
  stage: string,
  round: string,
) => {
  const docs = await auditEventsOn(req, slug, id, Object.values(ACTIONS))
  const done = new Set<DeadlineAction>()
  for (const event of docs) {
    const detail = (event.detail ?? {}) as { stage?: string; round?: string }
    if (detail.stage !== stage || detail.round !== round) continue
    done.add(event.action === ACTIONS.remind ? 'remind' : 'escalate')
  }
  return done
}

const titleOf = (doc: { title?: unknown }) =>
  String(doc.title && typeof doc.title === 'object' ? (Object.values(doc.title)[0] ?? '') : (doc.title ?? ''))

/** One pass over the pieces in review, as of `now`. Returns what was sent. */
export const runReviewDeadlines = async (req: PayloadRequest, now: Date) => {
  const settings = await deadlineSettings(req)
  const reviewers = await loadReviewers(req)
  const sent: { collection: string; id: string | number; stage: string; action: DeadlineAction }[] = []
  for (const slug of REVIEWABLE_SLUGS) {
    const waiting = await req.payload.find({
      collection: slug,
      where: { 'workflow.state': { equals: 'in_review' } },
      draft: true,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { workflow: true },
    })
    for (const summary of waiting.docs) {
      const doc = await loadAllLocales(req, slug, String(summary.id))
      const round = doc?.workflow?.submittedAt
      if (!doc || !round) continue
      const { hash } = await hashVersion(req, slug, doc)
      const context = await loadReviewContext(req, slug, doc, doc.id, hash)
      const open = openStage(context.rules, context.approvals, new Date(round), context.consentProblems.length === 0)
      if (!open) continue
      const actions = deadlineActions(open, settings, now, await doneFor(req, slug, doc.id, open.stage, round))
      if (actions.length === 0) continue
      const rule = context.rules.find((r) => r.stage === open.stage) as StageRule
      const routed = routeStage(rule, reviewers, { departmentId: context.departmentId, topicIds: context.topicIds })
      const head = reviewers.find((r) => String(r.id) === String(context.departmentHeadId))
      for (const action of actions) {
        const recipients = action === 'escalate' && head ? [...routed.filter((r) => r.id !== head.id), head] : routed
        const notice = deadlineNotice({
          action,
          title: titleOf(doc),
          stage: rule.label.zh,
          dueAt: dueAt(open, settings),
          reviewers: routed.map((r) => r.name),
          timeZone: env.timezone,
        })
        for (const person of recipients) {
          await sendMail(
            person.email,
            notice,
            `<review-${slug}-${doc.id}-${open.stage}-${action}-${person.id}-${Date.parse(round)}@cms.local>`,
          )
        }
        if (wecomEnabled()) await sendWecom(notice)
        await recordAuditEvent(req, {
          action: ACTIONS[action],
          targetCollection: slug,
          targetId: doc.id,
          versionHash: hash,
          detail: {
            stage: open.stage,
            round,
            dueAt: dueAt(open, settings).toISOString(),
            asOf: now.toISOString(),
            to: recipients.map((r) => r.id),
            escalatedTo: action === 'escalate' ? (head?.id ?? null) : null,
          },
        })
        sent.push({ collection: slug, id: doc.id, stage: open.stage, action })
      }
    }
  }
  return sent
}
