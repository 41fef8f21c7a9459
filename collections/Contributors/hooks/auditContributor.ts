import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from '@/audit/recordAuditEvent'
import type { Contributor } from '@/payload-types'
import { SLUGS } from '../../slugs'

export const auditContributor: CollectionAfterChangeHook<Contributor> = async ({ doc, operation, req }) => {
  await recordAuditEvent(req, {
    action: operation === 'create' ? 'contributor.created' : 'contributor.updated',
    targetCollection: SLUGS.contributors,
    targetId: doc.id,
    detail: { kind: doc.kind, key: doc.key },
  })
  return doc
}
