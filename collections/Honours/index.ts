import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { isManager } from '@/incentives/payload/access'
import { SLUGS } from '../slugs'
import { refuseLedgerChanges } from '../PointLedger/hooks/refuseLedgerChanges'
import { prepareHonour } from './hooks/prepareHonour'

const systemOnly = { create: () => false, update: () => false }

/**
 * 称号与徽章 (优秀共创者, 百万播放 …): awarded by a rule when a contributor crosses its threshold,
 * or by a manager. Append-only like the ledger; shown with the balance and on the leaderboard.
 */
export const Honours: CollectionConfig = {
  slug: SLUGS.honours,
  access: { read: isStaff, create: isManager, update: () => false, delete: () => false },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'contributor', 'reason', 'at'],
    group: { zh: '激励', en: 'Incentives' },
  },
  defaultSort: '-at',
  labels: { singular: { zh: '称号/徽章', en: 'Honour' }, plural: { zh: '称号与徽章', en: 'Honours' } },
  hooks: {
    beforeOperation: [refuseLedgerChanges],
    beforeChange: [prepareHonour],
    afterChange: [
      async ({ doc, req }) => {
        await recordAuditEvent(req, {
          action: 'honour.awarded',
          targetCollection: SLUGS.honours,
          targetId: doc.id,
          detail: { contributor: doc.contributor, title: doc.title, rule: doc.rule ?? null },
        })
        return doc
      },
    ],
  },
  fields: [
    {
      name: 'contributor',
      type: 'relationship',
      relationTo: SLUGS.contributors,
      required: true,
      index: true,
      label: { zh: '共创者', en: 'Contributor' },
    },
    { name: 'title', type: 'text', required: true, maxLength: 20, label: { zh: '称号/徽章', en: 'Title' } },
    { name: 'reason', type: 'text', maxLength: 200, label: { zh: '授予理由', en: 'Reason' } },
    {
      name: 'rule',
      type: 'relationship',
      relationTo: SLUGS.incentiveRules,
      label: { zh: '来自规则', en: 'From rule' },
      access: systemOnly,
      admin: { readOnly: true },
    },
    {
      name: 'awardedBy',
      type: 'relationship',
      relationTo: SLUGS.users,
      label: { zh: '授予人', en: 'Awarded by' },
      access: systemOnly,
      admin: { readOnly: true },
    },
    { name: 'at', type: 'date', index: true, label: { zh: '授予时间', en: 'Awarded' }, access: systemOnly },
    { name: 'key', type: 'text', unique: true, index: true, access: systemOnly, admin: { hidden: true } },
  ],
}
