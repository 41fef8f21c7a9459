// 激励: the reach-threshold check (src/incentives/payload/grants.ts) — pieces whose summed views
// passed an active reach rule's threshold grant to their contributors, once. Queued with every
// maintenance tick.
import type { TaskConfig, TaskHandler } from 'payload'

import { withTransaction } from '../http/withTransaction'
import { runReachThresholds } from '../incentives/payload/grants'

// In a transaction, so on Postgres its appends queue behind the run endpoint's (and the publish
// transition's) under the ledger's advisory lock instead of racing them for a key.
export const incentiveReachHandler: TaskHandler<'incentiveReach'> = async ({ req }) => {
  const granted = await withTransaction(req, () => runReachThresholds(req, new Date()))
  return { output: { granted: granted.length } }
}

export const incentiveReachTask: TaskConfig<'incentiveReach'> = {
  slug: 'incentiveReach',
  label: '激励：播放量达标 / Incentives: reach thresholds',
  outputSchema: [{ name: 'granted', type: 'number', required: true }],
  handler: incentiveReachHandler,
  retries: 3,
}
