// How each platform counts the length of a text. The rules differ (graphemes, Weibo's half-width
// halves and fixed-length links, SMS's UCS-2 units, WeChat's byte cap), so each rule is its own
// function and none of them is `string.length` by accident. Pure.
import { findUrls } from './utm'

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' })

/**
 * Characters that are a grapheme on their own and never join a neighbour: tab, LF, printable
 * ASCII, Latin-1, general punctuation (dashes, curly quotes, •, …; not the joiners U+200B–U+200F
 * or the invisible operators from U+205F), CJK punctuation less the combining tone marks
 * U+302A–U+302F, CJK ideographs and full-width forms. CR is not: it joins a following LF.
 * Between two such characters there is always a grapheme boundary.
 */
const isSimple = (unit: number): boolean =>
  (unit >= 0x20 && unit <= 0x7e) ||
  (unit >= 0x4e00 && unit <= 0x9fff) ||
  unit === 0x0a ||
  unit === 0x09 ||
  (unit >= 0xa0 && unit <= 0xff) ||
  (unit >= 0x2010 && unit <= 0x205e) ||
  (unit >= 0x3000 && unit <= 0x3029) ||
  (unit >= 0x3030 && unit <= 0x303f) ||
  (unit >= 0xff01 && unit <= 0xff60) ||
  (unit >= 0xffe0 && unit <= 0xffe6)

// V8's segmenter is slow per character and slows down more than linearly on long strings
// (16,000 emoji took ~300 ms), while a WeChat body is counted at 20,000 and more. So simple
// characters are counted directly, and only the stretches between them go through the
// segmenter, in pieces of at most this size.
const CHUNK = 512

type Visit = (start: number, end: number) => boolean | void

/**
 * Segments text[from, to) piece by piece. A boundary depends only on what precedes it and the
 * code point after it, so every boundary inside a piece is real, except that the piece's last
 * grapheme may go on in the next piece: it is segmented again there. Returns false if stopped.
 */
const segmentStretch = (text: string, from: number, to: number, visit: Visit): boolean => {
  let start = from
  let size = CHUNK
  while (start < to) {
    let end = Math.min(to, start + size)
    const high = text.charCodeAt(end - 1)
    if (end < to && high >= 0xd800 && high <= 0xdbff) end-- // never split a surrogate pair
    let last = -1
    for (const { index } of segmenter.segment(text.slice(start, end))) {
      if (last !== -1 && visit(last, start + index) === false) return false
      last = start + index
    }
    if (end === to) return visit(last, to) !== false
    if (last === start) {
      // One grapheme longer than the piece (hundreds of combining marks): look further.
      size *= 2
      continue
    }
    start = last
    size = CHUNK
  }
  return true
}

/** Calls `visit(start, end)` for each grapheme in order; `visit` returns false to stop. */
const eachGrapheme = (text: string, visit: Visit): void => {
  const n = text.length
  let i = 0
  while (i < n) {
    if (isSimple(text.charCodeAt(i)) && (i + 1 === n || isSimple(text.charCodeAt(i + 1)))) {
      if (visit(i, i + 1) === false) return
      i++
      continue
    }
    // A stretch that needs the segmenter ends where two simple characters meet (a sure boundary).
    let j = i + 1
    while (j < n && !(isSimple(text.charCodeAt(j - 1)) && isSimple(text.charCodeAt(j)))) j++
    if (!segmentStretch(text, i, j, visit)) return
    i = j
  }
}

/**
 * What a person sees as one character: a Chinese character, a letter with its accents, an emoji
 * with its skin tone or a whole ZWJ family (👨‍👩‍👧 is one). `string.length` would count UTF-16
 * units instead, so an emoji would count 2 and a family 8.
 */
export const graphemeLength = (text: string): number => {
  let count = 0
  eachGrapheme(text, () => {
    count++
  })
  return count
}

/** The first `max` graphemes of a text (never splits an emoji or a ZWJ sequence). */
export const graphemeSlice = (text: string, max: number): string => {
  if (max <= 0) return ''
  let count = 0
  let cut = text.length
  eachGrapheme(text, (start) => {
    if (count === max) {
      cut = start
      return false
    }
    count++
  })
  return text.slice(0, cut)
}

/**
 * WeChat official account fields (title ≤ 32, author ≤ 16, digest ≤ 128, body < 20,000): the
 * draft API counts characters as they are seen, which is graphemes.
 */
