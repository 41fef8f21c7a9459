import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { SEVERITIES, SEVERITY_LABELS } from '@/opinion/rules/classify'
import { SLUGS } from '../slugs'

/**
 * 舆情监测规则: the words that make a mention the hospital's business (or, for an exclusion rule,
 * not: a namesake, a job advert), and the least severity a match suggests. Matched on normalized
 * text, so one rule in simplified Chinese also finds traditional and full-width spellings. The
 * hospital's name and its doctors' names always count.
 */
export const MonitoringRules: CollectionConfig = {
  slug: SLUGS.monitoringRules,
  access: {
    read: isStaff,
    create: hasRole('operations', 'publisher'),
    update: hasRole('operations', 'publisher'),
    delete: hasRole('operations', 'publisher'),
  },
  admin: { useAsTitle: 'name', group: { zh: '舆情', en: 'Public opinion' } },
  labels: { singular: { zh: '监测规则', en: 'Monitoring rule' }, plural: { zh: '监测规则', en: 'Monitoring rules' } },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 60, label: { zh: '规则名称', en: 'Name' } },
    {
      name: 'terms',
      type: 'text',
      hasMany: true,
      required: true,
      minRows: 1,
      maxRows: 50,
      maxLength: 40,
      label: { zh: '关键词（任一命中即匹配）', en: 'Terms (any one matches)' },
    },
    {
      name: 'exclude',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '排除规则（命中则视为与本院无关）', en: 'Exclusion (a match is not about us)' },
    },
    {
      name: 'severityFloor',
      type: 'select',
      options: SEVERITIES.map((value) => ({ value, label: SEVERITY_LABELS[value] })),
      label: { zh: '命中时至少为', en: 'At least this severity' },
      admin: { condition: (data) => !data?.exclude },
    },
    { name: 'enabled', type: 'checkbox', defaultValue: true, index: true, label: { zh: '启用', en: 'Enabled' } },
  ],
}
