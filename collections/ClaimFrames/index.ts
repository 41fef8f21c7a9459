import type { CollectionConfig, FieldHook } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isStaff } from '@/access/isStaff'
import { CATEGORY_LABELS } from '@/compliance/rules/scanners/messages'
import { DEFAULT_FRAMES, formulaText } from '@/compliance/rules/scanners/claimFrames'
import { LIKELY_CLAIM } from '@/compliance/rules/scanners/claimModel'
import type { ContentKind, Severity } from '@/compliance/rules/scanners/types'
import { SLUGS } from '../slugs'
import { auditFrameChange } from './hooks/auditFrameChange'

const never = () => false

const KIND_LABELS = { campaign: '营销内容', article: '科普文章', 'patient-story': '患者故事' } as const
const SEVERITY_LABELS = { block: '阻止提交', warn: '提示' } as const

/** What a row shows about the shipped check it configures: a frame, or the claims model. */
type Described = {
  title: string
  category: string
  note: string
  formula: string
  severity: Partial<Record<ContentKind, Severity>>
  examples: readonly string[]
  fine: readonly string[]
  suggestion: string
}

const shipped = (id: unknown): Described | undefined => {
  if (id === LIKELY_CLAIM.id)
    return {
      ...LIKELY_CLAIM,
      category: CATEGORY_LABELS['likely-claim'].zh,
      formula: '整句的字、词组合（1–3字）按违规与合规例句的出现比例打分，超过阈值即提示',
      examples: [],
      fine: [],
    }
  const frame = DEFAULT_FRAMES.find((f) => f.id === id)
  return (
    frame && {
      ...frame,
      category: CATEGORY_LABELS[frame.category].zh,
      formula: frame.formulas.map(formulaText).join('\n'),
    }
  )
}

/** A read-only field computed from the shipped frame the row configures (never stored). */
const fromFrame =
  (describe: (frame: Described) => string): FieldHook =>
  ({ siblingData }) => {
    const frame = shipped(siblingData?.frameId)
    return frame ? describe(frame) : null
  }

const readOnlyText = (name: string, label: { zh: string; en: string }, describe: (frame: Described) => string) => ({
  name,
  type: 'textarea' as const,
  virtual: true,
  label,
  admin: { readOnly: true },
  access: { create: never, update: never },
  hooks: { afterRead: [fromFrame(describe)] },
})

/**
 * 违规句式: the claim frames (src/compliance/rules/scanners/claimFrames.ts) as compliance reviewers
 * see and steer them. A row per shipped frame is written at start; reviewers read what the frame
 * catches (its formula, examples and the sentences it leaves alone), switch it off or change its
 * suggested rewording. The frames themselves ship with the code, where they are tested.
 */
export const ClaimFrames: CollectionConfig = {
  slug: SLUGS.claimFrames,
  access: {
    read: isStaff,
    create: never,
    update: hasRole('compliance-reviewer'),
    delete: never,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'enabled', 'frameId'],
    group: { zh: '合规', en: 'Compliance' },
    description: {
      zh: '按句子结构识别的违规宣传（暗示治愈、比较、保证、见效时间、终身效果、比率、患者证明）。可停用某个句式或修改建议改写。',
      en: 'Claims found by sentence structure. Switch a frame off or change its suggested rewording.',
    },
  },
  labels: {
    singular: { zh: '违规句式', en: 'Claim frame' },
    plural: { zh: '违规句式', en: 'Claim frames' },
  },
  hooks: { afterChange: [auditFrameChange] },
  fields: [
    {
      name: 'frameId',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '句式编号', en: 'Frame id' },
      admin: { readOnly: true },
      access: { update: never },
    },
    {
      // Stored (the admin lists rows by it); written from the shipped frame at every start.
      name: 'title',
      type: 'text',
      label: { zh: '名称', en: 'Name' },
      admin: { readOnly: true },
      access: { update: never },
    },
    readOnlyText('category', { zh: '类别', en: 'Category' }, (frame) => frame.category),
    { name: 'enabled', type: 'checkbox', defaultValue: true, label: { zh: '启用', en: 'Enabled' } },
    readOnlyText('note', { zh: '说明', en: 'What it catches' }, (frame) => frame.note),
    readOnlyText('formula', { zh: '句式', en: 'Formula' }, (frame) => frame.formula),
    readOnlyText('severityByKind', { zh: '处理方式', en: 'Severity by content kind' }, (frame) =>
      (Object.keys(KIND_LABELS) as (keyof typeof KIND_LABELS)[])
        .map((kind) => {
          const severity = frame.severity[kind]
          return `${KIND_LABELS[kind]}：${severity ? SEVERITY_LABELS[severity] : '不检查'}`
        })
        .join('\n'),
    ),
    readOnlyText('examples', { zh: '会被标出的例句', en: 'Flagged examples' }, (frame) => frame.examples.join('\n')),
    readOnlyText('fine', { zh: '不会被标出的例句', en: 'Left alone' }, (frame) => frame.fine.join('\n')),
    readOnlyText('defaultSuggestion', { zh: '默认建议改写', en: 'Shipped suggestion' }, (frame) => frame.suggestion),
    {
      name: 'suggestion',
      type: 'text',
      maxLength: 200,
      label: { zh: '建议改写（留空则用默认）', en: 'Suggested rewording (empty = shipped)' },
    },
  ],
}
