// Renders (when not yet rendered) and delivers one claimed distribution through its channel's
// adapter, recording the attempt. The claim's lease owner travels in the input: a job whose lease
// was lost to another worker does nothing.
import type { TaskConfig, TaskHandler } from 'payload'

import { deliverClaimed } from '../distribution/payload/deliver'

export const deliverDistributionHandler: TaskHandler<'deliverDistribution'> = async ({ input, req }) => {
  const outcome = await deliverClaimed(req.payload, String(input.distributionId), String(input.leaseOwner))
  return { output: { outcome } }
}

export const deliverDistributionTask: TaskConfig<'deliverDistribution'> = {
  slug: 'deliverDistribution',
  label: '分发投递 / Deliver a distribution',
  inputSchema: [
    { name: 'distributionId', type: 'text', required: true },
    { name: 'leaseOwner', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: deliverDistributionHandler,
  // Retries belong to the distribution's own schedule (with jitter and Retry-After), not the job's.
  retries: 0,
}
