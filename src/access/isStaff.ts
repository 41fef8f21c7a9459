import type { Access, FieldAccess } from 'payload'

import { checkRole } from './checkRole'
import { STAFF_ROLES } from './roles'

/** Signed-in hospital staff: every role but api-client. Anonymous readers and API keys fail. */
export const isStaff: Access = ({ req: { user } }) => checkRole(STAFF_ROLES, user)

export const isStaffField: FieldAccess = ({ req: { user } }) => checkRole(STAFF_ROLES, user)
