// One scheduler tick of the distribution engine: claim what is due (atomically, with a lease),
// queue a Payload job per claim on this instance's own queue, and run them a few at a time while
// renewing the leases. Repeats while full batches keep coming, so a backlog drains in one tick.
import { hostname } from 'node:os'
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { QUEUES } from '@/jobs/queues'
import { claimDue, renewLeases } from './claim'

export type TickOptions = { batchSize: number; concurrency: number; leaseMs: number }

/** Unique per process start: a restarted worker never mistakes an old claim for its own. */
export const newWorkerId = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`

export const runDeliveryTick = async (payload: Payload, owner: string, options: TickOptions): Promise<number> => {
  const queue = QUEUES.delivery(owner)
  let total = 0
  for (;;) {
    const ids = await claimDue(payload, owner, options.batchSize, options.leaseMs)
    if (ids.length === 0) break
    total += ids.length
    for (const id of ids) {
      await payload.jobs.queue({ task: 'deliverDistribution', input: { distributionId: id, leaseOwner: owner }, queue })
    }
    const renew = setInterval(
      () => {
        renewLeases(payload, owner, options.leaseMs).catch((err: unknown) =>
          payload.logger.error({ err, msg: 'lease renewal failed' }),
        )
      },
      Math.max(1_000, Math.floor(options.leaseMs / 3)),
    )
    try {
      for (;;) {
        const result = await payload.jobs.run({ queue, limit: options.concurrency })
        if (result.noJobsRemaining) break
      }
    } finally {
      clearInterval(renew)
    }
    if (ids.length < options.batchSize) break
  }
  return total
}
