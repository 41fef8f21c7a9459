import type { Access, Where } from 'payload'

import { checkRole } from './checkRole'
import { STAFF_ROLES } from './roles'

/**
 * What readers and API clients may see of reviewed content: published through the review gate
 * and not past its re-review date. Judged in the query at read time, so lists, counts and
 * pagination stay correct and a lapse hides content at once.
 */
export const publicContentWhere = (now: Date = new Date()): Where[] => [
  { _status: { equals: 'published' } },
  { 'workflow.state': { equals: 'published' } },
  { 'workflow.reviewExpiresAt': { greater_than: now.toISOString() } },
]

/** Staff read everything; anonymous readers and API clients only public content. */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  checkRole(STAFF_ROLES, user) ? true : { and: publicContentWhere() }
