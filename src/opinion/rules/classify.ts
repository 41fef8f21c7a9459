// 舆情监测: what a mention (a post, a comment, an article about the hospital) is to the publicity
// office — relevant or not, which monitoring rules it matched, which of our pieces it is about,
// its sentiment and the severity it suggests. Matching runs on normalized text, so traditional
// characters, full-width forms and inserted spaces match a rule written in simplified Chinese.
// Pure: the rules, names and content keys are passed in.
import { normalizeForMatching } from '@/compliance/rules/scanners/normalize'

export const SEVERITIES = ['general', 'major', 'critical'] as const
/** 一般 / 较大 / 重大. */
export type Severity = (typeof SEVERITIES)[number]
export const SEVERITY_LABELS: Record<Severity, { zh: string; en: string }> = {
  general: { zh: '一般', en: 'General' },
  major: { zh: '较大', en: 'Major' },
  critical: { zh: '重大', en: 'Critical' },
}

export type Sentiment = 'negative' | 'neutral' | 'positive'

export type MonitoringRule = {
  id: string | number
  /** Any of these, normalized, found in the text matches the rule. */
  terms: readonly string[]
  /** A rule that only excludes: a mention matching it is not about us (同名医院, 招聘广告). */
  exclude?: boolean
  /** The least severity a match suggests (e.g. 医疗纠纷 → major). */
  severityFloor?: Severity
}

export type ContentKey = { collection: string; id: string | number; keys: readonly string[] }

export type MentionText = { text: string; url?: string | null; engagement?: number | null }

export type Classification = {
  relevant: boolean
  matchedRules: (string | number)[]
  linkedContent: { collection: string; id: string | number }[]
  sentiment: Sentiment
  /** Signed: negative words count down, positive up. */
  sentimentScore: number
  suggestedSeverity: Severity
}

/** Words that turn a mention negative or positive; a negation just before a word flips it. */
const NEGATIVE = [
  '投诉',
  '态度差',
  '态度恶劣',
  '不负责',
  '误诊',
  '漏诊',
  '医疗事故',
  '医疗纠纷',
  '死亡',
  '去世',
  '致残',
  '红包',
  '回扣',
  '乱收费',
  '过度治疗',
  '黑心',
  '骗',
  '曝光',
  '维权',
  '泄露',
  '隐私',
  '殴打',
  '医闹',
  '感染',
  '排队太久',
  '推诿',
  '拒诊',
  '失望',
  '愤怒',
  '恶心',
  '垃圾',
  '坑',
  '差评',
  '举报',
]
const POSITIVE = [
  '感谢',
  '谢谢',
  '点赞',
  '专业',
  '耐心',
  '负责',
  '细心',
  '暖心',
  '满意',
  '好评',
  '救了',
  '康复',
  '推荐',
  '靠谱',
  '温暖',
  '感动',
  '锦旗',
]
/** Words that on their own make a mention at least 重大 when it is negative. */
const CRITICAL_TERMS = ['死亡', '去世', '医疗事故', '殴打', '医闹', '泄露', '群体', '食物中毒', '爆炸', '火灾', '致残']
const MAJOR_TERMS = ['医疗纠纷', '维权', '举报', '红包', '回扣', '乱收费', '误诊', '拒诊', '曝光', '隐私']
const NEGATIONS = ['不', '没', '没有', '无', '非']

/** Engagement (likes + comments + shares, or plays) above which a negative mention escalates. */
export const ENGAGEMENT_THRESHOLDS = { major: 1_000, critical: 50_000 } as const

const SEVERITY_RANK: Record<Severity, number> = { general: 0, major: 1, critical: 2 }
export const maxSeverity = (...values: Severity[]): Severity =>
  values.reduce((a, b) => (SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a), 'general')

const norm = (text: string) => normalizeForMatching(text).normalized

const countHits = (text: string, words: readonly string[]): number => {
  let score = 0
  for (const word of words) {
    let from = 0
    for (;;) {
      const at = text.indexOf(word, from)
      if (at < 0) break
      const before = text.slice(Math.max(0, at - 2), at)
      score += NEGATIONS.some((n) => before.endsWith(n)) ? -1 : 1
      from = at + word.length
    }
  }
  return score
}

export const sentimentOf = (text: string): { sentiment: Sentiment; score: number } => {
  const n = norm(text)
  const score = countHits(n, POSITIVE) - countHits(n, NEGATIVE)
  if (score < 0) return { sentiment: 'negative', score }
  return { sentiment: score > 0 ? 'positive' : 'neutral', score }
}

/**
 * Classifies one mention. Relevant when a monitoring rule, the hospital's name, one of its
 * doctors' names or a piece's key (slug, URL, title) matches, and no exclusion rule does.
 */
export const classifyMention = (
  mention: MentionText,
  {
    rules,
    hospitalNames,
    doctorNames = [],
    content = [],
  }: {
    rules: readonly MonitoringRule[]
    hospitalNames: readonly string[]
    doctorNames?: readonly string[]
    content?: readonly ContentKey[]
  },
): Classification => {
  const text = norm(`${mention.text}\n${mention.url ?? ''}`)
  const has = (term: string) => term.trim() !== '' && text.includes(norm(term))
  const matched = rules.filter((rule) => !rule.exclude && rule.terms.some(has))
  const excluded = rules.some((rule) => rule.exclude && rule.terms.some(has))
  const linkedContent = content
    .filter((piece) => piece.keys.some(has))
    .map(({ collection, id }) => ({ collection, id }))
  const named = hospitalNames.some(has) || doctorNames.some(has)
  const relevant = !excluded && (matched.length > 0 || named || linkedContent.length > 0)
  const { sentiment, score } = sentimentOf(mention.text)

  let severity: Severity = 'general'
  if (relevant && sentiment === 'negative') {
    const engagement = mention.engagement ?? 0
    if (CRITICAL_TERMS.some(has) || engagement >= ENGAGEMENT_THRESHOLDS.critical) severity = 'critical'
    else if (MAJOR_TERMS.some(has) || engagement >= ENGAGEMENT_THRESHOLDS.major) severity = 'major'
  }
  if (relevant) severity = maxSeverity(severity, ...matched.map((rule) => rule.severityFloor ?? 'general'))
  return {
    relevant,
    matchedRules: matched.map((rule) => rule.id),
    linkedContent,
    sentiment,
    sentimentScore: score,
    suggestedSeverity: relevant ? severity : 'general',
  }
}
