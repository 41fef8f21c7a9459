import type { CollectionConfig, Field } from 'payload'

import { fieldHasRole, hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import {
  ATTEMPT_OUTCOME_LABELS,
  DISTRIBUTION_EVENT_LABELS,
  DISTRIBUTION_EVENTS,
  DISTRIBUTION_STATUSES,
  DISTRIBUTION_STATUS_LABELS,
  SLUGS,
} from '../slugs'
import { distributionEndpoints } from './endpoints/distributionEndpoints'
import { guardDistribution } from './hooks/guardDistribution'

const never = () => false
/** Kept by the scheduler and the endpoints only. */
const system = { create: never, update: never }

/** Receivers' error text quotes their response body, which may say anything: not for analysts. */
const managersRead = { read: fieldHasRole('publisher') }

const systemFields = (fields: Field[]): Field[] =>
  fields.map(
    (field) =>
      ({
        ...field,
        access: { ...('access' in field ? field.access : {}), ...system },
        admin: { ...field.admin, readOnly: true },
      }) as Field,
  )

export const Distributions: CollectionConfig = {
  slug: SLUGS.distributions,
  access: {
    read: isStaff,
    create: hasRole('publisher'),
    update: hasRole('publisher'),
    // History of what reached the public is never deleted; cancel or retract instead.
    delete: never,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'channel', 'status', 'scheduledAt', 'attemptCount', 'deliveredAt'],
    group: { zh: '分发', en: 'Distribution' },
  },
  labels: { singular: { zh: '分发', en: 'Distribution' }, plural: { zh: '分发记录', en: 'Distributions' } },
  endpoints: distributionEndpoints,
  hooks: { beforeChange: [guardDistribution] },
  fields: [
    {
      // Status, attempts, retry/cancel and the rendered body, as the publisher needs them.
      name: 'actions',
      type: 'ui',
      label: { zh: '投递状态', en: 'Delivery' },
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/distribution/DistributionPanel#DistributionPanel' },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'contentCollection',
          type: 'select',
          required: true,
          index: true,
          label: { zh: '内容类型', en: 'Content type' },
          options: [
            { value: SLUGS.articles, label: { zh: '科普文章', en: 'Article' } },
            { value: SLUGS.patientStories, label: { zh: '患者故事', en: 'Patient story' } },
          ],
          access: { update: never },
        },
        {
          name: 'contentId',
          type: 'text',
          required: true,
          index: true,
          label: { zh: '内容编号', en: 'Content id' },
          access: { update: never },
        },
      ],
    },
    {
      name: 'versionHash',
      type: 'text',
      index: true,
      label: { zh: '内容版本哈希', en: 'Version hash' },
      admin: { description: { zh: '留空则取当前已审核版本', en: 'Empty means the current approved version' } },
      access: { update: never },
    },
    // Every distribution goes to a channel, except a site subscription's change notice (`site.changed`),
    // which goes to its subscription: one queue, one claim, one retry schedule for both.
    {
      name: 'channel',
      type: 'relationship',
      relationTo: SLUGS.channels,
      index: true,
      label: { zh: '渠道', en: 'Channel' },
      access: { update: never },
    },
    {
      name: 'campaign',
      type: 'relationship',
      relationTo: SLUGS.campaigns,
      index: true,
      label: { zh: '营销活动', en: 'Campaign' },
      access: { update: never },
    },
    {
      name: 'scheduledAt',
      type: 'date',
      required: true,
      index: true,
      label: { zh: '计划发送时间', en: 'Scheduled at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    ...systemFields([
      { name: 'title', type: 'text', label: { zh: '标题', en: 'Title' } },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'scheduled',
        index: true,
        label: { zh: '状态', en: 'Status' },
        options: DISTRIBUTION_STATUSES.map((value) => ({ value, label: DISTRIBUTION_STATUS_LABELS[value] })),
      },
      {
        name: 'event',
        type: 'select',
        required: true,
        defaultValue: 'content.published',
        index: true,
        label: { zh: '事件', en: 'Event' },
        options: DISTRIBUTION_EVENTS.map((value) => ({ value, label: DISTRIBUTION_EVENT_LABELS[value] })),
      },
      {
        name: 'subscription',
        type: 'relationship',
        relationTo: SLUGS.siteSubscriptions,
        index: true,
        label: { zh: '站点订阅', en: 'Site subscription' },
      },
      {
        name: 'retractionOf',
        type: 'relationship',
        relationTo: SLUGS.distributions,
        index: true,
        label: { zh: '撤回的分发', en: 'Retracts' },
      },
      {
        name: 'messageId',
        type: 'text',
        unique: true,
        index: true,
        label: { zh: '消息编号（webhook-id）', en: 'Message id (webhook-id)' },
      },
      {
        name: 'nextAttemptAt',
        type: 'date',
        index: true,
        label: { zh: '下次尝试时间', en: 'Next attempt' },
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      { name: 'leaseOwner', type: 'text', label: { zh: '处理进程', en: 'Claimed by' } },
      {
        name: 'leaseExpiresAt',
        type: 'date',
        index: true,
        label: { zh: '处理租约到期', en: 'Lease expires' },
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      { name: 'attemptCount', type: 'number', defaultValue: 0, label: { zh: '尝试次数', en: 'Attempts' } },
      {
        name: 'deliveredAt',
        type: 'date',
        index: true,
        label: { zh: '送达时间', en: 'Delivered at' },
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      { name: 'lastError', type: 'text', label: { zh: '最近错误', en: 'Last error' }, access: managersRead },
      { name: 'cancelReason', type: 'text', label: { zh: '取消/撤回原因', en: 'Why cancelled or retracted' } },
      {
        name: 'retractPending',
        type: 'checkbox',
        defaultValue: false,
        label: { zh: '送达后需撤回', en: 'Retract once delivered' },
      },
      { name: 'createdBy', type: 'relationship', relationTo: SLUGS.users, label: { zh: '创建人', en: 'Created by' } },
      {
        name: 'attempts',
        type: 'array',
        label: { zh: '投递记录', en: 'Attempts' },
        fields: [
          {
            name: 'at',
            type: 'date',
            required: true,
            label: { zh: '时间', en: 'At' },
            admin: { date: { pickerAppearance: 'dayAndTime' } },
          },
          {
            name: 'outcome',
            type: 'select',
            required: true,
            label: { zh: '结果', en: 'Outcome' },
            options: (['delivered', 'retry', 'failed', 'disabled', 'deferred'] as const).map((value) => ({
              value,
              label: ATTEMPT_OUTCOME_LABELS[value],
            })),
          },
          { name: 'httpStatus', type: 'number', label: { zh: 'HTTP 状态', en: 'HTTP status' } },
          { name: 'error', type: 'text', label: { zh: '错误', en: 'Error' }, access: managersRead },
          { name: 'durationMs', type: 'number', label: { zh: '耗时（毫秒）', en: 'Duration (ms)' } },
          { name: 'worker', type: 'text', label: { zh: '进程', en: 'Worker' } },
        ],
      },
      {
        name: 'rendered',
        type: 'group',
        label: { zh: '发送内容', en: 'What was sent' },
        fields: [
          { name: 'contentType', type: 'text', label: { zh: '内容类型', en: 'Content type' } },
          { name: 'ext', type: 'text', label: { zh: '扩展名', en: 'Extension' } },
          { name: 'body', type: 'code', label: { zh: '渲染结果', en: 'Rendered body' }, admin: { language: 'html' } },
          { name: 'objectKey', type: 'text', label: { zh: '对象路径', en: 'Object key' } },
          { name: 'date', type: 'text', label: { zh: '发送日期', en: 'Date' } },
        ],
      },
    ]),
  ],
}
