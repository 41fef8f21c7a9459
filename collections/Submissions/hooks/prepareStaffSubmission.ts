import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { recordAuditEvent } from '@/audit/recordAuditEvent'
import type { Submission } from '@/payload-types'
import {
  newSubmissionReference,
  newTrackingToken,
  piiFindingsOf,
  PUBLIC_SUBMISSION,
  trackingHashOf,
} from '@/submissions/payload/service'
import { SLUGS } from '../../slugs'

/**
 * 院内投稿: a member of staff sends a submission from the admin. Whatever the form sent, it is
 * theirs, from staff, and waits for triage; the rest (status, links, notes) only endpoints set.
 */
export const prepareStaffSubmission: CollectionBeforeChangeHook<Submission> = ({ data, operation, req, context }) => {
  if (operation !== 'create' || context[PUBLIC_SUBMISSION]) return data
  const now = new Date().toISOString()
  const prepared = {
    ...data,
    reference: newSubmissionReference(),
    status: 'received' as const,
    source: 'staff' as const,
    submitterRole: 'staff' as const,
    // Staff are reached through their account: no name or contact of their own here.
    submittedBy: req.user?.id,
    submitterName: undefined,
    contact: undefined,
    consent: null,
    piece: null,
    triageNote: null,
    files: [],
    piiFindings: piiFindingsOf({ title: String(data.title ?? ''), body: String(data.body ?? '') }),
    history: [{ status: 'received', at: now }],
    trackingHash: trackingHashOf(newTrackingToken()),
  }
  return prepared
}

export const auditStaffSubmission: CollectionAfterChangeHook<Submission> = async ({ doc, operation, req, context }) => {
  if (operation !== 'create' || context[PUBLIC_SUBMISSION]) return doc
  await recordAuditEvent(req, {
    action: 'submission.received',
    targetCollection: SLUGS.submissions,
    targetId: doc.id,
    detail: { kind: doc.kind, submitterRole: 'staff', source: 'staff' },
  })
  return doc
}
