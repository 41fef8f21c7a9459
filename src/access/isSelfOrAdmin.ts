import type { Access } from 'payload'

import { checkRole } from './checkRole'

/** Admins see every account; anyone else signed in sees only their own. */
export const isSelfOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  return { id: { equals: user.id } }
}
