import type { Access, FieldAccess } from 'payload'

import { checkRole } from './checkRole'
import type { Role } from './roles'

/** Collection access: true for users holding any of the roles (admin always passes). */
export const hasRole =
  (...roles: Role[]): Access =>
  ({ req: { user } }) =>
    checkRole(['admin', ...roles], user)

/** Field access with the same rule. */
export const fieldHasRole =
  (...roles: Role[]): FieldAccess =>
  ({ req: { user } }) =>
    checkRole(['admin', ...roles], user)
