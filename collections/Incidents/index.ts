import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { SEVERITIES, SEVERITY_LABELS } from '@/opinion/rules/classify'
import { SLUGS } from '../slugs'
import {
  closeIncident,
  draftIncidentStatement,
  incidentDeadlinesEndpoint,
  incidentTimeline,
  respondToIncident,
  withdrawForIncident,
} from './endpoints/actions'
import { auditIncident, startIncidentClock } from './hooks/clock'

const systemOnly = { create: () => false, update: () => false }

/**
 * 舆情事件: mentions answered as one, with a severity (一般 / 较大 / 重大), an owner, and a clock to
 * the first public response (舆情设置). The owner is reminded before it runs out and the incident is
 * escalated one level after, with a fresh clock; a piece it concerns can be withdrawn from every
 * channel at once; the timeline is its mentions and the audit trail; closing takes a review.
 */
export const Incidents: CollectionConfig = {
  slug: SLUGS.incidents,
  access: {
    read: isStaff,
    create: hasRole('operations', 'publisher'),
    update: hasRole('operations', 'publisher'),
    delete: hasRole(),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'severity', 'status', 'owner', 'responseDueAt'],
    group: { zh: '舆情', en: 'Public opinion' },
  },
  labels: { singular: { zh: '舆情事件', en: 'Incident' }, plural: { zh: '舆情事件', en: 'Incidents' } },
  endpoints: [
    incidentDeadlinesEndpoint,
    draftIncidentStatement,
    respondToIncident,
    closeIncident,
    withdrawForIncident,
    incidentTimeline,
  ],
  hooks: { beforeChange: [startIncidentClock], afterChange: [auditIncident] },
  fields: [
    {
      name: 'statementDraft',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/components/opinion/StatementDraft#StatementDraft' } },
    },
    { name: 'title', type: 'text', required: true, maxLength: 120, label: { zh: '事件名称', en: 'Title' } },
    {
      type: 'row',
      fields: [
        {
          name: 'severity',
          type: 'select',
          required: true,
          index: true,
          options: SEVERITIES.map((value) => ({ value, label: SEVERITY_LABELS[value] })),
          label: { zh: '级别', en: 'Severity' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'open',
          index: true,
          options: [
            { value: 'open', label: { zh: '待回应', en: 'Open' } },
            { value: 'responded', label: { zh: '已回应', en: 'Responded' } },
            { value: 'closed', label: { zh: '已结案', en: 'Closed' } },
          ],
          label: { zh: '状态', en: 'Status' },
          access: systemOnly,
        },
      ],
    },
    { name: 'owner', type: 'relationship', relationTo: SLUGS.users, label: { zh: '负责人', en: 'Owner' } },
    {
      name: 'department',
      type: 'relationship',
      relationTo: SLUGS.departments,
      label: { zh: '涉及科室', en: 'Department' },
    },
    {
      name: 'pieces',
      type: 'relationship',
      relationTo: [SLUGS.articles, SLUGS.patientStories],
      hasMany: true,
      label: { zh: '涉及的本院内容', en: 'Our pieces concerned' },
    },
    { name: 'summary', type: 'textarea', maxLength: 2000, label: { zh: '事件概要', en: 'Summary' } },
    {
      type: 'row',
      fields: [
        { name: 'openedAt', type: 'date', index: true, label: { zh: '立案时间', en: 'Opened' }, access: systemOnly },
        { name: 'clockStartedAt', type: 'date', access: systemOnly, admin: { hidden: true } },
        {
          name: 'responseDueAt',
          type: 'date',
          index: true,
          label: { zh: '首次回应时限', en: 'First response due' },
          access: systemOnly,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'respondedAt', type: 'date', label: { zh: '首次回应时间', en: 'Responded' }, access: systemOnly },
      ],
    },
    {
      name: 'mentions',
      type: 'join',
      collection: SLUGS.mentions,
      on: 'incident',
      label: { zh: '相关舆情信息', en: 'Mentions' },
      admin: { defaultColumns: ['platform', 'text', 'postedAt'], allowCreate: false },
    },
    {
      name: 'statements',
      type: 'join',
      collection: SLUGS.articles,
      on: 'incident',
      label: { zh: '回应声明（快速审核通道）', en: 'Holding statements (fast-track review)' },
      admin: { defaultColumns: ['title', '_status', 'updatedAt'], allowCreate: false },
    },
    {
      name: 'closingReview',
      type: 'textarea',
      maxLength: 4000,
      label: { zh: '结案复盘', en: 'Closing review' },
      access: systemOnly,
      admin: { condition: (data) => data?.status === 'closed' },
    },
  ],
  timestamps: true,
}
