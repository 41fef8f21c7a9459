// Payload's document locks (`payload-locked-documents`: who is editing what in the admin) are
// open to every signed-in account by default, API clients included, over REST and GraphQL. They
// are the admin's bookkeeping, so only people who may use the admin (staff) read or write them;
// narrower (admins only) would break editing for everyone else, since the admin checks and
// takes locks as the signed-in user.
import type { Access, Payload } from 'payload'

import { checkRole } from '../access/checkRole'
import { STAFF_ROLES } from '../access/roles'

export const LOCKED_DOCUMENTS_SLUG = 'payload-locked-documents'

const staffOnly: Access = ({ req: { user } }) => checkRole(STAFF_ROLES, user)

/**
 * Payload builds this collection itself while sanitizing the config (no config key reaches its
 * access), so the rule is set on the running instance, which every REST, GraphQL and admin
 * request of this process reads.
 */
export const restrictLockedDocuments = (payload: Payload): void => {
  const collection = payload.collections[LOCKED_DOCUMENTS_SLUG]
  if (!collection) return
  collection.config.access = {
    ...collection.config.access,
    create: staffOnly,
    read: staffOnly,
    update: staffOnly,
    delete: staffOnly,
  }
}
