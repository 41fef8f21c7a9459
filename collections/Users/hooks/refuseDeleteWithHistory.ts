// A user who signed content or appears in the audit trail keeps existing: sign-offs point at
// them (and the database refuses to orphan them), audit events name them. Deactivate instead.
import type { CollectionBeforeDeleteHook } from 'payload'

import { DeleteRefusedError } from '@/errors/DeleteRefusedError'
import { pickLanguage } from '@/errors/messages'
import { SLUGS } from '../../slugs'

export const refuseDeleteWithHistory: CollectionBeforeDeleteHook = async ({ req, id }) => {
  const [signOffs, auditEvents] = await Promise.all([
    req.payload.count({ collection: SLUGS.signOffs, where: { reviewer: { equals: id } }, overrideAccess: true, req }),
    req.payload.count({
      collection: SLUGS.auditEvents,
      where: { actorId: { equals: String(id) } },
      overrideAccess: true,
      req,
    }),
  ])
  if (signOffs.totalDocs > 0 || auditEvents.totalDocs > 0) {
    throw new DeleteRefusedError('user-has-history', pickLanguage(req.i18n?.language), {
      signOffs: signOffs.totalDocs,
      auditEvents: auditEvents.totalDocs,
    })
  }
}
