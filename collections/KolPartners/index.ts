import type { CollectionConfig } from 'payload'

import { fieldHasRole, hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { SLUGS } from '../slugs'
import { voidOnDisclosureChange } from './hooks/voidOnDisclosureChange'

export const KolPartners: CollectionConfig = {
  slug: SLUGS.kolPartners,
  access: {
    read: isStaff,
    create: hasRole('editor', 'compliance-reviewer'),
    update: hasRole('editor', 'compliance-reviewer'),
    delete: hasRole(),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'paid', 'status'],
    group: { zh: '营销', en: 'Marketing' },
  },
  labels: {
    singular: { zh: 'KOL/KOC 合作方', en: 'KOL partner' },
    plural: { zh: 'KOL/KOC 合作方', en: 'KOL partners' },
  },
  hooks: { afterChange: [voidOnDisclosureChange] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '名称', en: 'Name' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { zh: '类型', en: 'Kind' },
      options: [
        { value: 'medical-expert', label: { zh: '医学专家', en: 'Medical expert' } },
        { value: 'influencer', label: { zh: '健康博主', en: 'Influencer' } },
        { value: 'community-koc', label: { zh: '社区 KOC', en: 'Community KOC' } },
        { value: 'media', label: { zh: '媒体', en: 'Media' } },
        { value: 'ngo', label: { zh: '公益组织', en: 'NGO' } },
      ],
    },
    {
      name: 'platforms',
      type: 'array',
      label: { zh: '平台账号', en: 'Platforms' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'platform',
              type: 'select',
              required: true,
              label: { zh: '平台', en: 'Platform' },
              options: [
                { value: 'wechat', label: { zh: '微信', en: 'WeChat' } },
                { value: 'weibo', label: { zh: '微博', en: 'Weibo' } },
                { value: 'douyin', label: { zh: '抖音', en: 'Douyin' } },
                { value: 'xiaohongshu', label: { zh: '小红书', en: 'Xiaohongshu' } },
                { value: 'bilibili', label: { zh: '哔哩哔哩', en: 'Bilibili' } },
                { value: 'website', label: { zh: '网站', en: 'Website' } },
              ],
            },
            { name: 'handle', type: 'text', required: true, label: { zh: '账号', en: 'Handle' } },
            { name: 'followers', type: 'number', min: 0, label: { zh: '粉丝数', en: 'Followers' } },
          ],
        },
      ],
    },
    {
      name: 'expertise',
      type: 'relationship',
      relationTo: SLUGS.topics,
      hasMany: true,
      label: { zh: '擅长主题', en: 'Expertise' },
    },
    {
      name: 'credentialNumber',
      type: 'text',
      label: { zh: '执业证书编号', en: 'Practising licence number' },
      access: {
        read: fieldHasRole('privacy-officer'),
        create: fieldHasRole('privacy-officer', 'compliance-reviewer', 'editor'),
        update: fieldHasRole('privacy-officer', 'compliance-reviewer'),
      },
    },
    {
      name: 'credentialVerified',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '资质已核验', en: 'Credential verified' },
    },
    {
      type: 'row',
      fields: [
        { name: 'contractStart', type: 'date', label: { zh: '合同开始', en: 'Contract start' } },
        { name: 'contractEnd', type: 'date', label: { zh: '合同结束', en: 'Contract end' } },
      ],
    },
    { name: 'paid', type: 'checkbox', defaultValue: false, label: { zh: '付费合作', en: 'Paid partnership' } },
    {
      name: 'disclosure',
      type: 'text',
      label: { zh: '合作披露文字', en: 'Disclosure text' },
      admin: { condition: (data) => Boolean(data?.paid) },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        !siblingData?.paid ||
        (typeof value === 'string' && value.trim() !== '') ||
        '付费合作内容必须标注披露文字（如“广告”“合作推广”） / paid partnerships need a disclosure',
    },
    {
      name: 'conflictOfInterest',
      type: 'textarea',
      label: { zh: '利益冲突声明', en: 'Conflict-of-interest declaration' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      label: { zh: '状态', en: 'Status' },
      options: [
        { value: 'active', label: { zh: '合作中', en: 'Active' } },
        { value: 'paused', label: { zh: '暂停', en: 'Paused' } },
        { value: 'ended', label: { zh: '已结束', en: 'Ended' } },
      ],
    },
  ],
}
