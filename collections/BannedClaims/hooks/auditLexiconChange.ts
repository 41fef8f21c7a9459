import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { recordAuditEvent } from '../../../src/audit/recordAuditEvent'
import { SLUGS } from '../../slugs'

const entry = (doc: Record<string, unknown>) => ({ term: doc.term, category: doc.category, severity: doc.severity, enabled: doc.enabled })

export const auditLexiconChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  await recordAuditEvent(req, {
    action: operation === 'create' ? 'lexicon.created' : 'lexicon.updated',
    targetCollection: SLUGS.bannedClaims,
    targetId: doc.id,
    detail: operation === 'create' ? entry(doc) : { before: entry(previousDoc ?? {}), after: entry(doc) },
  })
  return doc
}

export const auditLexiconDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recordAuditEvent(req, { action: 'lexicon.deleted', targetCollection: SLUGS.bannedClaims, targetId: doc.id, detail: entry(doc) })
  return doc
}
