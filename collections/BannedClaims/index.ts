import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { SLUGS } from '../slugs'
import { auditLexiconChange, auditLexiconDelete } from './hooks/auditLexiconChange'
import { validatePattern } from './hooks/validatePattern'

/** 违规用语词库: the banned-claims lexicon compliance reviewers keep; preflight scans against it. */
export const BannedClaims: CollectionConfig = {
  slug: SLUGS.bannedClaims,
  access: {
    read: isStaff,
    create: hasRole('compliance-reviewer'),
    update: hasRole('compliance-reviewer'),
    delete: hasRole('compliance-reviewer'),
  },
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', 'category', 'severity', 'enabled'],
    group: { zh: '合规', en: 'Compliance' },
  },
  labels: {
    singular: { zh: '违规用语', en: 'Banned claim' },
    plural: { zh: '违规用语词库', en: 'Banned-claims lexicon' },
  },
  hooks: { beforeChange: [validatePattern], afterChange: [auditLexiconChange], afterDelete: [auditLexiconDelete] },
  fields: [
    { name: 'term', type: 'text', required: true, label: { zh: '词语或正则表达式', en: 'Term or pattern' } },
    {
      name: 'isPattern',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '按正则表达式匹配', en: 'Regular expression' },
    },
    {
      name: 'category',
      type: 'select',
      required: true,
      label: { zh: '类别', en: 'Category' },
      options: [
        { value: 'efficacy-guarantee', label: { zh: '保证疗效/安全', en: 'Guarantee of efficacy or safety' } },
        { value: 'cure-rate', label: { zh: '治愈率/有效率', en: 'Cure or efficacy rate' } },
        { value: 'comparison', label: { zh: '与其他机构/疗法比较', en: 'Comparison' } },
        { value: 'absolute', label: { zh: '绝对化用语', en: 'Absolute term' } },
        { value: 'endorsement', label: { zh: '患者/专家证明推荐', en: 'Endorsement or testimonial' } },
      ],
    },
    {
      name: 'severity',
      type: 'select',
      required: true,
      defaultValue: 'block',
      label: { zh: '处理方式', en: 'Severity' },
      options: [
        { value: 'block', label: { zh: '阻止提交', en: 'Block' } },
        { value: 'warn', label: { zh: '提示', en: 'Warn' } },
      ],
    },
    { name: 'suggestion', type: 'text', label: { zh: '建议改写', en: 'Suggested wording' } },
    {
      name: 'kinds',
      type: 'select',
      hasMany: true,
      label: { zh: '适用内容（不选为全部）', en: 'Applies to (empty = all)' },
      options: [
        { value: 'article', label: { zh: '科普文章', en: 'Articles' } },
        { value: 'patient-story', label: { zh: '患者故事', en: 'Patient stories' } },
        { value: 'campaign', label: { zh: '营销活动内容', en: 'Campaign pieces' } },
      ],
    },
    { name: 'enabled', type: 'checkbox', defaultValue: true, index: true, label: { zh: '启用', en: 'Enabled' } },
  ],
}
