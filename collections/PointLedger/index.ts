import type { CollectionConfig } from 'payload'

import { managersOrOwn } from '@/incentives/payload/access'
import { ENTRY_KINDS, ENTRY_KIND_LABELS } from '@/incentives/rules/ledger'
import { SLUGS } from '../slugs'
import {
  approveEntry,
  grantEntry,
  pendingEntries,
  rejectEntry,
  reverseEntry,
  runLedgerChecks,
  verifyLedgerEndpoint,
} from './endpoints/actions'
import { chainEntry } from './hooks/chainEntry'
import { refuseLedgerChanges } from './hooks/refuseLedgerChanges'

const never = () => false

/**
 * 积分台账: append-only and hash-chained. Written only through the incentives service (automatic
 * grants on publish and on reach, a manager's awards, approvals, rejections and reversals); each
 * entry keeps its cause and an idempotency key in a unique column, and its month for the
 * leaderboard. Managers read every entry, other staff their own.
 */
export const PointLedger: CollectionConfig = {
  slug: SLUGS.pointLedger,
  access: { read: managersOrOwn('beneficiaryUser'), create: never, update: never, delete: never },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['seq', 'kind', 'contributor', 'points', 'amountCny', 'settled', 'at'],
    group: { zh: '激励', en: 'Incentives' },
  },
  defaultSort: '-seq',
  labels: { singular: { zh: '积分记录', en: 'Ledger entry' }, plural: { zh: '积分台账', en: 'Points ledger' } },
  endpoints: [
    runLedgerChecks,
    verifyLedgerEndpoint,
    pendingEntries,
    grantEntry,
    approveEntry,
    rejectEntry,
    reverseEntry,
  ],
  hooks: { beforeOperation: [refuseLedgerChanges], beforeChange: [chainEntry] },
  // A period's entries (leaderboards); a contributor's entries newest first (history, balance).
  indexes: [{ fields: ['month', 'settled'] }, { fields: ['contributor', 'seq'] }],
  fields: [
    {
      name: 'actions',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/incentives/LedgerActions#LedgerActions' },
      },
    },
    { name: 'seq', type: 'number', required: true, unique: true, index: true, label: { zh: '序号', en: 'Sequence' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: ENTRY_KINDS.map((value) => ({ value, label: ENTRY_KIND_LABELS[value] })),
      label: { zh: '类型', en: 'Kind' },
    },
    {
      name: 'contributor',
      type: 'relationship',
      relationTo: SLUGS.contributors,
      required: true,
      index: true,
      label: { zh: '贡献者', en: 'Contributor' },
    },
    {
      name: 'beneficiaryUser',
      type: 'relationship',
      relationTo: SLUGS.users,
      index: true,
      label: { zh: '受益职工账号', en: 'Beneficiary (staff account)' },
    },
    { name: 'rule', type: 'relationship', relationTo: SLUGS.incentiveRules, label: { zh: '激励规则', en: 'Rule' } },
    { name: 'points', type: 'number', required: true, label: { zh: '积分', en: 'Points' } },
    { name: 'amountCny', type: 'number', required: true, label: { zh: '奖励金额（元）', en: 'Reward (CNY)' } },
    { name: 'settled', type: 'checkbox', required: true, index: true, label: { zh: '已生效', en: 'Settled' } },
    {
      name: 'refersTo',
      type: 'relationship',
      relationTo: SLUGS.pointLedger,
      index: true,
      label: { zh: '针对的记录', en: 'Refers to' },
    },
    { name: 'causeCollection', type: 'text', index: true, label: { zh: '事由类型', en: 'Cause type' } },
    { name: 'causeId', type: 'text', index: true, label: { zh: '事由编号', en: 'Cause id' } },
    { name: 'cause', type: 'text', label: { zh: '事由', en: 'Cause' } },
    { name: 'reason', type: 'text', label: { zh: '说明', en: 'Reason' } },
    { name: 'requestedBy', type: 'relationship', relationTo: SLUGS.users, label: { zh: '申请人', en: 'Requested by' } },
    { name: 'actor', type: 'relationship', relationTo: SLUGS.users, label: { zh: '记录人', en: 'Recorded by' } },
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '幂等键', en: 'Idempotency key' },
    },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: { zh: '时间', en: 'Time' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'month', type: 'text', required: true, index: true, label: { zh: '月份', en: 'Month' } },
    { name: 'prevHash', type: 'text', required: true, label: { zh: '前一条哈希', en: 'Previous hash' } },
    { name: 'hash', type: 'text', required: true, label: { zh: '本条哈希', en: 'Hash' } },
  ],
}
