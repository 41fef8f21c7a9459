import type { Endpoint } from 'payload'

import { checkRole } from '@/access/checkRole'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { readJsonBody } from '@/http/readJsonBody'
import { eraseConsentData } from '@/privacy/payload/erasure'

/**
 * POST /api/consents/:id/erase {reason} — erases the person's identifying data by destroying their
 * keys (src/privacy/payload/erasure.ts). Privacy officers and admins; after revocation, or once the
 * retention period has run.
 */
export const eraseConsent: Endpoint = {
  path: '/:id/erase',
  method: 'post',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    if (!checkRole(['privacy-officer', 'admin'], req.user)) throw new CodedError('erase-forbidden', 403, language)
    const body = (await readJsonBody(req)) as { reason?: unknown } | undefined
    const reason = typeof body?.reason === 'string' ? body.reason.trim() : ''
    if (!reason) throw new CodedError('erase-reason-required', 400, language, {}, 'reason')
    const routeId = req.routeParams?.id
    return Response.json(await eraseConsentData(req, typeof routeId === 'string' ? routeId : '', reason))
  },
}
