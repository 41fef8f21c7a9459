import type { Access } from 'payload'

import { checkRole } from './checkRole'
import { STAFF_ROLES } from './roles'

/**
 * Staff read everything; anonymous readers and API clients only published documents. Returned
 * as a query so lists, counts and pagination stay correct.
 */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  checkRole(STAFF_ROLES, user) ? true : { _status: { equals: 'published' } }
