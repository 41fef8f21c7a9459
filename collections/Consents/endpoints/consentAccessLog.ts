import type { Endpoint } from 'payload'

import { checkRole } from '@/access/checkRole'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { accessRecord } from '@/privacy/payload/subjectAccess'
import { findRawConsent } from '@/privacy/payload/erasure'

/** GET /api/consents/:id/access-log — who read, exported or changed this person's data, and why. Privacy officers and admins. */
export const consentAccessLog: Endpoint = {
  path: '/:id/access-log',
  method: 'get',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    if (!checkRole(['privacy-officer', 'admin'], req.user)) throw new CodedError('erase-forbidden', 403, language)
    const routeId = req.routeParams?.id
    const consent = await findRawConsent(req, typeof routeId === 'string' ? routeId : '')
    if (!consent) throw new CodedError('consent-not-found', 404, language)
    const document = consent.document
    const documentId = document && typeof document === 'object' ? document.id : document
    return Response.json({ events: await accessRecord(req, consent.id, documentId) })
  },
}
