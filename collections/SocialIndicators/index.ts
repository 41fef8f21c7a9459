import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { SOCIAL_INDICATORS } from '@/reports/rules/evaluationRows'
import { SLUGS } from '../slugs'
import { ingestEndpoint } from './endpoints/ingestEndpoint'
import { keySocialIndicator } from './hooks/keySocialIndicator'

const LABELS: Record<(typeof SOCIAL_INDICATORS)[number], { zh: string; en: string }> = {
  'screening-uptake': { zh: '筛查率（%）', en: 'Screening uptake (%)' },
  'vaccination-uptake': { zh: '接种率（%）', en: 'Vaccination uptake (%)' },
  'quiz-score': { zh: '健康知识测评平均分（百分制）', en: 'Health-quiz average score (of 100)' },
  'volunteer-hours': { zh: '志愿服务时长（小时）', en: 'Volunteer hours' },
}

/**
 * 公益指标: a campaign's public-good measurements — screening or vaccination uptake in the target
 * community before and after, health-quiz scores, volunteer hours — entered by staff here or sent
 * through POST /api/social-indicators/ingest; one row per campaign, indicator, community and day.
 */
export const SocialIndicators: CollectionConfig = {
  slug: SLUGS.socialIndicators,
  access: {
    read: isStaff,
    create: hasRole('editor', 'publisher', 'analyst'),
    update: hasRole('editor', 'publisher', 'analyst'),
    delete: hasRole(),
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['campaign', 'indicator', 'community', 'date', 'baseline', 'value'],
    group: { zh: '营销', en: 'Marketing' },
  },
  labels: { singular: { zh: '公益指标', en: 'Social indicator' }, plural: { zh: '公益指标', en: 'Social indicators' } },
  endpoints: [ingestEndpoint],
  hooks: { beforeChange: [keySocialIndicator] },
  fields: [
    {
      name: 'campaign',
      type: 'relationship',
      relationTo: SLUGS.campaigns,
      required: true,
      index: true,
      label: { zh: '营销活动', en: 'Campaign' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'indicator',
          type: 'select',
          required: true,
          label: { zh: '指标', en: 'Indicator' },
          options: SOCIAL_INDICATORS.map((value) => ({ value, label: LABELS[value] })),
        },
        {
          name: 'date',
          type: 'text',
          required: true,
          label: { zh: '测量日期（YYYY-MM-DD）', en: 'Measured on (YYYY-MM-DD)' },
        },
        { name: 'community', type: 'text', label: { zh: '目标社区/人群', en: 'Community' } },
      ],
    },
    { name: 'label', type: 'text', label: { zh: '说明', en: 'Description' } },
    {
      type: 'row',
      fields: [
        { name: 'baseline', type: 'number', min: 0, label: { zh: '活动前（基线）', en: 'Before (baseline)' } },
        { name: 'value', type: 'number', required: true, min: 0, label: { zh: '测量值', en: 'Value' } },
        { name: 'sampleSize', type: 'number', min: 1, label: { zh: '样本量/人数', en: 'Sample size' } },
      ],
    },
    {
      name: 'key',
      type: 'text',
      unique: true,
      index: true,
      label: { zh: '活动/指标/社区/日期键', en: 'Campaign/indicator/community/day key' },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
