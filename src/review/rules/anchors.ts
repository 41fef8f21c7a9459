// Comments a reviewer anchors to a passage when sending a piece back: each names a field, the
// words it is about and what to change. The words must stand in that field as reviewed, so the
// author is never pointed at text that is not there.
import type { ReviewableTexts } from './changes'

export type Anchor = { field: string; locale: string; quote: string; comment: string; start: number; end: number }

export type AnchorProblem =
  'not-a-list' | 'too-many' | 'not-an-object' | 'bad-field' | 'bad-quote' | 'bad-comment' | 'not-found'

export const ANCHOR_LIMITS = { count: 20, quote: 200, comment: 500 } as const

/** Why an anchor was refused, as the reviewer reads it. */
export const ANCHOR_PROBLEMS: Record<AnchorProblem, { zh: string; en: string }> = {
  'not-a-list': { zh: '批注须为列表', en: 'anchors must be a list' },
  'too-many': { zh: `最多 ${ANCHOR_LIMITS.count} 条`, en: `at most ${ANCHOR_LIMITS.count}` },
  'not-an-object': { zh: '须包含字段、引文与意见', en: 'each needs a field, a quote and a comment' },
  'bad-field': { zh: '字段不是可审核的文字字段', en: 'the field is not a reviewed text field' },
  'bad-quote': {
    zh: `引文须为 1–${ANCHOR_LIMITS.quote} 个字`,
    en: `the quote must be 1–${ANCHOR_LIMITS.quote} characters`,
  },
  'bad-comment': {
    zh: `意见须为 1–${ANCHOR_LIMITS.comment} 个字`,
    en: `the comment must be 1–${ANCHOR_LIMITS.comment} characters`,
  },
  'not-found': { zh: '引文不在该字段的审核版本中', en: 'the quote is not in that field as reviewed' },
}

/**
 * Reads the anchors sent with a rejection against the reviewed text. Returns them with their
 * offsets, or the first problem and the (1-based) number of the anchor that has it.
 */
export function resolveAnchors(
  input: unknown,
  texts: ReviewableTexts,
  defaultLocale: string,
): { anchors: Anchor[] } | { problem: AnchorProblem; index: number } {
  if (input === undefined || input === null) return { anchors: [] }
  if (!Array.isArray(input)) return { problem: 'not-a-list', index: 0 }
  if (input.length > ANCHOR_LIMITS.count) return { problem: 'too-many', index: ANCHOR_LIMITS.count + 1 }
  const anchors: Anchor[] = []
  for (const [i, item] of input.entries()) {
    const index = i + 1
    if (!item || typeof item !== 'object' || Array.isArray(item)) return { problem: 'not-an-object', index }
    const { field, locale = defaultLocale, quote, comment } = item as Record<string, unknown>
    if (typeof field !== 'string' || typeof locale !== 'string' || !Object.hasOwn(texts, field))
      return { problem: 'bad-field', index }
    if (typeof quote !== 'string' || quote.trim() === '' || quote.length > ANCHOR_LIMITS.quote)
      return { problem: 'bad-quote', index }
    if (typeof comment !== 'string' || comment.trim() === '' || comment.length > ANCHOR_LIMITS.comment)
      return { problem: 'bad-comment', index }
    const text = Object.hasOwn(texts[field], locale) ? texts[field][locale] : undefined
    const start = text === undefined ? -1 : text.indexOf(quote)
    if (start < 0) return { problem: 'not-found', index }
    anchors.push({ field, locale, quote, comment: comment.trim(), start, end: start + quote.length })
  }
  return { anchors }
}
