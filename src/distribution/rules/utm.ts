// UTM tagging of every http(s) link a rendering carries, so channel reports can attribute visits:
// href attributes in HTML and bare URLs in plain text. Parameters already on a link are kept
// (an editor's hand-made campaign link wins); only the missing ones are added. Pure.
import type { ChannelKind } from './vocabulary'

export type UtmParams = {
  /** utm_source: the channel kind. */
  source: string
  /** utm_medium: the channel's setting, or the kind's default. */
  medium: string
  /** utm_campaign: the campaign slug; omitted when the distribution has no campaign. */
  campaign?: string | null
  /** utm_content: the distribution id, so a visit leads back to one delivery. */
  content?: string | null
}

/** utm_medium when the channel sets none: social networks, the two direct channels, and referrals from our own sites. */
export const DEFAULT_UTM_MEDIUM: Record<ChannelKind, string> = {
  'wechat-article': 'social',
  'wechat-channels': 'social',
  weibo: 'social',
  douyin: 'social',
  xiaohongshu: 'social',
  sms: 'sms',
  email: 'email',
  website: 'referral',
  webhook: 'referral',
}

export const utmParamsFor = (
  kind: ChannelKind,
  {
    medium,
    campaign,
    distributionId,
  }: { medium?: string | null; campaign?: string | null; distributionId?: string | null },
): UtmParams => ({
  source: kind,
  medium: medium?.trim() || DEFAULT_UTM_MEDIUM[kind],
  campaign: campaign || null,
  content: distributionId || null,
})

// RFC 3986 characters only: a URL in Chinese text ends where the first full-width character,
// space or quote begins (“详见https://a.cn/x了解更多” tags just the link).
const URL_PATTERN = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/gi
const TRAILING_PUNCTUATION = /[.,;:!?'"*]+$/

/** Where the bare http(s) URLs in a text are, without the sentence punctuation that follows them. */
export const findUrls = (text: string): { start: number; end: number; url: string }[] => {
  const found: { start: number; end: number; url: string }[] = []
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0].replace(TRAILING_PUNCTUATION, '')
    // A closing bracket belongs to the URL only when the URL opened one: “(见 https://a.cn/x)”.
    while (/[)\]]$/.test(url)) {
      const close = url.at(-1)!
      const open = close === ')' ? '(' : '['
      if (url.split(open).length >= url.split(close).length) break
      url = url.slice(0, -1).replace(TRAILING_PUNCTUATION, '')
    }
    if (/^https?:\/\/[^/?#]/i.test(url)) found.push({ start: match.index, end: match.index + url.length, url })
  }
  return found
}

const decodeKey = (raw: string): string => {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).toLowerCase()
  } catch {
    return raw.toLowerCase()
  }
}

/**
 * One URL with the UTM parameters it lacks appended (before any #fragment). Anything but an
 * absolute http(s) URL comes back untouched; so does the rest of the URL, byte for byte.
 */
export const tagUrl = (url: string, params: UtmParams): string => {
  if (!/^https?:\/\//i.test(url)) return url
  const hashAt = url.indexOf('#')
  const fragment = hashAt === -1 ? '' : url.slice(hashAt)
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt)
  const queryAt = beforeHash.indexOf('?')
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt)
  const query = queryAt === -1 ? '' : beforeHash.slice(queryAt + 1)
  const present = new Set(query.split('&').map((pair) => decodeKey(pair.split('=')[0] ?? '')))
  const wanted: [string, string | null | undefined][] = [
    ['utm_source', params.source],
    ['utm_medium', params.medium],
    ['utm_campaign', params.campaign],
    ['utm_content', params.content],
  ]
  const added = wanted
    .filter(([key, value]) => value && !present.has(key))
    .map(([key, value]) => `${key}=${encodeURIComponent(value!)}`)
  if (added.length === 0) return url
  const joiner = query === '' || query.endsWith('&') ? '' : '&'
  return `${path}?${query}${joiner}${added.join('&')}${fragment}`
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' }

/** An attribute value as the browser reads it: `&amp;`, `&#x3D;` (Handlebars escapes `=`) and friends decoded. */
export const decodeAttribute = (value: string): string =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? entity
  })

const encodeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const TAG = /<[a-zA-Z][^<>]*>/g
const HREF = /(\shref\s*=\s*)("([^"]*)"|'([^']*)'|([^\s"'>]+))/i

/**
 * Tags the href of every element in an HTML string. Only real tags are looked at — escaped text
 * cannot contain `<` — and the href is decoded before and re-encoded after, so `&amp;` in a link
 * stays one `&` to the browser. Hrefs that are not http(s) (mailto:, tel:, #anchors, relative)
 * are left exactly as they were.
 */
export const tagHtmlLinks = (html: string, params: UtmParams): string =>
  html.replace(TAG, (tag) =>
    tag.replace(HREF, (attribute, prefix: string, _quoted: string, double?: string, single?: string, bare?: string) => {
      const url = decodeAttribute(double ?? single ?? bare ?? '').trim()
      const tagged = tagUrl(url, params)
      return tagged === url ? attribute : `${prefix}"${encodeAttribute(tagged)}"`
    }),
  )

/** Tags every bare http(s) URL in a plain text. */
export const tagTextLinks = (text: string, params: UtmParams): string => {
  const urls = findUrls(text)
  if (urls.length === 0) return text
  let out = ''
  let cursor = 0
  for (const { start, end, url } of urls) {
    out += text.slice(cursor, start) + tagUrl(url, params)
    cursor = end
  }
  return out + text.slice(cursor)
}
