// Who sees and manages incentives: managers (admins and 宣传管理者) everything, other staff only
// what is their own.
import type { Access, PayloadRequest } from 'payload'

import { checkRole, type UserLike } from '@/access/checkRole'
import { STAFF_ROLES } from '@/access/roles'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { MANAGER_ROLES } from '../rules/vocabulary'

export const isManagerUser = (user: UserLike) => checkRole(MANAGER_ROLES, user)

export const isManager: Access = ({ req: { user } }) => isManagerUser(user)

/** Managers read every row; other staff the rows whose `field` is their own account. */
export const managersOrOwn =
  (field: string): Access =>
  ({ req: { user } }) => {
    if (isManagerUser(user)) return true
    if (!user || !checkRole(STAFF_ROLES, user)) return false
    return { [field]: { equals: user.id } }
  }

export const language = (req: PayloadRequest) => pickLanguage(req.i18n?.language)

export const requireManager = (req: PayloadRequest) => {
  if (!isManagerUser(req.user)) throw new CodedError('incentive-forbidden', 403, language(req))
}

export const requireStaff = (req: PayloadRequest) => {
  if (!checkRole(STAFF_ROLES, req.user)) throw new CodedError('incentive-staff-only', 403, language(req))
}
