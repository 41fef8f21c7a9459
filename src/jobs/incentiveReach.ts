// 激励: the reach-threshold check (src/incentives/payload/grants.ts) — pieces whose summed views
// passed an active reach rule's threshold grant to their contributors, once. Queued with every
// maintenance tick.
import type { TaskConfig, TaskHandler } from 'payload'

import { runReachThresholds } from '../incentives/payload/grants'

export const incentiveReachHandler: TaskHandler<'incentiveReach'> = async ({ req }) => {
  const granted = await runReachThresholds(req, new Date())
  return { output: { granted: granted.length } }
}

export const incentiveReachTask: TaskConfig<'incentiveReach'> = {
  slug: 'incentiveReach',
  label: '激励：播放量达标 / Incentives: reach thresholds',
  outputSchema: [{ name: 'granted', type: 'number', required: true }],
  handler: incentiveReachHandler,
  retries: 3,
}
