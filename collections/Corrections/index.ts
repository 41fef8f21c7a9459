import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { fieldHasRole, hasRole } from '@/access/hasRole'
import { isStaff, isStaffField } from '@/access/isStaff'
import { SLUGS } from '../slugs'
import { acceptReport } from './hooks/acceptReport'

const never = () => false

/** 信息纠错: readers report an error in a published article; editors work the tickets. */
export const Corrections: CollectionConfig = {
  slug: SLUGS.corrections,
  access: {
    create: anyone,
    read: isStaff,
    update: hasRole('editor', 'publisher'),
    delete: hasRole(),
  },
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['article', 'status', 'message', 'createdAt'],
    group: { zh: '内容', en: 'Content' },
  },
  labels: { singular: { zh: '读者纠错', en: 'Correction' }, plural: { zh: '读者纠错', en: 'Corrections' } },
  hooks: { beforeChange: [acceptReport] },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: SLUGS.articles,
      required: true,
      index: true,
      label: { zh: '文章', en: 'Article' },
    },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      minLength: 5,
      maxLength: 2000,
      label: { zh: '纠错内容', en: 'Report' },
    },
    {
      name: 'contact',
      type: 'text',
      maxLength: 100,
      label: { zh: '联系方式（选填）', en: 'Contact (optional)' },
      access: { read: isStaffField },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      label: { zh: '处理状态', en: 'Status' },
      options: [
        { value: 'open', label: { zh: '待处理', en: 'Open' } },
        { value: 'in-progress', label: { zh: '处理中', en: 'In progress' } },
        { value: 'resolved', label: { zh: '已更正', en: 'Resolved' } },
        { value: 'rejected', label: { zh: '无需更正', en: 'Rejected' } },
      ],
      access: { update: fieldHasRole('editor', 'publisher') },
    },
    {
      name: 'response',
      type: 'textarea',
      label: { zh: '处理说明', en: 'Response' },
      access: { create: never, update: fieldHasRole('editor', 'publisher') },
    },
    {
      name: 'clientHash',
      type: 'text',
      index: true,
      access: { read: never, create: never, update: never },
      admin: { hidden: true },
    },
  ],
  timestamps: true,
}
