// node-cron ticks inside this process: maintenance (lapsed consents, re-review dates), deliveries
// (claim due distributions, deliver through Payload jobs) and daily planning reminders. The server
// runs them unless SCHEDULER=off; `npm run worker` runs them without serving HTTP.
import cron, { type ScheduledTask } from 'node-cron'
import type { Payload } from 'payload'

import { newWorkerId, runDeliveryTick } from './distribution/payload/tick'
import { env } from './env'
import { QUEUES } from './jobs/queues'

export const startScheduler = (
  payload: Payload,
  { force = false }: { force?: boolean } = {},
): { stop: () => Promise<void>; owner: string } => {
  const tasks: ScheduledTask[] = []
  const owner = newWorkerId()
  let running: Promise<unknown> = Promise.resolve()
  const track = (work: () => Promise<unknown>) => async () => {
    const current = work()
    running = Promise.allSettled([running, current])
    await current
  }
  if (env.scheduler === 'on' || force) {
    tasks.push(
      cron.schedule(
        env.maintenanceCron,
        track(async () => {
          try {
            await payload.jobs.queue({ task: 'expireConsents', input: {}, queue: QUEUES.maintenance })
            await payload.jobs.queue({ task: 'expireReviews', input: {}, queue: QUEUES.maintenance })
            await payload.jobs.queue({ task: 'proposeErasures', input: {}, queue: QUEUES.maintenance })
            await payload.jobs.queue({ task: 'reviewDeadlines', input: {}, queue: QUEUES.maintenance })
            await payload.jobs.queue({ task: 'incidentDeadlines', input: {}, queue: QUEUES.maintenance })
            await payload.jobs.queue({ task: 'incentiveReach', input: {}, queue: QUEUES.maintenance })
            await payload.jobs.run({ queue: QUEUES.maintenance })
          } catch (error) {
            payload.logger.error({ err: error, msg: 'maintenance tick failed' })
          }
        }),
        { noOverlap: true },
      ),
      cron.schedule(
        env.deliveryCron,
        track(async () => {
          try {
            await runDeliveryTick(payload, owner, {
              batchSize: env.deliveryBatchSize,
              concurrency: env.deliveryConcurrency,
              leaseMs: env.deliveryLeaseMs,
            })
          } catch (error) {
            payload.logger.error({ err: error, msg: 'delivery tick failed' })
          }
        }),
        { noOverlap: true },
      ),
      // Notices queued with triage decisions and publications (src/jobs/notifySubmitter.ts), on
      // the delivery clock but never waiting behind a long delivery tick.
      cron.schedule(
        env.deliveryCron,
        track(async () => {
          try {
            // One at a time: each notice reads personal data and appends to the audit trail, and
            // twenty in parallel would queue behind the audit chain's lock holding connections.
            await payload.jobs.run({ queue: QUEUES.notifications, limit: 20, sequential: true })
          } catch (error) {
            payload.logger.error({ err: error, msg: 'notification tick failed' })
          }
        }),
        { noOverlap: true },
      ),
      cron.schedule(
        env.planningCron,
        track(async () => {
          try {
            await payload.jobs.queue({ task: 'planningReminders', input: {}, queue: QUEUES.maintenance })
            await payload.jobs.run({ queue: QUEUES.maintenance })
          } catch (error) {
            payload.logger.error({ err: error, msg: 'planning reminder tick failed' })
          }
        }),
        { noOverlap: true, timezone: env.timezone },
      ),
    )
  }
  return {
    owner,
    // Stops new ticks and waits for the running ones, so a graceful stop loses no attempt record.
    stop: async () => {
      for (const task of tasks) await task.stop()
      await running
    },
  }
}
