import type { Endpoint } from 'payload'

import { checkRole } from '@/access/checkRole'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { readJsonBody } from '@/http/readJsonBody'
import { withTransaction } from '@/http/withTransaction'
import { SLUGS } from '../../slugs'

/**
 * POST /api/consents/:id/revoke {reason} — the patient withdrew their consent. Privacy officers
 * and admins only. Linked stories disappear from the public API in the same transaction.
 */
export const revokeConsent: Endpoint = {
  path: '/:id/revoke',
  method: 'post',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    if (!checkRole(['privacy-officer', 'admin'], req.user)) throw new CodedError('revoke-forbidden', 403, language)
    const body = (await readJsonBody(req)) as { reason?: unknown } | undefined
    const reason = typeof body?.reason === 'string' ? body.reason.trim() : ''
    if (!reason) throw new CodedError('revoke-reason-required', 400, language, {}, 'reason')
    const routeId = req.routeParams?.id
    const id = typeof routeId === 'string' ? routeId : ''
    const result = await withTransaction(req, async () => {
      const consent = await req.payload.findByID({
        collection: SLUGS.consents,
        id,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })
      if (!consent) throw new CodedError('consent-not-found', 404, language)
      if (consent.status === 'revoked') throw new CodedError('consent-already-revoked', 409, language)
      const updated = await req.payload.update({
        collection: SLUGS.consents,
        id,
        data: { status: 'revoked', revokedAt: new Date().toISOString(), revocationReason: reason },
        overrideAccess: true,
        req,
      })
      const stories = await req.payload.find({
        collection: SLUGS.patientStories,
        where: { consent: { equals: id } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      return {
        consent: { id: updated.id, status: updated.status, revokedAt: updated.revokedAt },
        withdrawnStories: stories.docs.map((story) => story.id),
      }
    })
    return Response.json(result)
  },
}
