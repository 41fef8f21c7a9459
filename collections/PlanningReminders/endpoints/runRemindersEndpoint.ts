import type { Endpoint } from 'payload'

import { checkRole } from '@/access/checkRole'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { SLUGS } from '../../slugs'

/**
 * POST /api/planning-reminders/run — queues the daily planning-reminder job and runs it at once,
 * through the same job queue the scheduler uses (admins only: after changing a campaign's date,
 * or to check the job). Answers `{status, created, open}`; a second run creates nothing.
 */
export const runRemindersEndpoint: Endpoint = {
  path: '/run',
  method: 'post',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    if (!checkRole(['admin'], req.user)) throw new CodedError('reminders-forbidden', 403, language)
    const startedAt = new Date().toISOString()
    // The default queue: the scheduler's ticks run named queues only, so no tick takes this job over.
    const job = await req.payload.jobs.queue({ task: 'planningReminders', input: {} })
    const run = await req.payload.jobs.runByID({ id: job.id })
    // A finished job is deleted, output and all; what it made is counted by creation time instead.
    const [created, open] = await Promise.all([
      req.payload.count({
        collection: SLUGS.planningReminders,
        where: { createdAt: { greater_than_equal: startedAt } },
        overrideAccess: true,
      }),
      req.payload.count({
        collection: SLUGS.planningReminders,
        where: { status: { equals: 'open' } },
        overrideAccess: true,
      }),
    ])
    return Response.json({
      status: run.jobStatus?.[String(job.id)]?.status ?? 'unknown',
      created: created.totalDocs,
      open: open.totalDocs,
    })
  },
}
