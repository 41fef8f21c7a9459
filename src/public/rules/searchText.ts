// How search reads text: folded to Simplified Chinese and lower case, cut into terms — a word per
// run of letters or digits, and for Chinese (no spaces between words) overlapping character
// bigrams plus the run's last character — each term with its place in the original string, so
// the same cut serves the index, the query and the highlights. Pure: no Payload imports.
import { toSimplified } from '@/compliance/rules/scanners/normalize'

export type Term = {
  /** The folded term as indexed and queried: a lower-cased word, a CJK bigram or one CJK character. */
  text: string
  /** UTF-16 offsets of the term in the original text, end exclusive. */
  start: number
  end: number
}

/** A query part: consecutive terms that must follow each other (a phrase), or one CJK character to match as a prefix. */
export type QueryPart = { kind: 'phrase'; terms: string[] } | { kind: 'prefix'; term: string }

/** Characters written without spaces between words: bigrams, not words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const WORD = /[\p{L}\p{N}]/u
/** Words longer than this are cut: nobody searches for them, and they would bloat the index. */
const MAX_WORD = 40

const foldCache = new Map<string, string>()

/** One code point folded: full-width to half-width (NFKC), lower case, traditional to simplified. */
export const foldChar = (ch: string): string => {
  let out = foldCache.get(ch)
  if (out === undefined) {
    out = toSimplified(ch.normalize('NFKC').toLowerCase())
    if (foldCache.size < 50_000) foldCache.set(ch, out)
  }
  return out
}

/** The whole text folded (for tests and display of what was searched). */
export const foldText = (text: string): string => {
  let out = ''
  for (const ch of text) out += foldChar(ch)
  return out
}

type Char = { folded: string; start: number; end: number; cjk: boolean; word: boolean }

const charsOf = (text: string): Char[] => {
  const chars: Char[] = []
  let at = 0
  for (const ch of text) {
    const folded = foldChar(ch)
    const cjk = CJK.test(folded)
    chars.push({ folded, start: at, end: at + ch.length, cjk, word: !cjk && WORD.test(folded) })
    at += ch.length
  }
  return chars
}

/** Runs of CJK characters and of word characters, each as its characters. */
const runsOf = (text: string): { cjk: boolean; chars: Char[] }[] => {
  const runs: { cjk: boolean; chars: Char[] }[] = []
  let current: { cjk: boolean; chars: Char[] } | undefined
  for (const c of charsOf(text)) {
    if (!c.cjk && !c.word) {
      current = undefined
      continue
    }
    if (!current || current.cjk !== c.cjk) {
      current = { cjk: c.cjk, chars: [] }
      runs.push(current)
    }
    current.chars.push(c)
  }
  return runs
}

/** Folded characters of a word run, keeping only letters and digits (NFKC may add others). */
const wordOf = (chars: Char[]): string =>
  [...chars.map((c) => c.folded).join('')]
    .filter((ch) => WORD.test(ch))
    .slice(0, MAX_WORD)
    .join('')

/**
 * The terms of a text in order. A CJK run `c1…cn` gives the bigrams `c1c2 … c(n-1)cn` and then
 * `cn` alone, so every character starts some term (a one-character query is a prefix search)
 * and a phrase of bigrams matches exactly where the query's characters stand together.
 */
export const tokenize = (text: string): Term[] => {
  const terms: Term[] = []
  for (const run of runsOf(text)) {
    const chars = run.chars
    if (run.cjk) {
      for (let i = 0; i + 1 < chars.length; i++)
        terms.push({ text: chars[i].folded + chars[i + 1].folded, start: chars[i].start, end: chars[i + 1].end })
      const last = chars[chars.length - 1]
      terms.push({ text: last.folded, start: last.start, end: last.end })
    } else {
      const word = wordOf(chars)
      if (word) terms.push({ text: word, start: chars[0].start, end: chars[chars.length - 1].end })
    }
  }
  return terms
}

/** The terms as the index stores them: separated by spaces (FTS5's unicode61 reads each back as one token). */
export const indexText = (text: string): string =>
  tokenize(text)
    .map((t) => t.text)
    .join(' ')

/** What a query asks for: every run must occur (AND); a CJK run as the phrase of its bigrams. */
export const parseQuery = (query: string): QueryPart[] => {
  const parts: QueryPart[] = []
  const seen = new Set<string>()
  for (const run of runsOf(query)) {
    let part: QueryPart
    if (run.cjk) {
      const chars = run.chars.map((c) => c.folded)
      part =
        chars.length === 1
          ? { kind: 'prefix', term: chars[0] }
          : { kind: 'phrase', terms: chars.slice(1).map((c, i) => chars[i] + c) }
    } else {
      const word = wordOf(run.chars)
      if (!word) continue
      part = { kind: 'phrase', terms: [word] }
    }
    const key = JSON.stringify(part)
    if (!seen.has(key)) parts.push(part)
    seen.add(key)
  }
  return parts
}

/** Terms hold only letters and digits, so double quotes are all the quoting FTS5 needs. */
export const toFts5Query = (parts: QueryPart[]): string =>
  parts.map((p) => (p.kind === 'prefix' ? `"${p.term}"*` : `"${p.terms.join(' ')}"`)).join(' AND ')

/** The same query as a Postgres tsquery literal (cast with `::tsquery`, which does no parsing of its own). */
export const toTsQuery = (parts: QueryPart[]): string =>
  parts
    .map((p) => (p.kind === 'prefix' ? `'${p.term}':*` : `(${p.terms.map((t) => `'${t}'`).join(' <-> ')})`))
    .join(' & ')

/** Positions Postgres keeps in a tsvector; later terms share the last one. */
export const TSVECTOR_MAX_POSITION = 16383

/**
 * A tsvector literal of fields with their weights (A title, B summary, D body), positions running
 * on through the fields with a gap between them so no phrase spans two fields.
 */
export const toTsVector = (fields: { text: string; weight: 'A' | 'B' | 'C' | 'D' }[]): string => {
  const positions = new Map<string, string[]>()
  let position = 1
  for (const field of fields) {
    for (const term of tokenize(field.text)) {
      const list = positions.get(term.text) ?? []
      // Postgres keeps at most 256 positions per lexeme.
      if (list.length < 256) list.push(`${Math.min(position, TSVECTOR_MAX_POSITION)}${field.weight}`)
      positions.set(term.text, list)
      position++
    }
    position += 2
  }
  return [...positions].map(([term, list]) => `'${term}':${list.join(',')}`).join(' ')
}
