import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { hasRole } from '@/access/hasRole'
import { SLUGS } from '../slugs'

export const Audiences: CollectionConfig = {
  slug: SLUGS.audiences,
  access: { read: anyone, create: hasRole('editor'), update: hasRole('editor'), delete: hasRole() },
  admin: { useAsTitle: 'name', group: { zh: '基础数据', en: 'Reference data' } },
  labels: { singular: { zh: '目标人群', en: 'Audience' }, plural: { zh: '目标人群', en: 'Audiences' } },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { zh: '人群名称', en: 'Name' } },
    { name: 'key', type: 'text', required: true, unique: true, index: true, label: { zh: '标识', en: 'Key' } },
    {
      name: 'lifecycleStage',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '生命周期阶段', en: 'Lifecycle stage' },
      options: [
        { value: 'pregnancy', label: { zh: '孕产期', en: 'Pregnancy' } },
        { value: 'infant', label: { zh: '婴幼儿', en: 'Infant' } },
        { value: 'child', label: { zh: '儿童', en: 'Child' } },
        { value: 'adolescent', label: { zh: '青少年', en: 'Adolescent' } },
        { value: 'adult', label: { zh: '成年', en: 'Adult' } },
        { value: 'older-adult', label: { zh: '老年', en: 'Older adult' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'childAgeMonthsMin',
          type: 'number',
          min: 0,
          max: 216,
          label: { zh: '儿童月龄下限', en: 'Child age from (months)' },
        },
        {
          name: 'childAgeMonthsMax',
          type: 'number',
          min: 0,
          max: 216,
          label: { zh: '儿童月龄上限', en: 'Child age to (months)' },
        },
      ],
    },
    { name: 'description', type: 'textarea', localized: true, label: { zh: '说明', en: 'Description' } },
  ],
}
