import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { SLUGS } from '../slugs'
import { runRemindersEndpoint } from './endpoints/runRemindersEndpoint'

const never = () => false

/** 策划提醒: made by the daily job when a campaign's observance is N days away; staff mark them done. */
export const PlanningReminders: CollectionConfig = {
  slug: SLUGS.planningReminders,
  access: { read: isStaff, create: never, update: hasRole('editor', 'publisher'), delete: hasRole() },
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['message', 'campaign', 'observanceDate', 'daysBefore', 'status'],
    group: { zh: '营销', en: 'Marketing' },
  },
  labels: {
    singular: { zh: '策划提醒', en: 'Planning reminder' },
    plural: { zh: '策划提醒', en: 'Planning reminders' },
  },
  defaultSort: 'observanceDate',
  endpoints: [runRemindersEndpoint],
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: { update: never },
      admin: { hidden: true },
    },
    {
      name: 'campaign',
      type: 'relationship',
      relationTo: SLUGS.campaigns,
      required: true,
      index: true,
      access: { update: never },
      label: { zh: '营销活动', en: 'Campaign' },
    },
    {
      name: 'observanceDate',
      type: 'date',
      required: true,
      index: true,
      access: { update: never },
      label: { zh: '主题日日期', en: 'Observance date' },
    },
    {
      name: 'daysBefore',
      type: 'number',
      required: true,
      access: { update: never },
      label: { zh: '提前天数', en: 'Days before' },
    },
    {
      name: 'message',
      type: 'text',
      required: true,
      access: { update: never },
      label: { zh: '提醒内容', en: 'Reminder' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      label: { zh: '状态', en: 'Status' },
      options: [
        { value: 'open', label: { zh: '待处理', en: 'Open' } },
        { value: 'done', label: { zh: '已处理', en: 'Done' } },
      ],
    },
  ],
}