export const wechatLength = (text: string): number => graphemeLength(text)

/** Douyin and WeChat Channels titles and captions: graphemes, as the apps' counters show them. */
export const douyinLength = (text: string): number => graphemeLength(text)

/** Xiaohongshu title (≤ 20) and body (≤ 1,000): graphemes, as the app's counter shows them. */
export const xiaohongshuLength = (text: string): number => graphemeLength(text)

/** Email subject: graphemes (what the reader sees in the inbox list). */
export const emailSubjectLength = (text: string): number => graphemeLength(text)

/** Weibo counts every link as this many characters, however long it is (t.cn shortening). */
export const WEIBO_URL_WEIGHT = 10

export type WeiboCountOptions = { urlWeight?: number }

/** Half-width: ASCII, and the half-width katakana/hangul and symbol forms of U+FF61–U+FFEE. */
const isHalfWidth = (codePoint: number): boolean =>
  codePoint <= 0x7f || (codePoint >= 0xff61 && codePoint <= 0xffdc) || (codePoint >= 0xffe8 && codePoint <= 0xffee)

/**
 * Walks a text as Weibo weighs it, in half-characters: each link weighs `2 × urlWeight`, a
 * half-width grapheme 1, any other grapheme (Chinese, full-width, an emoji however many code
 * points) 2. `visit` gets where each unit starts and the running total; returning false stops.
 */
const walkWeibo = (text: string, urlWeight: number, visit: (start: number, halves: number) => boolean | void): void => {
  let halves = 0
  let stopped = false
  const plain = (from: number, to: number) => {
    if (stopped || to <= from) return
    const part = from === 0 && to === text.length ? text : text.slice(from, to)
    eachGrapheme(part, (start) => {
      halves += isHalfWidth(part.codePointAt(start)!) ? 1 : 2
      if (visit(from + start, halves) === false) stopped = true
      return !stopped
    })
  }
  let cursor = 0
  for (const url of findUrls(text)) {
    plain(cursor, url.start)
    if (stopped) return
    halves += 2 * urlWeight
    if (visit(url.start, halves) === false) return
    cursor = url.end
  }
  plain(cursor, text.length)
}

/**
 * Weibo: a Chinese or full-width character counts 1, two half-width (ASCII) characters count 1
 * (an odd one left over rounds up), an emoji counts 1, and every http(s) link counts a fixed
 * `urlWeight` (10) whatever its length. Posts are ≤ 2,000 and fold after 140.
 */
export const weiboLength = (text: string, { urlWeight = WEIBO_URL_WEIGHT }: WeiboCountOptions = {}): number => {
  let total = 0
  walkWeibo(text, urlWeight, (_, halves) => {
    total = halves
  })
  return Math.ceil(total / 2)
}

/**
 * Where a Weibo post folds: the string index of the first unit that takes the count past `foldAt`
 * (the text before it is what readers see unfolded), or the text's length when it all fits.
 */
export const weiboFoldIndex = (
  text: string,
  foldAt: number,
  { urlWeight = WEIBO_URL_WEIGHT }: WeiboCountOptions = {},
): number => {
  let fold = text.length
  walkWeibo(text, urlWeight, (start, halves) => {
    if (Math.ceil(halves / 2) <= foldAt) return true
    fold = start
    return false
  })
  return fold
}

/**
 * SMS: messages in Chinese go out as UCS-2, so every UTF-16 unit counts 1 — ASCII letters, the
 * 【signature】 and the opt-out included — and a character outside the BMP (most emoji) takes a
 * surrogate pair and counts 2. That is exactly the UTF-16 length, which is why this is the one
 * rule where `string.length` is right.
 */
export const smsLength = (text: string): number => text.length

export type SmsSegmentOptions = { singleMax?: number; segmentMax?: number }

/**
 * How many messages an SMS of this length is billed and sent as: up to 70 fits in one; longer
 * ones are split into parts of 67 (each part gives 3 units to the concatenation header).
 */
export const smsSegments = (length: number, { singleMax = 70, segmentMax = 67 }: SmsSegmentOptions = {}): number => {
  if (length <= 0) return 0
  if (length <= singleMax) return 1
  return Math.ceil(length / segmentMax)
}

/** UTF-8 bytes: the WeChat body must stay under 1 MB as sent (a Chinese character is 3 bytes). */
export const utf8ByteLength = (text: string): number => Buffer.byteLength(text, 'utf8')
