import type { ClaimCategory, FindingCode } from './types'

export type MessageLanguage = 'zh' | 'en'

/** One short message per finding code, in Simplified Chinese and English. */
export const FINDING_MESSAGES: Record<FindingCode, Record<MessageLanguage, string>> = {
  'banned-claim': {
    zh: '含违规医疗宣传用语，请修改或删除',
    en: 'Prohibited medical advertising claim; rephrase or remove',
  },
  'pii-id-number': {
    zh: '疑似身份证号码，发布前请删除或脱敏',
    en: 'Looks like a resident ID number; remove or mask it before publishing',
  },
  'pii-phone': {
    zh: '疑似个人手机号码，发布前请删除或脱敏',
    en: 'Looks like a personal mobile number; remove or mask it before publishing',
  },
  'pii-landline': {
    zh: '疑似固定电话号码，如非医院公开电话请删除或脱敏',
    en: 'Looks like a landline number; remove or mask it unless it is a published hospital number',
  },
  'pii-email': {
    zh: '疑似电子邮箱地址，如非医院公开邮箱请删除或脱敏',
    en: 'Looks like an e-mail address; remove or mask it unless it is a published hospital address',
  },
  'pii-bank-card': {
    zh: '疑似银行卡号，发布前请删除',
    en: 'Looks like a bank card number; remove it before publishing',
  },
  'pii-record-number': {
    zh: '疑似病历号、住院号等就诊标识，发布前请删除或脱敏',
    en: 'Looks like a medical record / admission / insurance number; remove or mask it before publishing',
  },
  'pii-patient-name': {
    zh: '出现患者真实姓名，发布前请改用化名或“某”字脱敏',
    en: "The patient's real name appears; use a pseudonym or mask it before publishing",
  },
  'disguised-ad': {
    zh: '疑似以科普形式变相发布医疗广告（价格、优惠、招揽用语），请删除或改投广告审查',
    en: 'Looks like a disguised advertisement (price, discount or solicitation) in health content',
  },
}

export const CATEGORY_LABELS: Record<ClaimCategory, Record<MessageLanguage, string>> = {
  'efficacy-guarantee': { zh: '保证疗效', en: 'efficacy guarantee' },
  'cure-rate': { zh: '治愈率/有效率', en: 'cure or efficacy rate' },
  comparison: { zh: '与其他医疗机构或疗法比较', en: 'comparison with other providers or therapies' },
  absolute: { zh: '绝对化用语', en: 'absolute wording' },
  endorsement: { zh: '患者或专家证明、推荐', en: 'testimonial or endorsement' },
  'implied-cure': { zh: '暗示治愈或停药', en: 'implied cure or freedom from medication' },
  guarantee: { zh: '保证效果或承诺退款', en: 'guarantee of outcome or money back' },
  'time-to-cure': { zh: '承诺见效时间', en: 'promised time to cure or effect' },
  lifetime: { zh: '承诺终身或永久效果', en: 'lifetime or permanent effect' },
  'rate-in-words': { zh: '治愈率/有效率（文字表述）', en: 'cure or efficacy rate in words' },
  testimonial: { zh: '患者现身证明', en: 'patient testimonial' },
  'likely-claim': { zh: '疑似违规宣传', en: 'likely claim (statistical model)' },
}

export function findingMessage(code: FindingCode, language: MessageLanguage = 'zh'): string {
  return FINDING_MESSAGES[code][language]
}

/** The message of a banned-claim finding: the code's message plus the category and the matched words. */
export function bannedClaimMessage(category: ClaimCategory, match: string, language: MessageLanguage = 'zh'): string {
  const label = CATEGORY_LABELS[category][language]
  return language === 'zh'
    ? `${findingMessage('banned-claim', 'zh')}（${label}：“${match}”）`
    : `${findingMessage('banned-claim', 'en')} (${label}: "${match}")`
}
