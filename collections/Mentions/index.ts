import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { SEVERITIES, SEVERITY_LABELS } from '@/opinion/rules/classify'
import { MENTION_PLATFORMS } from '@/opinion/rules/mentionRows'
import { SLUGS } from '../slugs'
import { ingestMentionsEndpoint } from './endpoints/ingestMentions'
import { classifyOnSave } from './hooks/classifyOnSave'

const PLATFORM_LABELS: Record<(typeof MENTION_PLATFORMS)[number], string> = {
  weibo: '微博',
  wechat: '微信',
  douyin: '抖音',
  xiaohongshu: '小红书',
  zhihu: '知乎',
  news: '新闻媒体',
  forum: '论坛',
  other: '其他',
}

const computed = { create: () => false, update: () => false }

/**
 * 舆情信息: what is said about the hospital, from a monitoring service (POST /api/mentions/ingest,
 * idempotent by platform and source id) or entered by hand. Each save classifies it against the
 * monitoring rules: relevant or not, sentiment, linked pieces, suggested severity.
 */
export const Mentions: CollectionConfig = {
  slug: SLUGS.mentions,
  access: {
    read: isStaff,
    create: hasRole('operations', 'publisher'),
    update: hasRole('operations', 'publisher'),
    delete: hasRole(),
  },
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['platform', 'text', 'suggestedSeverity', 'sentiment', 'relevant', 'postedAt'],
    group: { zh: '舆情', en: 'Public opinion' },
  },
  labels: { singular: { zh: '舆情信息', en: 'Mention' }, plural: { zh: '舆情信息', en: 'Mentions' } },
  endpoints: [ingestMentionsEndpoint],
  hooks: { beforeChange: [classifyOnSave] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'platform',
          type: 'select',
          required: true,
          options: MENTION_PLATFORMS.map((value) => ({ value, label: PLATFORM_LABELS[value] })),
          label: { zh: '平台', en: 'Platform' },
        },
        { name: 'sourceId', type: 'text', required: true, maxLength: 128, label: { zh: '来源编号', en: 'Source id' } },
      ],
    },
    {
      // platform:sourceId — the one key of a mention, however often it is sent.
      name: 'sourceKey',
      type: 'text',
      unique: true,
      index: true,
      access: computed,
      admin: { hidden: true },
    },
    { name: 'url', type: 'text', maxLength: 2000, label: { zh: '链接', en: 'URL' } },
    { name: 'author', type: 'text', maxLength: 100, label: { zh: '作者账号', en: 'Author handle' } },
    { name: 'text', type: 'textarea', required: true, maxLength: 5000, label: { zh: '内容', en: 'Text' } },
    { name: 'postedAt', type: 'date', required: true, index: true, label: { zh: '发布时间', en: 'Posted at' } },
    {
      name: 'engagement',
      type: 'group',
      label: { zh: '互动数据', en: 'Engagement' },
      fields: [
        {
          type: 'row',
          fields: (['likes', 'comments', 'shares', 'plays'] as const).map((name) => ({
            name,
            type: 'number' as const,
            min: 0,
            defaultValue: 0,
            label: { likes: '点赞', comments: '评论', shares: '转发', plays: '播放' }[name],
          })),
        },
      ],
    },
    {
      name: 'incident',
      type: 'relationship',
      relationTo: SLUGS.incidents,
      index: true,
      label: { zh: '归入舆情事件', en: 'Incident' },
    },
    {
      type: 'collapsible',
      label: { zh: '自动研判', en: 'Classification' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'relevant',
              type: 'checkbox',
              index: true,
              label: { zh: '与本院相关', en: 'Relevant' },
              access: computed,
            },
            {
              name: 'sentiment',
              type: 'select',
              index: true,
              options: [
                { value: 'negative', label: { zh: '负面', en: 'Negative' } },
                { value: 'neutral', label: { zh: '中性', en: 'Neutral' } },
                { value: 'positive', label: { zh: '正面', en: 'Positive' } },
              ],
              label: { zh: '情感倾向', en: 'Sentiment' },
              access: computed,
            },
            {
              name: 'suggestedSeverity',
              type: 'select',
              index: true,
              options: SEVERITIES.map((value) => ({ value, label: SEVERITY_LABELS[value] })),
              label: { zh: '建议级别', en: 'Suggested severity' },
              access: computed,
            },
          ],
        },
        { name: 'matchedRules', type: 'json', label: { zh: '命中规则', en: 'Rules matched' }, access: computed },
        {
          name: 'linkedContent',
          type: 'json',
          label: { zh: '涉及的本院内容', en: 'Our pieces it concerns' },
          access: computed,
        },
      ],
    },
  ],
  timestamps: true,
}
