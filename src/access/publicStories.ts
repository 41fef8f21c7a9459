import type { Access, Where } from 'payload'

import { checkRole } from './checkRole'
import { publicContentWhere } from './publishedOrStaff'
import { STAFF_ROLES } from './roles'

/**
 * Readers and API clients see a patient story only while it is public content and its consent
 * is active and inside its period — judged in the query at read time, so a revocation or lapse
 * hides the story at once, in lists and counts too, without waiting for any job.
 */
export const publicStoryWhere = (now: Date = new Date()): Where => ({
  and: [
    ...publicContentWhere(now),
    { 'consent.status': { equals: 'active' } },
    { 'consent.validFrom': { less_than_equal: now.toISOString() } },
    { 'consent.validUntil': { greater_than: now.toISOString() } },
  ],
})

export const publishedStoriesOrStaff: Access = ({ req: { user } }) =>
  checkRole(STAFF_ROLES, user) ? true : publicStoryWhere()
