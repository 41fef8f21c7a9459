import type { Access, Where } from 'payload'

import { checkRole } from './checkRole'
import { stampRule } from './ruleInstant'
import { hasApiScope, STAFF_ROLES } from './roles'

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

/**
 * Staff read everything, and so does an API key holding `drafts-read` (a site rendering previews
 * for editors: read-only, since no write rule admits api-clients); anonymous readers and other API
 * clients only public content.
 */
export const canReadDrafts = (user: Parameters<typeof hasApiScope>[0]): boolean =>
  checkRole(STAFF_ROLES, user) || hasApiScope(user, 'drafts-read')

export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (canReadDrafts(user)) return true
  const now = new Date()
  return stampRule({ and: publicContentWhere(now) }, now)
}
