import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { isManager } from '@/incentives/payload/access'
import { TRIGGERS, TRIGGER_LABELS } from '@/incentives/rules/vocabulary'
import { SLUGS } from '../slugs'
import { auditRule } from './hooks/auditRule'
import { checkRule } from './hooks/checkRule'

/**
 * 激励规则: what earns points (a published piece, a reach threshold, a manager's award) or an
 * honour (a balance threshold), with an optional reward in CNY that a manager approves. Managers
 * (admins and 宣传管理者) create and change them, every change audited; a rule is switched off,
 * never deleted, because ledger entries point at it.
 */
export const IncentiveRules: CollectionConfig = {
  slug: SLUGS.incentiveRules,
  access: { read: isStaff, create: isManager, update: isManager, delete: () => false },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'trigger', 'points', 'rewardCny', 'threshold', 'active'],
    group: { zh: '激励', en: 'Incentives' },
  },
  labels: { singular: { zh: '激励规则', en: 'Incentive rule' }, plural: { zh: '激励规则', en: 'Incentive rules' } },
  hooks: { beforeChange: [checkRule], afterChange: [auditRule] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 60, label: { zh: '名称', en: 'Name' } },
    {
      name: 'trigger',
      type: 'select',
      required: true,
      index: true,
      options: TRIGGERS.map((value) => ({ value, label: TRIGGER_LABELS[value] })),
      label: { zh: '触发条件', en: 'Trigger' },
    },
    {
      type: 'row',
      fields: [
        { name: 'points', type: 'number', required: true, min: 0, max: 100_000, label: { zh: '积分', en: 'Points' } },
        {
          name: 'rewardCny',
          type: 'number',
          min: 0,
          max: 100_000,
          defaultValue: 0,
          label: { zh: '奖励金额（元，需审批）', en: 'Reward (CNY, approved by a manager)' },
        },
        {
          name: 'threshold',
          type: 'number',
          min: 1,
          label: { zh: '阈值（播放/阅读量或累计积分）', en: 'Threshold (views or balance)' },
          admin: { condition: (data) => data?.trigger === 'reach' || data?.trigger === 'balance' },
        },
      ],
    },
    {
      name: 'honour',
      type: 'text',
      maxLength: 20,
      label: { zh: '同时授予的称号/徽章', en: 'Honour awarded with it' },
      admin: { description: { zh: '例如：优秀共创者、百万播放', en: 'e.g. 优秀共创者, 百万播放' } },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: { zh: '启用', en: 'Active' } },
    { name: 'description', type: 'textarea', maxLength: 500, label: { zh: '说明', en: 'Description' } },
  ],
  timestamps: true,
}
