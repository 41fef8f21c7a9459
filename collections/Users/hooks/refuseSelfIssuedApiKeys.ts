import type { CollectionBeforeValidateHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { ApiKeyAdminOnlyError } from '@/errors/ApiKeyAdminOnlyError'
import { pickLanguage } from '@/errors/messages'
import type { User } from '@/payload-types'

/**
 * Only administrators issue API keys. Payload lets anyone who may open the admin set
 * `enableAPIKey`/`apiKey` on an account they may update — staff on their own — so a signed-in
 * non-admin who sets a key, or turns one on, is refused with 403 (turning one off stays allowed).
 * Server code without a user (the seed, scripts) is trusted as everywhere else in Payload.
 */
export const refuseSelfIssuedApiKeys: CollectionBeforeValidateHook<User> = ({ data, originalDoc, req }) => {
  if (!req.user || checkRole(['admin'], req.user)) return data
  const language = pickLanguage(req.i18n?.language)
  if (typeof data?.apiKey === 'string' && data.apiKey !== '') throw new ApiKeyAdminOnlyError(language, 'apiKey')
  if (data?.enableAPIKey === true && originalDoc?.enableAPIKey !== true)
    throw new ApiKeyAdminOnlyError(language, 'enableAPIKey')
  return data
}
