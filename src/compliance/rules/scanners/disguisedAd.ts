import { findingMessage } from './messages'
import { normalizeForMatching, toOriginalSpan } from './normalize'
import type { ContentKind, Finding, Severity } from './types'

/**
 * Disguised advertising (《广告法》第十九条、《医疗广告管理办法》第十六条): health education or a patient
 * story that carries prices, discounts or sales incentives is an advertisement in disguise.
 * Booking or purchase links count too. A warning in health education and stories; in campaign
 * pieces, which go out under the hospital's name, it blocks (both configurable per kind).
 * Patterns apply to the normalized text (see normalize.ts).
 */
export const DISGUISED_AD_PATTERNS: { id: string; pattern: RegExp }[] = [
  {
    id: 'price',
    pattern:
      /(?:仅需|只需|只要|低至|优惠价|特价|特惠价|活动价|团购价|体验价|现价|原价)\s*:?\s*[¥￥]?\s*\d+(?:\.\d+)?\s*(?:元|块)/g,
  },
  {
    id: 'discount',
    pattern: /打\s*(?:[1-9](?:\.\d)?|[一二三四五六七八九])\s*折|(?<![\d.])[1-9](?:\.\d)?\s*折(?:优惠)?/g,
  },
  {
    id: 'limited-offer',
    pattern: /(?:限时|限量)(?:优惠|特惠|折扣|免费|抢购|特价)|先到先得|立减\s*\d+|满\s*\d+\s*减\s*\d+/g,
  },
  { id: 'sales', pattern: /秒杀|抢购|团购|优惠券|代金券|返现|扫码(?:领取|购买|下单|抢)/g },
  { id: 'booking-link', pattern: /(?:点击|扫码)\s*(?:预约|挂号|购买|下单)|(?:预约|挂号|购买|下单)(?:链接|入口)/g },
]

export const DISGUISED_AD_SEVERITY: Record<ContentKind, Severity> = {
  article: 'warn',
  'patient-story': 'warn',
  campaign: 'block',
}

export function scanDisguisedAd(
  text: string,
  kind: ContentKind,
  severities: Record<ContentKind, Severity> = DISGUISED_AD_SEVERITY,
): Finding[] {
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
        severity: severities[kind],
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
