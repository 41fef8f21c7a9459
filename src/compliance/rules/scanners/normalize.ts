import { Converter } from 'opencc-js/t2cn'

/**
 * Text normalization for matching, with a map back to the original offsets.
 *
 * Per character: NFKC (full-width → half-width), lower-case, traditional → simplified Chinese.
 * Spaces, hyphens, dots, quotes and similar "inserted" separators standing between two CJK
 * characters are removed (so `包 治`, `包-治`, `包·治` all read `包治`); zero-width and other
 * invisible format characters are always removed. Line breaks are kept: they end clauses.
 */
export type Normalized = {
  normalized: string
  /** `toOriginal[i]` is the original index of normalized character i; one extra entry maps the end. */
  toOriginal: number[]
}

const hkToCn = Converter({ from: 'hk', to: 'cn' })
const twToCn = Converter({ from: 'tw', to: 'cn' })

const HAN = /\p{Script=Han}/u
/** Invisible characters: always dropped. */
const INVISIBLE = /^[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]$/u
/** Visible separators that are dropped when they stand between two CJK characters (checked after NFKC). */
const SEPARATOR = /^(?:[^\S\r\n]|[-‐‑‒–—―⁃_*~〜·・‧•∙⋅"'“”‘’「」『』/\\|])$/u

const charCache = new Map<string, string>()

/** Simplified characters the Taiwan table would still rewrite (么 → 幺 breaks 怎么, 什么, 吗/么 questions). */
const ALREADY_SIMPLIFIED = new Set(['么'])

/** Traditional → simplified for one character (cached). */
function simplifyChar(ch: string): string {
  let out = charCache.get(ch)
  if (out === undefined) {
    out = ch
    if (HAN.test(ch) && !ALREADY_SIMPLIFIED.has(ch)) {
      out = hkToCn(ch)
      if (out === ch) out = twToCn(ch)
    }
    charCache.set(ch, out)
  }
  return out
}

/** Traditional → simplified, character by character (keeps the length in code points). */
export function toSimplified(text: string): string {
  let out = ''
  for (const ch of text) out += simplifyChar(ch)
  return out
}

type Piece = { text: string; at: number; separator: boolean }

function normalizeCodePoint(cp: string): string {
  const folded = cp.normalize('NFKC').toLowerCase()
  let out = ''
  for (const ch of folded) out += simplifyChar(ch)
  return out
}

export function normalizeForMatching(text: string): Normalized {
  const pieces: Piece[] = []
  let i = 0
  for (const cp of text) {
    const at = i
    i += cp.length
    if (INVISIBLE.test(cp)) continue
    const norm = normalizeCodePoint(cp)
    if (norm === '') continue
    pieces.push({ text: norm, at, separator: SEPARATOR.test(cp) || SEPARATOR.test(norm) })
  }

  let normalized = ''
  const toOriginal: number[] = []
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]
    if (piece.separator) {
      // A run of separators: drop it whole when it stands between two CJK characters.
      let q = p
      while (q < pieces.length && pieces[q].separator) q++
      const prev = p > 0 ? pieces[p - 1].text : ''
      const next = q < pieces.length ? pieces[q].text : ''
      const between = prev !== '' && next !== '' && HAN.test(lastChar(prev)) && HAN.test(firstChar(next))
      if (!between) {
        for (let r = p; r < q; r++) emit(pieces[r])
      }
      p = q - 1
      continue
    }
    emit(piece)
  }
  toOriginal.push(text.length)
  return { normalized, toOriginal }

  function emit(piece: Piece) {
    normalized += piece.text
    for (let k = 0; k < piece.text.length; k++) toOriginal.push(piece.at)
  }
}

function firstChar(s: string): string {
  return String.fromCodePoint(s.codePointAt(0) ?? 0)
}

function lastChar(s: string): string {
  const chars = [...s]
  return chars[chars.length - 1] ?? ''
}

/**
 * Maps a span [start, end) of the normalized text back to the original text.
 * The end is the end of the original character that produced the last normalized character.
 */
export function toOriginalSpan(
  text: string,
  norm: Normalized,
  start: number,
  end: number,
): { start: number; end: number } {
  const origStart = norm.toOriginal[start] ?? text.length
  if (end <= start) return { start: origStart, end: origStart }
  const lastAt = norm.toOriginal[end - 1]
  const cp = text.codePointAt(lastAt) ?? 0
  return { start: origStart, end: lastAt + (cp > 0xffff ? 2 : 1) }
}
