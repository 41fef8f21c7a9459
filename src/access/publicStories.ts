import type { Access, Where } from 'payload'

import { canReadDrafts, publicContentWhere } from './publishedOrStaff'
import { stampRule } from './ruleInstant'

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

/** Staff and `drafts-read` keys (previews) read every story; the consent link stays staff-only by its field rule. */
export const publishedStoriesOrStaff: Access = ({ req: { user } }) => {
  if (canReadDrafts(user)) return true
  const now = new Date()
  return stampRule(publicStoryWhere(now), now)
}
