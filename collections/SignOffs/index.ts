import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { refuseChanges } from '@/hooks/refuseChanges'
import { SLUGS } from '../slugs'

const never = () => false

/**
 * 签核: one reviewer's decision on one stage of one content version. Written only by the
 * workflow endpoints; never changed or deleted, so a decision stays bound to what was signed.
 */
export const SignOffs: CollectionConfig = {
  slug: SLUGS.signOffs,
  access: { read: isStaff, create: never, update: never, delete: never },
  admin: {
    useAsTitle: 'stage',
    defaultColumns: ['targetCollection', 'targetId', 'stage', 'decision', 'reviewer', 'at'],
    group: { zh: '审核', en: 'Review' },
  },
  labels: { singular: { zh: '签核记录', en: 'Sign-off' }, plural: { zh: '签核记录', en: 'Sign-offs' } },
  hooks: { beforeOperation: [refuseChanges] },
  indexes: [{ fields: ['targetCollection', 'targetId', 'versionHash'] }],
  fields: [
    {
      name: 'targetCollection',
      type: 'text',
      required: true,
      index: true,
      label: { zh: '内容类型', en: 'Collection' },
    },
    { name: 'targetId', type: 'text', required: true, index: true, label: { zh: '内容编号', en: 'Document id' } },
    { name: 'versionHash', type: 'text', required: true, index: true, label: { zh: '版本哈希', en: 'Version hash' } },
    { name: 'stage', type: 'text', required: true, label: { zh: '审核环节', en: 'Stage' } },
    {
      name: 'decision',
      type: 'select',
      required: true,
      options: [
        { value: 'approve', label: { zh: '通过', en: 'Approve' } },
        { value: 'reject', label: { zh: '退回', en: 'Reject' } },
      ],
      label: { zh: '结论', en: 'Decision' },
    },
    {
      name: 'reviewer',
      type: 'relationship',
      relationTo: SLUGS.users,
      required: true,
      label: { zh: '审核人', en: 'Reviewer' },
    },
    { name: 'reviewerName', type: 'text', label: { zh: '审核人署名', en: 'Reviewer name' } },
    { name: 'qualifications', type: 'json', label: { zh: '审核时资质', en: 'Qualifications at signing' } },
    { name: 'comment', type: 'textarea', label: { zh: '意见', en: 'Comment' } },
    {
      // Comments anchored to passages: [{field, locale, quote, comment, start, end}] (src/review/rules/anchors.ts).
      name: 'anchors',
      type: 'json',
      label: { zh: '逐段批注', en: 'Anchored comments' },
    },
    {
      name: 'at',
      type: 'date',
      required: true,
      label: { zh: '时间', en: 'Time' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
