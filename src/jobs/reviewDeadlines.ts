// 审核时限: reminders before a review stage's deadline and escalation after it (see
// src/review/payload/deadlines.ts). Queued with every maintenance tick; `asOf` lets an
// administrator run the check as of a given moment (POST /api/review-deadlines/run).
import type { TaskConfig, TaskHandler } from 'payload'

import { EXCLUSIVE_KEYS, exclusively } from '../db/exclusive'
import { runReviewDeadlines } from '../review/payload/deadlines'

export const reviewDeadlinesHandler: TaskHandler<'reviewDeadlines'> = async ({ input, req }) => {
  const asOf = input?.asOf ? new Date(input.asOf) : new Date()
  // One pass at a time across the server and the workers: each checks what the last one recorded.
  const sent = await exclusively(req.payload, EXCLUSIVE_KEYS.reviewDeadlines, () => runReviewDeadlines(req, asOf))
  return {
    output: {
      reminded: sent.filter((s) => s.action === 'remind').length,
      escalated: sent.filter((s) => s.action === 'escalate').length,
    },
  }
}

export const reviewDeadlinesTask: TaskConfig<'reviewDeadlines'> = {
  slug: 'reviewDeadlines',
  label: '审核时限提醒与上报 / Review deadlines',
  inputSchema: [{ name: 'asOf', type: 'date' }],
  outputSchema: [
    { name: 'reminded', type: 'number', required: true },
    { name: 'escalated', type: 'number', required: true },
  ],
  handler: reviewDeadlinesHandler,
  retries: 3,
}
