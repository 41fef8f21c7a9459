// Small text utilities the renderer and its templates share: making user text inert in plain
// output, dates in the hospital's zone, JSON that is safe to embed, and the Handlebars helpers.
import type Handlebars from 'handlebars'

import { localDate } from '@/reports/rules/dates'

/**
 * Plain text that can never become markup downstream: ASCII angle brackets become the full-width
 * ＜ ＞ a Chinese reader sees as the same sign. Applied to every string a hospital user typed
 * before it reaches any channel, so a `<script>` title is inert in a WeChat title field, a Weibo
 * post or a JSON consumer that forgets to escape — not only in our own HTML.
 */
export const plainSafe = (text: string): string => text.replace(/</g, '＜').replace(/>/g, '＞')

/** YYYY-MM-DD of an instant in a zone (Asia/Shanghai by default); null for a missing or bad date. */
export const dateInZone = (iso: string | null | undefined, timeZone = 'Asia/Shanghai'): string | null => {
  if (!iso) return null
  const at = new Date(iso)
  return Number.isNaN(at.getTime()) ? null : localDate(at, timeZone)
}

/**
 * Readable JSON that is also safe to paste into a page's <script>: `</script` and `<!--` are
 * written with escapes (the same data to any parser), and so are the two JS line separators.
 * User text holds no `<` by then (plainSafe, escaped HTML); this guards what our own HTML holds.
 */
export const safeJson = (value: unknown): string =>
  JSON.stringify(value, null, 2)
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '\\u003c!--')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

/** One line: newlines and runs of spaces become one space (titles, subjects, digests). */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Multi-line text tidied: no trailing spaces, at most one blank line in a row, trimmed. */
export const tidyText = (text: string): string =>
  text
    .replace(/[ \t\u3000]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

/** A topic as a hashtag body: no #, brackets or spaces inside. */
export const cleanTopic = (topic: string): string => topic.replace(/[#\s[\]【】]/g, '')

const TEXT_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '＜',
  gt: '＞',
  quot: '"',
  '#x27': "'",
  '#x60': '`',
  '#x3D': '=',
}

/**
 * Text-mode templates are escaped like HTML ones (every `{{ }}` is), then the entities become
 * characters again, except that `<` and `>` come back as full-width — so a plain-text output
 * neither shows `&amp;` in a link nor carries a live tag.
 */
export const htmlEscapesToText = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|#x27|#x60|#x3D);/g, (_, name: string) => TEXT_ENTITIES[name])

/** The template helpers. Each returns a string, which Handlebars then escapes like any value. */
export const registerHelpers = (handlebars: typeof Handlebars, { timeZone }: { timeZone: string }): void => {
  // The last argument of a helper call is Handlebars' options object; these helpers ignore it.
  handlebars.registerHelper(
    'date',
    (value: unknown) => dateInZone(typeof value === 'string' ? value : null, timeZone) ?? '',
  )
  handlebars.registerHelper('join', (list: unknown, separator: unknown) =>
    Array.isArray(list)
      ? list
          .filter((x) => x !== null && x !== undefined && x !== '')
          .join(typeof separator === 'string' ? separator : '、')
      : '',
  )
  handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b)
  handlebars.registerHelper('inc', (n: unknown) => (typeof n === 'number' ? n + 1 : n))
  /** Weibo topics are closed: #话题# */
  handlebars.registerHelper('weiboTopic', (topic: unknown) =>
    typeof topic === 'string' && cleanTopic(topic) ? `#${cleanTopic(topic)}#` : '',
  )
  /** Douyin, WeChat Channels and Xiaohongshu topics are open: #话题 */
  handlebars.registerHelper('topic', (topic: unknown) =>
    typeof topic === 'string' && cleanTopic(topic) ? `#${cleanTopic(topic)}` : '',
  )
}
