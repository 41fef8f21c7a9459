import type { CollectionConfig } from 'payload'

import { fieldHasRole, hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { CHANNEL_KIND_OPTIONS, DELIVERY_ADAPTERS, SLUGS } from '../slugs'
import { adminOnly } from './access/adminOnly'
import { previewEndpoint } from './endpoints/previewEndpoint'
import { rotateSecretEndpoint } from './endpoints/rotateSecretEndpoint'
import { guardEndpointFields } from './hooks/guardEndpointFields'
import { prepareChannel } from './hooks/prepareChannel'
import { refuseDeleteWithDistributions } from './hooks/refuseDeleteWithDistributions'

const never = () => false

export const Channels: CollectionConfig = {
  slug: SLUGS.channels,
  access: {
    read: isStaff,
    create: hasRole('publisher'),
    update: hasRole('publisher'),
    delete: hasRole(),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'enabled', 'delivery.adapter'],
    group: { zh: '分发', en: 'Distribution' },
  },
  labels: { singular: { zh: '渠道', en: 'Channel' }, plural: { zh: '渠道', en: 'Channels' } },
  endpoints: [previewEndpoint, rotateSecretEndpoint],
  // Publishers run channels (enable, names, limits); only admins say where they deliver and how they sign.
  hooks: {
    beforeOperation: [guardEndpointFields],
    beforeChange: [prepareChannel],
    beforeDelete: [refuseDeleteWithDistributions],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '渠道名称', en: 'Name' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: CHANNEL_KIND_OPTIONS,
      label: { zh: '渠道类型', en: 'Kind' },
    },
    { name: 'enabled', type: 'checkbox', defaultValue: true, label: { zh: '启用', en: 'Enabled' } },
    { name: 'description', type: 'textarea', label: { zh: '说明', en: 'Description' } },
    {
      name: 'delivery',
      type: 'group',
      label: { zh: '投递方式', en: 'Delivery' },
      fields: [
        {
          name: 'adapter',
          type: 'select',
          required: true,
          defaultValue: 'outbox',
          label: { zh: '投递适配器', en: 'Adapter' },
          access: adminOnly,
          options: DELIVERY_ADAPTERS.map((value) => ({
            value,
            label: {
              webhook: { zh: 'Webhook（签名推送）', en: 'Webhook (signed)' },
              s3: { zh: 'S3 对象存储', en: 'S3 bucket' },
              outbox: { zh: '本地发件箱目录', en: 'Outbox directory' },
            }[value],
          })),
        },
        {
          name: 'url',
          type: 'text',
          label: { zh: 'Webhook 地址', en: 'Webhook URL' },
          access: adminOnly,
          admin: { condition: (_, sibling) => sibling?.adapter === 'webhook' },
        },
        {
          // Write-only: nobody reads a secret back through the API; the rotate endpoint shows a
          // generated one exactly once.
          name: 'secret',
          type: 'text',
          label: { zh: '签名密钥（只写）', en: 'Signing secret (write-only)' },
          access: { read: never, ...adminOnly },
          admin: {
            condition: (_, sibling) => sibling?.adapter === 'webhook',
            description: {
              zh: 'whsec_ 开头；留空则自动生成，可用“轮换密钥”查看新密钥',
              en: 'whsec_…; left empty, one is generated (see “rotate secret”)',
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
          admin: {
            readOnly: true,
            condition: (_, sibling) => sibling?.adapter === 'webhook',
            date: { pickerAppearance: 'dayAndTime' },
          },
        },
        {
          name: 'secretHint',
          type: 'text',
          label: { zh: '当前密钥（末四位）', en: 'Current secret (last 4)' },
          access: { create: never, update: never },
          admin: { readOnly: true, condition: (_, sibling) => sibling?.adapter === 'webhook' },
        },
        {
          name: 'prefix',
          type: 'text',
          label: { zh: '对象前缀', en: 'Object prefix' },
          access: adminOnly,
          admin: { condition: (_, sibling) => sibling?.adapter === 's3' || sibling?.adapter === 'outbox' },
        },
        {
          name: 'disabledAt',
          type: 'date',
          label: { zh: '接收方已停用（410）', en: 'Disabled by receiver (410)' },
          access: { create: never, update: fieldHasRole('publisher') },
          admin: {
            description: {
              zh: '接收方返回 410 时自动停用；清空后恢复投递',
              en: 'Set when the receiver answers 410; clear it to resume',
            },
            date: { pickerAppearance: 'dayAndTime' },
          },
        },
        {
          // Quotes the receiver's response body: for those who run channels, not every staff reader.
          name: 'disabledReason',
          type: 'text',
          label: { zh: '停用原因', en: 'Why disabled' },
          access: { read: fieldHasRole('publisher'), create: never, update: never },
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'limits',
      type: 'json',
      label: { zh: '格式限制（覆盖默认值）', en: 'Format limits (overrides)' },
      admin: {
        description: {
          zh: '例如 {"titleMax": 30}；留空使用该渠道类型的默认限制',
          en: 'e.g. {"titleMax": 30}; empty uses the kind defaults',
        },
      },
    },
    { name: 'utmMedium', type: 'text', label: { zh: 'UTM 媒介（utm_medium）', en: 'UTM medium' } },
    {
      name: 'sms',
      type: 'group',
      label: { zh: '短信设置', en: 'SMS' },
      admin: { condition: (data) => data?.kind === 'sms' },
      fields: [
        { name: 'signature', type: 'text', label: { zh: '短信签名（2–8 字）', en: 'Signature (2–8 characters)' } },
        { name: 'optOut', type: 'text', defaultValue: '拒收请回复R', label: { zh: '退订提示', en: 'Opt-out text' } },
        {
          name: 'marketing',
          type: 'checkbox',
          defaultValue: true,
          label: { zh: '营销短信（仅 08:00–21:00 发送）', en: 'Marketing (sent 08:00–21:00 only)' },
        },
        { name: 'timezone', type: 'text', defaultValue: 'Asia/Shanghai', label: { zh: '时区', en: 'Time zone' } },
      ],
    },
  ],
}
