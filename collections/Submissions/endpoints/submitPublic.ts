import type { Endpoint } from 'payload'

import { CHANNEL_KINDS } from '../../slugs'
import { env, payloadSecret } from '@/env'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { readJsonBody } from '@/http/readJsonBody'
import { createPublicSubmission } from '@/submissions/payload/service'
import { consentTextHash, currentConsentText } from '@/submissions/rules/consentText'
import { challengeDigest, checkSolution } from '@/submissions/rules/proofOfWork'
import { validateSubmission } from '@/submissions/rules/submissionRules'

/**
 * POST /api/submissions/submit — the public form's submission, anonymous. The proof of work is
 * checked first (cheap for the server), then the rate limit, then every field; a story about a
 * patient carries the signed consent. Answers the reference and the tracking token, once.
 */
export const submitPublic: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    const body = (await readJsonBody(req)) as Record<string, unknown> | undefined
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw new CodedError('submission-field-invalid', 400, language, { field: 'body' })
    const pow = (body.pow ?? {}) as { token?: unknown; nonce?: unknown }
    const refusal = checkSolution(payloadSecret(), pow.token, pow.nonce, {
      now: Date.now(),
      minDifficulty: env.submissionPowDifficulty,
    })
    if (refusal === 'expired') throw new CodedError('submission-pow-expired', 409, language, {}, 'pow')
    if (refusal) throw new CodedError('submission-pow-invalid', 400, language, {}, 'pow')
    const text = currentConsentText()
    const checked = validateSubmission(body, {
      channelKinds: CHANNEL_KINDS.filter((kind) => kind !== 'webhook'),
      consentText: { version: text.version, hash: consentTextHash(text) },
    })
    if (!checked.ok) {
      const { code, field, params } = checked.problem
      throw new CodedError(code, 400, language, { field, ...params }, field)
    }
    const created = await createPublicSubmission(req, checked.value, {
      challengeHash: challengeDigest(String(pow.token)),
    })
    return Response.json(created, { status: 201, headers: { 'cache-control': 'no-store' } })
  },
}
