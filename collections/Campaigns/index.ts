import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { SLUGS } from '../slugs'
import { evaluationCsvEndpoint, evaluationEndpoint, evaluationPdfEndpoint } from './endpoints/evaluationEndpoint'
import { reportCsvEndpoint, reportEndpoint } from './endpoints/reportEndpoint'
import { validateCampaignDates } from './hooks/validateCampaignDates'

export const Campaigns: CollectionConfig = {
  slug: SLUGS.campaigns,
  access: {
    read: isStaff,
    create: hasRole('editor', 'publisher'),
    update: hasRole('editor', 'publisher'),
    delete: hasRole(),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'observanceDate', 'status'],
    group: { zh: '营销', en: 'Marketing' },
  },
  labels: { singular: { zh: '营销活动', en: 'Campaign' }, plural: { zh: '营销活动', en: 'Campaigns' } },
  endpoints: [reportEndpoint, reportCsvEndpoint, evaluationEndpoint, evaluationCsvEndpoint, evaluationPdfEndpoint],
  hooks: { beforeChange: [validateCampaignDates] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { zh: '活动名称', en: 'Name' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '标识（用于 UTM）', en: 'Slug (used in UTM)' },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { zh: '活动类型', en: 'Kind' },
      options: [
        { value: 'observance', label: { zh: '健康主题日', en: 'Health observance' } },
        { value: 'challenge', label: { zh: '挑战赛', en: 'Challenge' } },
        { value: 'live', label: { zh: '直播', en: 'Live stream' } },
        { value: 'charity', label: { zh: '公益', en: 'Charity' } },
        { value: 'discussion', label: { zh: '话题讨论', en: 'Topic discussion' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'observance', type: 'text', label: { zh: '主题日', en: 'Observance' } },
        { name: 'observanceDate', type: 'date', index: true, label: { zh: '主题日日期', en: 'Observance date' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', required: true, label: { zh: '开始日期', en: 'Start' } },
        { name: 'endDate', type: 'date', required: true, label: { zh: '结束日期', en: 'End' } },
      ],
    },
    { name: 'description', type: 'textarea', localized: true, label: { zh: '活动说明', en: 'Description' } },
    {
      name: 'audiences',
      type: 'relationship',
      relationTo: SLUGS.audiences,
      hasMany: true,
      label: { zh: '目标人群', en: 'Audiences' },
    },
    {
      name: 'channels',
      type: 'relationship',
      relationTo: SLUGS.channels,
      hasMany: true,
      label: { zh: '投放渠道', en: 'Channels' },
    },
    {
      name: 'contentItems',
      type: 'relationship',
      relationTo: [SLUGS.articles, SLUGS.patientStories],
      hasMany: true,
      label: { zh: '活动内容', en: 'Content items' },
    },
    {
      name: 'kols',
      type: 'relationship',
      relationTo: SLUGS.kolPartners,
      hasMany: true,
      label: { zh: '合作 KOL', en: 'KOL partners' },
    },
    {
      name: 'kpiTargets',
      type: 'group',
      label: { zh: 'KPI 目标', en: 'KPI targets' },
      admin: {
        description: {
          zh: '四个维度的目标：品牌、传播、业务、社会效益。百分比填 0–100，NPS 填 −100 到 100；留空即不设目标。',
          en: 'Targets in four dimensions: brand, reach, business, social. Percentages 0–100, NPS −100 to 100; empty means no target.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'reach',
              type: 'number',
              min: 0,
              label: { zh: '触达人次（阅读/播放）', en: 'Reach (reads/plays)' },
            },
            { name: 'interactions', type: 'number', min: 0, label: { zh: '互动次数', en: 'Interactions' } },
            { name: 'conversions', type: 'number', min: 0, label: { zh: '渠道转化数', en: 'Channel conversions' } },
            { name: 'impressions', type: 'number', min: 0, label: { zh: '曝光', en: 'Impressions' } },
            { name: 'shares', type: 'number', min: 0, label: { zh: '转发', en: 'Shares' } },
            {
              name: 'engagementRate',
              type: 'number',
              min: 0,
              max: 100,
              label: { zh: '互动率（%）', en: 'Engagement rate (%)' },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'followerGrowth', type: 'number', label: { zh: '粉丝净增', en: 'Follower growth' } },
            { name: 'brandSearchVolume', type: 'number', min: 0, label: { zh: '品牌词搜索量', en: 'Brand searches' } },
            {
              name: 'mentionShare',
              type: 'number',
              min: 0,
              max: 100,
              label: { zh: '声量占比（%）', en: 'Mention share (%)' },
            },
            {
              name: 'positiveShare',
              type: 'number',
              min: 0,
              max: 100,
              label: { zh: '正面情感占比（%）', en: 'Positive sentiment (%)' },
            },
            { name: 'nps', type: 'number', min: -100, max: 100, label: { zh: '净推荐值 NPS', en: 'NPS' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'appointments', type: 'number', min: 0, label: { zh: '预约挂号', en: 'Appointments' } },
            { name: 'consultations', type: 'number', min: 0, label: { zh: '在线咨询', en: 'Consultations' } },
            { name: 'signUps', type: 'number', min: 0, label: { zh: '活动报名', en: 'Sign-ups' } },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'screeningUptake',
              type: 'number',
              min: 0,
              max: 100,
              label: { zh: '筛查率（%）', en: 'Screening uptake (%)' },
            },
            {
              name: 'vaccinationUptake',
              type: 'number',
              min: 0,
              max: 100,
              label: { zh: '接种率（%）', en: 'Vaccination uptake (%)' },
            },
            { name: 'quizScore', type: 'number', min: 0, max: 100, label: { zh: '知识测评得分', en: 'Quiz score' } },
            {
              name: 'volunteerHours',
              type: 'number',
              min: 0,
              label: { zh: '志愿服务时长（小时）', en: 'Volunteer hours' },
            },
          ],
        },
      ],
    },
    { name: 'budget', type: 'number', min: 0, label: { zh: '预算（元）', en: 'Budget (CNY)' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planning',
      index: true,
      label: { zh: '状态', en: 'Status' },
      options: [
        { value: 'planning', label: { zh: '筹备中', en: 'Planning' } },
        { value: 'active', label: { zh: '进行中', en: 'Active' } },
        { value: 'completed', label: { zh: '已结束', en: 'Completed' } },
        { value: 'cancelled', label: { zh: '已取消', en: 'Cancelled' } },
      ],
    },
    // The report panel (KPI progress, charts, CSV download): a ui field, nothing is stored.
    {
      name: 'reportPanel',
      type: 'ui',
      admin: { components: { Field: '/src/components/reports/CampaignReport#CampaignReport' } },
    },
    // The four-dimension evaluation (indicators against targets, trends, breakdowns, CSV and PDF).
    {
      name: 'evaluationPanel',
      type: 'ui',
      admin: { components: { Field: '/src/components/reports/CampaignEvaluation#CampaignEvaluation' } },
    },
  ],
}
