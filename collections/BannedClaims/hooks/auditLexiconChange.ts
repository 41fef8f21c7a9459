import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { recordAuditEvent } from '@/audit/recordAuditEvent'
import type { BannedClaim } from '@/payload-types'
import { SLUGS } from '../../slugs'

const entry = (doc: Partial<BannedClaim>) => ({
  term: doc.term,
  category: doc.category,
  severity: doc.severity,
  enabled: doc.enabled,
})

export const auditLexiconChange: CollectionAfterChangeHook<BannedClaim> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  await recordAuditEvent(req, {
    action: operation === 'create' ? 'lexicon.created' : 'lexicon.updated',
    targetCollection: SLUGS.bannedClaims,
    targetId: doc.id,
    detail: operation === 'create' ? entry(doc) : { before: entry(previousDoc ?? {}), after: entry(doc) },
  })
  return doc
}

export const auditLexiconDelete: CollectionAfterDeleteHook<BannedClaim> = async ({ doc, req }) => {
  await recordAuditEvent(req, {
    action: 'lexicon.deleted',
    targetCollection: SLUGS.bannedClaims,
    targetId: doc.id,
    detail: entry(doc),
  })
  return doc
}
