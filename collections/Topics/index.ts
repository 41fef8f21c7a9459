import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { hasRole } from '@/access/hasRole'
import { SLUGS } from '../slugs'

export const Topics: CollectionConfig = {
  slug: SLUGS.topics,
  access: { read: anyone, create: hasRole(), update: hasRole(), delete: hasRole() },
  admin: { useAsTitle: 'name', group: { zh: '基础数据', en: 'Reference data' } },
  labels: { singular: { zh: '健康主题', en: 'Topic' }, plural: { zh: '健康主题', en: 'Topics' } },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { zh: '主题名称', en: 'Name' } },
    { name: 'slug', type: 'text', required: true, unique: true, index: true, label: { zh: '标识', en: 'Slug' } },
    {
      name: 'dualExpertReview',
      type: 'checkbox',
      defaultValue: false,
      label: {
        zh: '需双专家医学审核（公共卫生专家与临床医师各一人）',
        en: 'Dual expert review (a public-health expert and a clinician)',
      },
    },
    {
      name: 'reReviewMonths',
      type: 'number',
      defaultValue: 12,
      min: 1,
      max: 60,
      required: true,
      label: { zh: '复审周期（月）', en: 'Re-review period (months)' },
    },
  ],
}
