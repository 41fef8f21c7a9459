import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { prepareChannel } from '../Channels/hooks/prepareChannel'
import { SLUGS } from '../slugs'
import { rotateSubscriptionSecret } from './endpoints/rotateSubscriptionSecret'
import { deliverAsWebhook } from './hooks/deliverAsWebhook'

const never = () => false

export const SUBSCRIPTION_LOCALES = ['zh-CN', 'zh-TW', 'en'] as const

/**
 * 站点订阅: a front-end site told of every public change (published, updated, removed; per
 * locale) by a signed Standard Webhooks POST, so it revalidates its pages without anyone sending
 * each piece. Delivered by the distribution engine (`site.changed` distributions); the delivery
 * group has a channel's field names so the channel's secret keeping, URL checks and signing apply
 * unchanged. Admins only: a subscription decides where the CMS sends requests.
 */
export const SiteSubscriptions: CollectionConfig = {
  slug: SLUGS.siteSubscriptions,
  access: { read: hasRole(), create: hasRole(), update: hasRole(), delete: hasRole() },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'delivery.url', 'contentCollections', 'contentLocales', 'enabled'],
    group: { zh: '分发', en: 'Distribution' },
  },
  labels: {
    singular: { zh: '站点订阅', en: 'Site subscription' },
    plural: { zh: '站点订阅', en: 'Site subscriptions' },
  },
  endpoints: [rotateSubscriptionSecret],
  hooks: { beforeChange: [deliverAsWebhook, prepareChannel] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '名称', en: 'Name' } },
    { name: 'enabled', type: 'checkbox', defaultValue: true, label: { zh: '启用', en: 'Enabled' } },
    {
      name: 'contentCollections',
      type: 'select',
      hasMany: true,
      required: true,
      label: { zh: '通知哪些内容', en: 'Collections' },
      options: [
        { value: SLUGS.articles, label: { zh: '科普文章', en: 'Articles' } },
        { value: SLUGS.patientStories, label: { zh: '患者故事', en: 'Patient stories' } },
      ],
    },
    {
      name: 'contentLocales',
      type: 'select',
      hasMany: true,
      label: { zh: '语言（留空为全部）', en: 'Locales (empty: all)' },
      options: SUBSCRIPTION_LOCALES.map((value) => ({ value, label: value })),
    },
    {
      name: 'delivery',
      type: 'group',
      label: { zh: '投递', en: 'Delivery' },
      fields: [
        {
          name: 'adapter',
          type: 'text',
          defaultValue: 'webhook',
          access: { read: never, create: never, update: never },
          admin: { hidden: true },
        },
        { name: 'url', type: 'text', required: true, label: { zh: 'Webhook 地址', en: 'Webhook URL' } },
        {
          // Write-only, as a channel's: the rotate endpoint shows a generated one exactly once.
          name: 'secret',
          type: 'text',
          label: { zh: '签名密钥（只写）', en: 'Signing secret (write-only)' },
          access: { read: never },
          admin: {
            description: {
              zh: 'whsec_ 开头；留空则自动生成，可用 rotate-secret 查看新密钥',
              en: 'whsec_…; left empty, one is generated (see rotate-secret)',
            },
          },
        },
        {
          name: 'previousSecret',
          type: 'text',
          access: { read: never, create: never, update: never },
          admin: { hidden: true },
        },
        {
          name: 'previousSecretExpiresAt',
          type: 'date',
          label: { zh: '旧密钥签名截止', en: 'Old secret signs until' },
          access: { create: never, update: never },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'secretHint',
          type: 'text',
          label: { zh: '当前密钥（末四位）', en: 'Current secret (last 4)' },
          access: { create: never, update: never },
          admin: { readOnly: true },
        },
        {
          name: 'disabledAt',
          type: 'date',
          label: { zh: '接收方已停用（410）', en: 'Disabled by receiver (410)' },
          access: { create: never },
          admin: {
            description: {
              zh: '接收方返回 410 时自动停用；清空后恢复通知',
              en: 'Set when the receiver answers 410; clear it to resume',
            },
            date: { pickerAppearance: 'dayAndTime' },
          },
        },
        {
          name: 'disabledReason',
          type: 'text',
          label: { zh: '停用原因', en: 'Why disabled' },
          access: { create: never, update: never },
          admin: { readOnly: true },
        },
      ],
    },
  ],
}
