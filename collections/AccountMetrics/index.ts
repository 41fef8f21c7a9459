import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { countField } from '../fields/count'
import { SLUGS } from '../slugs'
import { ingestEndpoint } from './endpoints/ingestEndpoint'

const never = () => false

/**
 * 账号数据: one row per channel account per day (followers, follower growth, brand-name searches,
 * mentions and their sentiment, NPS answers), written only by the ingest endpoint (an upsert on
 * `key` = account:date). A row without a channel or doctor is hospital-wide (brand search index,
 * a patient NPS survey); a row with a doctor belongs to that doctor's own account (医生IP).
 */
export const AccountMetrics: CollectionConfig = {
  slug: SLUGS.accountMetrics,
  access: { read: isStaff, create: never, update: never, delete: hasRole() },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['date', 'account', 'channel', 'doctor', 'followers', 'followerGrowth'],
    group: { zh: '数据', en: 'Data' },
  },
  labels: { singular: { zh: '账号数据', en: 'Account metrics' }, plural: { zh: '账号数据', en: 'Account metrics' } },
  endpoints: [ingestEndpoint],
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '账号/日期键', en: 'Account/day key' },
    },
    { name: 'account', type: 'text', required: true, index: true, label: { zh: '账号', en: 'Account' } },
    { name: 'date', type: 'text', required: true, index: true, label: { zh: '日期', en: 'Date' } },
    {
      name: 'channel',
      type: 'relationship',
      relationTo: SLUGS.channels,
      index: true,
      label: { zh: '渠道', en: 'Channel' },
    },
    {
      name: 'doctor',
      type: 'relationship',
      relationTo: SLUGS.doctors,
      index: true,
      label: { zh: '专家', en: 'Doctor' },
    },
    {
      type: 'row',
      fields: [
        countField('followers', '粉丝数', 'Followers'),
        countField('followerGrowth', '粉丝净增', 'Follower growth', undefined),
        countField('brandSearchVolume', '品牌词搜索量', 'Brand searches'),
      ],
    },
    {
      type: 'row',
      fields: [
        countField('mentions', '本院声量', 'Mentions'),
        countField('categoryMentions', '行业总声量', 'Category mentions'),
      ],
    },
    {
      name: 'sentiment',
      type: 'group',
      label: { zh: '声量情感', en: 'Mention sentiment' },
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
      name: 'nps',
      type: 'group',
      label: { zh: 'NPS 调查', en: 'NPS survey' },
      fields: [
        {
          type: 'row',
          fields: [
            countField('promoters', '推荐者（9–10 分）', 'Promoters'),
            countField('passives', '被动者（7–8 分）', 'Passives'),
            countField('detractors', '贬损者（0–6 分）', 'Detractors'),
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
