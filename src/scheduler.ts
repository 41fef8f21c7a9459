// node-cron ticks that queue and run the maintenance jobs inside this process. A server with
// SCHEDULER=off serves the API only.
import cron, { type ScheduledTask } from 'node-cron'
import type { Payload } from 'payload'

import { env } from './env'
import { QUEUES } from './jobs/queues'

export const startScheduler = (payload: Payload): { stop: () => void } => {
  const tasks: ScheduledTask[] = []
  if (env.scheduler === 'on') {
    tasks.push(
      cron.schedule(env.maintenanceCron, async () => {
        try {
          await payload.jobs.queue({ task: 'expireConsents', input: {}, queue: QUEUES.maintenance })
          await payload.jobs.queue({ task: 'expireReviews', input: {}, queue: QUEUES.maintenance })
          await payload.jobs.run({ queue: QUEUES.maintenance })
        } catch (error) {
          payload.logger.error({ err: error, msg: 'consent expiry tick failed' })
        }
      }, { noOverlap: true }),
    )
  }
  return { stop: () => tasks.forEach((task) => task.stop()) }
}
