import { findingMessage } from './messages'
import { normalizeForMatching, toOriginalSpan } from './normalize'
import type { ContentKind, Finding } from './types'

/**
 * Disguised advertising (《广告法》第十九条、《医疗广告管理办法》第十六条): health education or a patient
 * story that carries prices, discounts or sales incentives is an advertisement in disguise.
 * Campaigns are advertisements anyway (reviewed as such), so only the other kinds are scanned.
 * Patterns apply to the normalized text (see normalize.ts).
 */
export const DISGUISED_AD_PATTERNS: { id: string; pattern: RegExp }[] = [
  {
    id: 'price',
    pattern:
      /(?:仅需|只需|只要|低至|优惠价|特价|特惠价|活动价|团购价|体验价|现价|原价)\s*:?\s*[¥￥]?\s*\d+(?:\.\d+)?\s*(?:元|块)/g,
  },
  { id: 'discount', pattern: /打\s*(?:[1-9](?:\.\d)?|[一二三四五六七八九])\s*折|(?<![\d.])[1-9](?:\.\d)?\s*折(?:优惠)?/g },
  { id: 'limited-offer', pattern: /(?:限时|限量)(?:优惠|特惠|折扣|免费|抢购|特价)|先到先得|立减\s*\d+|满\s*\d+\s*减\s*\d+/g },
  { id: 'sales', pattern: /秒杀|抢购|团购|优惠券|代金券|返现|扫码(?:领取|购买|下单|抢)/g },
]

const KINDS: ContentKind[] = ['article', 'patient-story']

export function scanDisguisedAd(text: string, kind: ContentKind): Finding[] {
  if (!KINDS.includes(kind)) return []
  const norm = normalizeForMatching(text)
  const findings: Finding[] = []
  for (const { pattern } of DISGUISED_AD_PATTERNS) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(norm.normalized); m; m = pattern.exec(norm.normalized)) {
      if (m[0].length === 0) {
        pattern.lastIndex++
        continue
      }
      const span = toOriginalSpan(text, norm, m.index, m.index + m[0].length)
      if (findings.some((f) => span.start < f.end && f.start < span.end)) continue
      findings.push({
        code: 'disguised-ad',
        severity: 'warn',
        start: span.start,
        end: span.end,
        match: text.slice(span.start, span.end),
        message: findingMessage('disguised-ad', 'zh'),
        suggestion: '删除价格、优惠和招揽内容；如需推广请按医疗广告送审',
      })
    }
  }
  return findings.sort((a, b) => a.start - b.start)
}
