// 策划提醒: once a day, for each campaign in planning or running whose observance is 30, 14 or 7
// days away (PLANNING_REMINDER_DAYS, counted in the hospital's local dates), a reminder for the
// team — also when the day itself was missed. The unique key makes every run after the first a
// no-op, even two at once.
import type { Payload, PayloadRequest, TaskConfig, TaskHandler } from 'payload'

import { SLUGS } from '../../collections/slugs'
import { env } from '../env'
import { addDays, localDate } from '../reports/rules/dates'
import { dueReminders, REMINDED_STATUSES } from '../reports/rules/planning'
import { isUniqueViolation } from '../reports/payload/uniqueViolation'

/** Creates the reminders due on `today` (YYYY-MM-DD, local) and returns how many were new. */
export const createDueReminders = async (
  payload: Payload,
  { today, days, timeZone, req }: { today: string; days: readonly number[]; timeZone: string; req?: PayloadRequest },
): Promise<number> => {
  if (!days.length) return 0
  // A day of slack on both sides: stored instants and local dates may differ by the zone offset.
  const horizon = Math.max(...days) + 1
  const campaigns = await payload.find({
    collection: SLUGS.campaigns,
    where: {
      and: [
        { status: { in: [...REMINDED_STATUSES] } },
        { observanceDate: { greater_than_equal: new Date(`${addDays(today, -1)}T00:00:00Z`).toISOString() } },
        { observanceDate: { less_than_equal: new Date(`${addDays(today, horizon)}T23:59:59Z`).toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { name: true, observance: true, observanceDate: true, status: true },
  })
  // Every campaign found has an observance date: the query is on it.
  const stored = new Map(campaigns.docs.map((c) => [String(c.id), c.observanceDate!]))
  const due = dueReminders({
    campaigns: campaigns.docs.map((c) => ({
      id: c.id,
      name: c.name,
      observance: c.observance,
      status: c.status,
      observanceDate: localDate(c.observanceDate!, timeZone),
    })),
    today,
    days,
  })
  let created = 0
  for (const reminder of due) {
    const existing = await payload.count({
      collection: SLUGS.planningReminders,
      where: { key: { equals: reminder.key } },
      overrideAccess: true,
      req,
    })
    if (existing.totalDocs > 0) continue
    try {
      await payload.create({
        collection: SLUGS.planningReminders,
        data: {
          key: reminder.key,
          campaign: reminder.campaignId as number,
          observanceDate: stored.get(String(reminder.campaignId))!,
          daysBefore: reminder.daysBefore,
          message: reminder.message,
          status: 'open',
        },
        overrideAccess: true,
        depth: 0,
        req,
      })
      created++
    } catch (error) {
      // Another run (a second instance, or the manual run endpoint) made it a moment ago.
      if (!isUniqueViolation(error)) throw error
    }
  }
  return created
}

export const planningRemindersHandler: TaskHandler<'planningReminders'> = async ({ req }) => {
  const created = await createDueReminders(req.payload, {
    today: localDate(new Date(), env.timezone),
    days: env.planningReminderDays,
    timeZone: env.timezone,
    req,
  })
  return { output: { created } }
}

export const planningRemindersTask: TaskConfig<'planningReminders'> = {
  slug: 'planningReminders',
  label: '活动策划提醒 / Planning reminders',
  handler: planningRemindersHandler,
  outputSchema: [{ name: 'created', type: 'number', required: true }],
  retries: 3,
}
