import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * Deactivating an account ends its sessions in the data too: Payload checks a token's session id
 * against `sessions`, so tokens issued before stay dead even if the account is reactivated.
 * (While deactivated, src/http/refuseInactiveCredentials.ts refuses them, and its keys, anyway.)
 */
export const endSessionsOnDeactivation: CollectionBeforeChangeHook<User> = ({ data, originalDoc }) => {
  if (data?.deactivated === true && originalDoc?.deactivated !== true) return { ...data, sessions: [] }
  return data
}
