import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { countField } from '../fields/count'
import { SLUGS } from '../slugs'
import { ingestEndpoint } from './endpoints/ingestEndpoint'

const never = () => false

/** 数据回流: one row per distribution per day, written only by the ingest endpoint (an upsert on `key`). */
export const ChannelMetrics: CollectionConfig = {
  slug: SLUGS.channelMetrics,
  access: { read: isStaff, create: never, update: never, delete: hasRole() },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['date', 'distribution', 'channel', 'views', 'clicks', 'conversions'],
    group: { zh: '数据', en: 'Data' },
  },
  labels: {
    singular: { zh: '渠道数据', en: 'Channel metrics' },
    plural: { zh: '渠道数据回流', en: 'Channel metrics' },
  },
  endpoints: [ingestEndpoint],
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '分发/日期键', en: 'Distribution/day key' },
    },
    {
      name: 'distribution',
      type: 'relationship',
      relationTo: SLUGS.distributions,
      required: true,
      index: true,
      label: { zh: '分发', en: 'Distribution' },
    },
    { name: 'date', type: 'text', required: true, index: true, label: { zh: '日期', en: 'Date' } },
    {
      name: 'channel',
      type: 'relationship',
      relationTo: SLUGS.channels,
      index: true,
      label: { zh: '渠道', en: 'Channel' },
    },
    {
      name: 'campaign',
      type: 'relationship',
      relationTo: SLUGS.campaigns,
      index: true,
      label: { zh: '营销活动', en: 'Campaign' },
    },
    {
      name: 'kolPartner',
      type: 'relationship',
      relationTo: SLUGS.kolPartners,
      index: true,
      label: { zh: 'KOL', en: 'KOL' },
    },
    { name: 'contentCollection', type: 'text', index: true, label: { zh: '内容类型', en: 'Content type' } },
    { name: 'contentId', type: 'text', index: true, label: { zh: '内容编号', en: 'Content id' } },
    {
      type: 'row',
      fields: [
        countField('views', '阅读/播放', 'Views'),
        countField('impressions', '曝光', 'Impressions'),
        countField('likes', '点赞', 'Likes'),
        countField('comments', '评论', 'Comments'),
        countField('shares', '转发', 'Shares'),
      ],
    },
    {
      type: 'row',
      fields: [
        countField('saves', '收藏', 'Saves'),
        countField('clicks', '点击', 'Clicks'),
        countField('conversions', '转化', 'Conversions'),
      ],
    },
    {
      name: 'sentiment',
      type: 'group',
      label: { zh: '舆情', en: 'Sentiment' },
      fields: [
        {
          type: 'row',
          fields: [
            countField('positive', '正面', 'Positive'),
            countField('neutral', '中性', 'Neutral'),
            countField('negative', '负面', 'Negative'),
          ],
        },
      ],
    },
    {
      name: 'receivedAt',
      type: 'date',
      label: { zh: '接收时间', en: 'Received at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
