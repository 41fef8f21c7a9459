import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from '../../../src/audit/recordAuditEvent'
import { SLUGS } from '../../slugs'

// Field names only: the audit trail must not become a second copy of the patient's identity.
const changedFields = (doc: Record<string, unknown>, previous: Record<string, unknown>) =>
  Object.keys(doc).filter((key) => !['updatedAt', 'createdAt'].includes(key) && JSON.stringify(doc[key]) !== JSON.stringify(previous[key]))

export const auditConsentChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const revoked = operation === 'update' && previousDoc?.status !== 'revoked' && doc.status === 'revoked'
  await recordAuditEvent(req, {
    action: operation === 'create' ? 'consent.created' : revoked ? 'consent.revoked' : 'consent.updated',
    targetCollection: SLUGS.consents,
    targetId: doc.id,
    detail: {
      status: doc.status,
      ...(operation === 'update' ? { fields: changedFields(doc, previousDoc ?? {}) } : {}),
      ...(revoked && doc.revocationReason ? { reason: doc.revocationReason } : {}),
    },
  })
  return doc
}
