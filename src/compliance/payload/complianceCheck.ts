// POST /api/compliance/check {text, kind, consentId?} → {findings}: live linting for the admin.
// With a consentId the text is also checked for the patient's real name — which makes the
// endpoint a way to test guesses of that name, so only those who may read the name use it
// (privacy officers, admins, and the editors of the story the consent belongs to), requests are
// small and rate-limited, and a name finding never carries the matched text.
import type { Endpoint, PayloadRequest } from 'payload'
import { RateLimiterMemory } from 'rate-limiter-flexible'

import { SLUGS } from '../../../collections/slugs'
import { checkRole } from '@/access/checkRole'
import { STAFF_ROLES } from '@/access/roles'
import { idOf } from '@/db/relationIds'
import { env } from '@/env'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { readJsonBody } from '@/http/readJsonBody'
import { patientNamesOf } from '@/privacy/payload/patientNames'
import { loadClaimChecks } from './loadFrames'
import { loadLexicon } from './loadLexicon'
import { scanText } from '../rules/scanners'
import type { ContentKind } from '../rules/scanners/types'

const KINDS: readonly ContentKind[] = ['article', 'patient-story', 'campaign']
/** A long article is about 10,000 characters; twice that is room enough for any real piece. */
export const CHECK_TEXT_LIMIT = 20_000

// Per person, per server instance: live linting calls this a few times a minute while typing.
const checks = new RateLimiterMemory({
  keyPrefix: 'compliance-check',
  points: env.complianceCheckRateLimit,
  duration: 60,
})

/** True when the user created or edited (in this round) a story that uses the consent. */
const editsStoryWithConsent = async (req: PayloadRequest, consentId: string | number): Promise<boolean> => {
  const userId = String(req.user?.id)
  for (const draft of [true, false]) {
    const { docs } = await req.payload.find({
      collection: SLUGS.patientStories,
      where: { consent: { equals: consentId } },
      draft,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { workflow: true } as never,
    })
    for (const story of docs as { workflow?: Record<string, unknown> }[]) {
      const people = [
        idOf(story.workflow?.createdBy),
        idOf(story.workflow?.lastEditedBy),
        ...(Array.isArray(story.workflow?.contributors) ? story.workflow.contributors.map(idOf) : []),
      ]
      if (people.some((id) => id !== null && String(id) === userId)) return true
    }
  }
  return false
}

export const complianceCheck: Endpoint = {
  path: '/compliance/check',
  method: 'post',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    if (!checkRole(STAFF_ROLES, req.user)) throw new CodedError('check-forbidden', 403, language)
    try {
      await checks.consume(String(req.user!.id))
    } catch {
      throw new CodedError('check-rate-limited', 429, language)
    }
    const body = (await readJsonBody(req)) as { text?: unknown; kind?: unknown; consentId?: unknown } | undefined
    const text = body?.text
    const kind = body?.kind as ContentKind
    if (typeof text !== 'string' || text.length > CHECK_TEXT_LIMIT || !KINDS.includes(kind)) {
      throw new CodedError('check-bad-request', 400, language, { limit: CHECK_TEXT_LIMIT })
    }
    const patientNames: string[] = []
    const consentId = body?.consentId
    if (consentId !== undefined && consentId !== null && consentId !== '') {
      if (
        (typeof consentId !== 'string' && typeof consentId !== 'number') ||
        !/^[\w-]{1,64}$/.test(String(consentId))
      ) {
        throw new CodedError('check-bad-request', 400, language, { limit: CHECK_TEXT_LIMIT }, 'consentId')
      }
      // The same answer whether the consent exists or not: nothing to learn about other consents.
      const allowed =
        checkRole(['privacy-officer', 'admin'], req.user) ||
        (checkRole(['editor'], req.user) && (await editsStoryWithConsent(req, consentId)))
      if (!allowed) throw new CodedError('check-consent-forbidden', 403, language, {}, 'consentId')
      const names = await patientNamesOf(req, String(consentId))
      if (!names) throw new CodedError('consent-not-found', 404, language)
      patientNames.push(...names)
    }
    const findings = scanText(text, {
      kind,
      lexicon: await loadLexicon(req),
      ...(await loadClaimChecks(req)),
      patientNames,
      publishedNumbers: env.publishedNumbers,
    })
    // Where the name stands is enough to fix it; the matched text would only confirm a guess.
    return Response.json({ findings: findings.map((f) => (f.code === 'pii-patient-name' ? { ...f, match: '' } : f)) })
  },
}
