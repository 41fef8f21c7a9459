// POST /api/compliance/check {text, kind, consentId?} → {findings}: live linting for the admin.
import type { Endpoint } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { checkRole } from '../../access/checkRole'
import { STAFF_ROLES } from '../../access/roles'
import { env } from '../../env'
import { CodedError } from '../../errors/CodedError'
import { pickLanguage } from '../../errors/messages'
import { loadLexicon } from '../loadLexicon'
import { scanText } from '../scanners'
import type { ContentKind } from '../scanners/types'

const KINDS: readonly ContentKind[] = ['article', 'patient-story', 'campaign']
export const CHECK_TEXT_LIMIT = 50_000

export const complianceCheck: Endpoint = {
  path: '/compliance/check',
  method: 'post',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    if (!checkRole(STAFF_ROLES, req.user)) throw new CodedError('check-forbidden', 403, language)
    const body = (req.json ? await req.json().catch(() => undefined) : undefined) as { text?: unknown; kind?: unknown; consentId?: unknown } | undefined
    const text = body?.text
    const kind = body?.kind as ContentKind
    if (typeof text !== 'string' || text.length > CHECK_TEXT_LIMIT || !KINDS.includes(kind)) {
      throw new CodedError('check-bad-request', 400, language, { limit: CHECK_TEXT_LIMIT })
    }
    // The patient's real name is read server-side only; it never appears in the response
    // unless the caller's own text contains it.
    const patientNames: string[] = []
    if (body?.consentId !== undefined && body.consentId !== null && body.consentId !== '') {
      const consent = await req.payload.findByID({ collection: SLUGS.consents, id: String(body.consentId), depth: 0, overrideAccess: true, req, disableErrors: true })
      if (!consent) throw new CodedError('consent-not-found', 404, language)
      patientNames.push(consent.patientName, ...(consent.guardianName ? [consent.guardianName] : []))
    }
    const findings = scanText(text, { kind, lexicon: await loadLexicon(req), patientNames, publishedNumbers: env.publishedNumbers })
    return Response.json({ findings })
  },
}
