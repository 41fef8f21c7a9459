import { randomBytes } from 'node:crypto'

import type { Endpoint } from 'payload'

import { SLUGS } from '../../slugs'
import { CHANNEL_KIND_OPTIONS } from '../../slugs'
import { env, payloadSecret } from '@/env'
import { consentTextHash, currentConsentText } from '@/submissions/rules/consentText'
import { issueChallenge } from '@/submissions/rules/proofOfWork'
import { CONSENT_USES, LIMITS, PUBLIC_SUBMITTER_ROLES, SUBMISSION_KINDS } from '@/submissions/rules/submissionRules'
import { KIND_LABELS, ROLE_LABELS } from '../labels'

const USE_LABELS = { text: '文字经历', photos: '照片', voice: '声音', face: '面部影像' } as const

/**
 * GET /api/submissions/form — what the public form needs: a fresh proof-of-work challenge, the
 * consent text in force with its hash, and the choices. Anyone may ask; nothing is stored.
 */
export const submissionForm: Endpoint = {
  path: '/form',
  method: 'get',
  handler: async (req) => {
    const text = currentConsentText()
    const departments = await req.payload.find({
      collection: SLUGS.departments,
      depth: 0,
      limit: 100,
      sort: 'code',
      locale: 'zh-CN',
      overrideAccess: true,
      req,
      select: { name: true },
    })
    const challenge = issueChallenge(payloadSecret(), {
      now: Date.now(),
      ttlMs: env.submissionPowTtlMinutes * 60_000,
      difficulty: env.submissionPowDifficulty,
      random: randomBytes(16).toString('base64url'),
    })
    return Response.json(
      {
        challenge,
        consentText: { ...text, hash: consentTextHash(text) },
        kinds: SUBMISSION_KINDS.map((value) => ({ value, label: KIND_LABELS[value].zh })),
        roles: PUBLIC_SUBMITTER_ROLES.map((value) => ({ value, label: ROLE_LABELS[value].zh })),
        uses: CONSENT_USES.map((value) => ({ value, label: USE_LABELS[value] })),
        channels: CHANNEL_KIND_OPTIONS.filter((c) => c.value !== 'webhook').map((c) => ({
          value: c.value,
          label: typeof c.label === 'object' ? (c.label as { zh: string }).zh : c.label,
        })),
        departments: departments.docs.map((d) => ({ id: d.id, name: d.name })),
        limits: { ...LIMITS, files: env.submissionMaxFiles, fileBytes: env.mediaMaxBytes },
      },
      { headers: { 'cache-control': 'no-store' } },
    )
  },
}
