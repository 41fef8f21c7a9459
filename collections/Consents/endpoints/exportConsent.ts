import type { Endpoint } from 'payload'

import { checkRole } from '@/access/checkRole'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { subjectAccessArchive } from '@/privacy/payload/subjectAccess'

/**
 * GET /api/consents/:id/export — everything held about the person, as a signed zip, for their
 * request to see their data. Privacy officers and admins; recorded in the audit trail.
 */
export const exportConsent: Endpoint = {
  path: '/:id/export',
  method: 'get',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    if (!checkRole(['privacy-officer', 'admin'], req.user)) throw new CodedError('erase-forbidden', 403, language)
    const routeId = req.routeParams?.id
    const { archive, reference } = await subjectAccessArchive(req, typeof routeId === 'string' ? routeId : '')
    const filename = `subject-access-${reference.replace(/[^\w.-]+/g, '_')}.zip`
    return new Response(Buffer.from(archive), {
      headers: {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}
