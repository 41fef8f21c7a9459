// 舆情事件 clocks: reminders before the first-response deadline and escalation after it (see
// src/opinion/payload/incidentClock.ts). Queued with every maintenance tick.
import type { TaskConfig, TaskHandler } from 'payload'

import { EXCLUSIVE_KEYS, exclusively } from '../db/exclusive'
import { runIncidentDeadlines } from '../opinion/payload/incidentClock'

export const incidentDeadlinesHandler: TaskHandler<'incidentDeadlines'> = async ({ req }) => {
  // One pass at a time across the server and the workers: each checks what the last one recorded.
  const done = await exclusively(req.payload, EXCLUSIVE_KEYS.incidentDeadlines, () =>
    runIncidentDeadlines(req, new Date()),
  )
  return { output: { acted: done.length } }
}

export const incidentDeadlinesTask: TaskConfig<'incidentDeadlines'> = {
  slug: 'incidentDeadlines',
  label: '舆情回应时限 / Incident deadlines',
  outputSchema: [{ name: 'acted', type: 'number', required: true }],
  handler: incidentDeadlinesHandler,
  retries: 3,
}
