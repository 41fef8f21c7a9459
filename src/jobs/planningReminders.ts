import type { TaskConfig, TaskHandler } from 'payload'

export const planningRemindersHandler: TaskHandler<'planningReminders'> = async () => ({ output: { created: 0 } })

export const planningRemindersTask: TaskConfig<'planningReminders'> = {
  slug: 'planningReminders',
  label: '活动策划提醒 / Planning reminders',
  handler: planningRemindersHandler,
  outputSchema: [{ name: 'created', type: 'number', required: true }],
  retries: 3,
}
