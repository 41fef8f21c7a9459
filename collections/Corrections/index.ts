import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { fieldHasRole, hasRole } from '@/access/hasRole'
import { isStaff, isStaffField } from '@/access/isStaff'
import { SLUGS } from '../slugs'
import { acceptReport } from './hooks/acceptReport'

const never = () => false

/**
 * 读者纠错与反馈: readers report an error in a published article or patient story, or send feedback
 * or thanks on it (a co-created piece's submitter too); editors work the tickets and see them on
 * the piece.
 */
export const Corrections: CollectionConfig = {
  slug: SLUGS.corrections,
  access: {
    create: anyone,
    read: isStaff,
    update: hasRole('editor', 'publisher'),
    delete: hasRole(),
  },
  // The pieces' feedback joins read a piece's newest notes: one index walk each, however many
  // notes the other pieces have (scripts/bench/submissions.ts).
  indexes: [{ fields: ['story', 'createdAt'] }, { fields: ['article', 'createdAt'] }],
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['article', 'story', 'kind', 'status', 'message', 'createdAt'],
    group: { zh: '内容', en: 'Content' },
  },
  labels: {
    singular: { zh: '读者纠错与反馈', en: 'Reader note' },
    plural: { zh: '读者纠错与反馈', en: 'Corrections and feedback' },
  },
  hooks: { beforeChange: [acceptReport] },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: SLUGS.articles,
      index: true,
      label: { zh: '文章', en: 'Article' },
      admin: { condition: (data) => !data?.story },
    },
    {
      // A patient story (co-created pieces included): the submitter's and readers' feedback on it.
      name: 'story',
      type: 'relationship',
      relationTo: SLUGS.patientStories,
      index: true,
      label: { zh: '患者故事', en: 'Patient story' },
      admin: { condition: (data) => Boolean(data?.story) },
    },
    {
      // What the reader sends: a correction to make, feedback on the piece, or thanks.
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'correction',
      index: true,
      label: { zh: '类型', en: 'Kind' },
      options: [
        { value: 'correction', label: { zh: '纠错', en: 'Correction' } },
        { value: 'feedback', label: { zh: '意见反馈', en: 'Feedback' } },
        { value: 'thanks', label: { zh: '感谢', en: 'Thanks' } },
      ],
    },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      minLength: 5,
      maxLength: 2000,
      label: { zh: '内容', en: 'Message' },
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
