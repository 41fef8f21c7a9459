import type { Endpoint } from 'payload'

import { checkRole } from '@/access/checkRole'
import { isApiKeyExpired } from '@/auth/credentialStatus'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { SLUGS } from '../../slugs'

/**
 * GET /api/users/api-keys — every account holding an API key, for administrators: who it is,
 * what it may do, until when, and whether it works right now. Never the key itself (Payload
 * keeps only its encrypted form and a keyed hash).
 */
export const listApiKeys: Endpoint = {
  path: '/api-keys',
  method: 'get',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    if (!checkRole(['admin'], req.user)) throw new CodedError('api-keys-forbidden', 403, language)
    const now = new Date()
    const { docs } = await req.payload.find({
      collection: SLUGS.users,
      where: { enableAPIKey: { equals: true } },
      pagination: false,
      depth: 0,
      sort: 'email',
      overrideAccess: true,
      req,
    })
    const keys = docs
      .filter((user) => user.hasAPIKey !== false)
      .map((user) => {
        const expired = isApiKeyExpired(user.apiKeyExpiresAt, now)
        return {
          id: user.id,
          name: user.name,
          email: user.email,
          roles: user.roles ?? [],
          scopes: user.apiScopes ?? [],
          expiresAt: user.apiKeyExpiresAt ?? null,
          expired,
          deactivated: Boolean(user.deactivated),
          enabled: !expired && !user.deactivated,
        }
      })
    return Response.json({ totalDocs: keys.length, docs: keys })
  },
}
