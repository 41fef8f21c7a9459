import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { BUSINESS_KIND_LABELS, BUSINESS_KINDS } from '@/reports/rules/evaluationRows'
import { SLUGS } from '../slugs'
import { ingestEndpoint } from './endpoints/ingestEndpoint'

const never = () => false
const text = (name: string, zh: string, en: string, index = false) => ({
  name,
  type: 'text' as const,
  index,
  label: { zh, en },
})

/**
 * 业务转化: one appointment, consultation or sign-up, upserted on `key` = kind:eventId and
 * attributed when written — to a distribution (and its campaign, channel, content and KOL) through
 * an explicit distribution id or the utm_content the distribution engine puts on every link, else
 * to a campaign through utm_campaign, else to nothing.
 */
export const BusinessEvents: CollectionConfig = {
  slug: SLUGS.businessEvents,
  access: { read: isStaff, create: never, update: never, delete: hasRole() },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['occurredAt', 'kind', 'campaign', 'channel', 'attribution'],
    group: { zh: '数据', en: 'Data' },
  },
  labels: { singular: { zh: '业务转化', en: 'Business event' }, plural: { zh: '业务转化', en: 'Business events' } },
  endpoints: [ingestEndpoint],
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '类型/编号键', en: 'Kind/id key' },
    },
    text('eventId', '事件编号', 'Event id'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '类型', en: 'Kind' },
      options: BUSINESS_KINDS.map((value) => ({ value, label: BUSINESS_KIND_LABELS[value] })),
    },
    {
      name: 'occurredAt',
      type: 'date',
      required: true,
      label: { zh: '发生时间', en: 'Occurred at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    text('date', '日期（医院时区）', 'Day (hospital time)', true),
    {
      name: 'attribution',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '归因方式', en: 'Attribution' },
      options: [
        { value: 'distribution', label: { zh: '分发编号', en: 'Distribution id' } },
        { value: 'utm-content', label: { zh: 'utm_content（分发）', en: 'utm_content (distribution)' } },
        { value: 'utm-campaign', label: { zh: 'utm_campaign（活动）', en: 'utm_campaign (campaign)' } },
        { value: 'none', label: { zh: '未归因', en: 'Not attributed' } },
      ],
    },
    {
      name: 'campaign',
      type: 'relationship',
      relationTo: SLUGS.campaigns,
      index: true,
      label: { zh: '营销活动', en: 'Campaign' },
    },
    {
      name: 'distribution',
      type: 'relationship',
      relationTo: SLUGS.distributions,
      index: true,
      label: { zh: '分发', en: 'Distribution' },
    },
    {
      name: 'channel',
      type: 'relationship',
      relationTo: SLUGS.channels,
      index: true,
      label: { zh: '渠道', en: 'Channel' },
    },
    {
      name: 'kolPartner',
      type: 'relationship',
      relationTo: SLUGS.kolPartners,
      index: true,
      label: { zh: 'KOL', en: 'KOL' },
    },
    text('contentCollection', '内容类型', 'Content type', true),
    text('contentId', '内容编号', 'Content id', true),
    {
      name: 'utm',
      type: 'group',
      label: { zh: 'UTM 参数', en: 'UTM' },
      fields: [
        {
          type: 'row',
          fields: [
            text('source', 'utm_source', 'utm_source'),
            text('medium', 'utm_medium', 'utm_medium'),
            text('campaign', 'utm_campaign', 'utm_campaign'),
            text('content', 'utm_content', 'utm_content'),
            text('term', 'utm_term', 'utm_term'),
          ],
        },
      ],
    },
    text('landingPage', '落地页', 'Landing page'),
    {
      name: 'receivedAt',
      type: 'date',
      label: { zh: '接收时间', en: 'Received at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
