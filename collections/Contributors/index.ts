import type { CollectionConfig } from 'payload'

import { isManager, managersOrOwn } from '@/incentives/payload/access'
import { CONTRIBUTOR_KINDS, CONTRIBUTOR_KIND_LABELS } from '@/incentives/rules/vocabulary'
import { SLUGS } from '../slugs'
import { contributorLeaderboard, myIncentives } from './endpoints/views'
import { auditContributor } from './hooks/auditContributor'
import { prepareContributor } from './hooks/prepareContributor'

const createOnly = { update: () => false }
const systemOnly = { create: () => false, update: () => false }

/**
 * 共创者: everyone who can earn points — staff (their account), patients' families who agreed
 * (enrolled from their accepted submission), KOL/KOC (kol-partners) and partner organisations.
 * Managers read all and keep them; other staff read only their own record.
 */
export const Contributors: CollectionConfig = {
  slug: SLUGS.contributors,
  access: { read: managersOrOwn('user'), create: isManager, update: isManager, delete: () => false },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'kind', 'user', 'kolPartner', 'organisation'],
    group: { zh: '激励', en: 'Incentives' },
    components: { beforeList: ['/src/components/incentives/IncentivesPanel#IncentivesPanel'] },
  },
  labels: { singular: { zh: '共创者', en: 'Contributor' }, plural: { zh: '共创者', en: 'Contributors' } },
  endpoints: [contributorLeaderboard, myIncentives],
  hooks: { beforeChange: [prepareContributor], afterChange: [auditContributor] },
  fields: [
    { name: 'displayName', type: 'text', required: true, maxLength: 60, label: { zh: '称呼', en: 'Name' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: CONTRIBUTOR_KINDS.map((value) => ({ value, label: CONTRIBUTOR_KIND_LABELS[value] })),
      label: { zh: '类型', en: 'Kind' },
      access: createOnly,
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: SLUGS.users,
      index: true,
      label: { zh: '职工账号', en: 'Staff account' },
      access: createOnly,
      admin: { condition: (data) => data?.kind === 'staff' },
    },
    {
      name: 'kolPartner',
      type: 'relationship',
      relationTo: SLUGS.kolPartners,
      index: true,
      label: { zh: 'KOL/KOC', en: 'KOL / KOC' },
      access: createOnly,
      admin: { condition: (data) => data?.kind === 'kol' },
    },
    {
      name: 'organisation',
      type: 'text',
      maxLength: 80,
      label: { zh: '机构名称', en: 'Organisation' },
      access: createOnly,
      admin: { condition: (data) => data?.kind === 'partner' },
    },
    {
      // The submissions through which an external person or organisation is known.
      name: 'submissions',
      type: 'relationship',
      relationTo: SLUGS.submissions,
      hasMany: true,
      index: true,
      label: { zh: '关联投稿', en: 'Submissions' },
      access: systemOnly,
      admin: { readOnly: true, condition: (data) => Boolean(data?.submissions?.length) },
    },
    {
      name: 'key',
      type: 'text',
      unique: true,
      index: true,
      label: { zh: '唯一键', en: 'Key' },
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'ledger',
      type: 'join',
      collection: SLUGS.pointLedger,
      on: 'contributor',
      defaultSort: '-seq',
      label: { zh: '积分记录', en: 'Ledger' },
      admin: { defaultColumns: ['kind', 'points', 'amountCny', 'settled', 'cause', 'at'], allowCreate: false },
    },
    {
      name: 'honours',
      type: 'join',
      collection: SLUGS.honours,
      on: 'contributor',
      label: { zh: '称号与徽章', en: 'Honours' },
      admin: { defaultColumns: ['title', 'reason', 'at'], allowCreate: false },
    },
  ],
  timestamps: true,
}
