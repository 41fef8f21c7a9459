import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from '@/audit/recordAuditEvent'
import type { ClaimFrame } from '@/payload-types'
import { SLUGS } from '../../slugs'

const setting = (doc: Partial<ClaimFrame>) => ({
  frameId: doc.frameId,
  enabled: doc.enabled,
  suggestion: doc.suggestion ?? null,
})

/** Every change to a claim frame's setting is audited, with the setting before and after. */
export const auditFrameChange: CollectionAfterChangeHook<ClaimFrame> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  // Rows written at start, and titles refreshed from the shipped frames, are not reviewers' changes.
  if (operation === 'create' || context.frameTitleOnly) return doc
  await recordAuditEvent(req, {
    action: 'claim-frame.updated',
    targetCollection: SLUGS.claimFrames,
    targetId: doc.id,
    detail: { before: setting(previousDoc ?? {}), after: setting(doc) },
  })
  return doc
}
