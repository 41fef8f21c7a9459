// Moves published content whose re-review date has passed to `review_expired`. Readers stopped
// seeing it the moment the date passed (the read rule checks it); this makes the state explicit
// so the content shows up for re-review and distribution can retract it.
import type { TaskConfig, TaskHandler } from 'payload'

import { REVIEWABLE_SLUGS } from '../review/payload/reviewable'
import { withdraw } from '../review/payload/service'

export const expireReviewsHandler: TaskHandler<'expireReviews'> = async ({ req }) => {
  let expired = 0
  for (const slug of REVIEWABLE_SLUGS) {
    const due = await req.payload.find({
      collection: slug,
      where: {
        and: [
          { 'workflow.state': { equals: 'published' } },
          { 'workflow.reviewExpiresAt': { less_than_equal: new Date().toISOString() } },
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of due.docs) {
      await withdraw(req, slug, String(doc.id), {
        reason: '复审周期已到期',
        state: 'review_expired',
        cause: 'review-expired',
      })
      expired++
    }
  }
  return { output: { expired } }
}

export const expireReviewsTask: TaskConfig<'expireReviews'> = {
  slug: 'expireReviews',
  label: '复审到期处理 / Expire reviews',
  handler: expireReviewsHandler,
  outputSchema: [{ name: 'expired', type: 'number', required: true }],
  retries: 3,
}
