// What Chinese health-education guidance asks a piece to carry before review: sources, a named
// author, a target audience; for a patient story, a consent that covers it and a complete
// de-identification checklist. Pure.
import type { AdCertificateProblem } from './adCertificate'
import type { ConsentCoverageProblem } from './consentRules'

export type CompletenessCode =
  | 'title-missing'
  | 'reference-missing'
  | 'author-missing'
  | 'audience-missing'
  | 'alt-text-missing'
  | 'deidentification-incomplete'
  | ConsentCoverageProblem
  | AdCertificateProblem

export type CompletenessFinding = { code: CompletenessCode; severity: 'block'; field: string; message: string }

export const COMPLETENESS_MESSAGES: Record<CompletenessCode, { zh: string; en: string; field: string }> = {
  'title-missing': { zh: '请填写简体中文标题。', en: 'Give the Simplified Chinese title.', field: 'title' },
  'reference-missing': {
    zh: '请至少填写一条参考文献或指南依据。',
    en: 'Give at least one reference.',
    field: 'references',
  },
  'author-missing': { zh: '请填写署名作者（专家）。', en: 'Name the author.', field: 'authors' },
  'audience-missing': { zh: '请选择目标人群。', en: 'Choose the target audience.', field: 'audiences' },
  'alt-text-missing': { zh: '图片缺少替代文本。', en: 'An image has no alt text.', field: 'cover' },
  'deidentification-incomplete': {
    zh: '去标识化核对未全部完成。',
    en: 'The de-identification checklist is incomplete.',
    field: 'deidentification',
  },
  'ad-certificate-missing': {
    zh: '医疗广告须填写医疗广告审查证明文号及有效期。',
    en: 'A medical advertisement needs its certificate number and validity date.',
    field: 'adCertificateNumber',
  },
  'ad-certificate-expired': {
    zh: '医疗广告审查证明已过期，不能发布或分发。',
    en: 'The medical advertisement certificate has expired: no publishing or distribution.',
    field: 'adCertificateValidUntil',
  },
  'consent-missing': {
    zh: '患者故事必须关联隐私授权书。',
    en: 'A patient story needs a linked consent.',
    field: 'consent',
  },
  'consent-expired': {
    zh: '关联的隐私授权书已过期或尚未生效。',
    en: 'The linked consent has lapsed or has not started.',
    field: 'consent',
  },
  'consent-revoked': { zh: '关联的隐私授权书已被撤回。', en: 'The linked consent was revoked.', field: 'consent' },
  'consent-scope': {
    zh: '授权范围不包含拟发布的渠道或用途。',
    en: 'The consent does not cover the intended channels or use.',
    field: 'intendedChannels',
  },
}

const finding = (code: CompletenessCode, language: 'zh' | 'en'): CompletenessFinding => ({
  code,
  severity: 'block',
  field: COMPLETENESS_MESSAGES[code].field,
  message: COMPLETENESS_MESSAGES[code][language],
})

const count = (value: unknown) => {
  if (Array.isArray(value)) return value.length
  return value ? 1 : 0
}

/** The title in the default locale, whether the document arrives with one locale or all. */
const hasTitle = (title: unknown) => {
  const value = title && typeof title === 'object' ? (title as Record<string, unknown>)['zh-CN'] : title
  return typeof value === 'string' && value.trim() !== ''
}

export const articleCompleteness = (
  doc: { title?: unknown; references?: unknown; authors?: unknown; audiences?: unknown; layer?: unknown },
  images: { alt?: string | null }[],
  language: 'zh' | 'en' = 'zh',
): CompletenessFinding[] => {
  const codes: CompletenessCode[] = []
  if (!hasTitle(doc.title)) codes.push('title-missing')
  // A holding statement speaks for the hospital, not a doctor teaching a topic: it needs no
  // references, signed experts or target audience (the layer is only ever a statement's).
  if (doc.layer !== 'statement') {
    if (count(doc.references) === 0) codes.push('reference-missing')
    if (count(doc.authors) === 0) codes.push('author-missing')
    if (count(doc.audiences) === 0) codes.push('audience-missing')
  }
  if (images.some((image) => !image.alt?.trim())) codes.push('alt-text-missing')
  return codes.map((code) => finding(code, language))
}

export const DEIDENTIFICATION_ITEMS = [
  'faceBlurred',
  'nameReplaced',
  'identifiersRemoved',
  'locationGeneralised',
] as const

export const storyCompleteness = (
  doc: {
    title?: unknown
    deidentification?: Partial<Record<(typeof DEIDENTIFICATION_ITEMS)[number], boolean | null>> | null
  },
  consentProblems: ConsentCoverageProblem[],
  images: { alt?: string | null }[],
  language: 'zh' | 'en' = 'zh',
): CompletenessFinding[] => {
  const codes: CompletenessCode[] = [...(hasTitle(doc.title) ? [] : (['title-missing'] as const)), ...consentProblems]
  if (!DEIDENTIFICATION_ITEMS.every((item) => doc.deidentification?.[item] === true))
    codes.push('deidentification-incomplete')
  if (images.some((image) => !image.alt?.trim())) codes.push('alt-text-missing')
  return codes.map((code) => finding(code, language))
}

export const certificateFindings = (
  problems: AdCertificateProblem[],
  language: 'zh' | 'en' = 'zh',
): CompletenessFinding[] => problems.map((code) => finding(code, language))
