// Highlights for a search hit, built from the original text with the same cut as the index: the
// places where a query part occurs are wrapped in <mark>, everything else is HTML-escaped. Long
// text (the body) becomes a snippet around the first match. Pure: no Payload imports.
import { escapeHtml } from '@/distribution/rules/richText'
import { type QueryPart, type Term, tokenize } from './searchText'

export type Span = { start: number; end: number }

/** Where the query's parts occur in a text, as merged, ordered spans of the original string. */
export const matchSpans = (text: string, parts: QueryPart[], terms: Term[] = tokenize(text)): Span[] => {
  const spans: Span[] = []
  for (const part of parts) {
    if (part.kind === 'prefix') {
      for (const term of terms) {
        // A CJK term's first character is the one the prefix names; mark that character only.
        if (term.text.startsWith(part.term))
          spans.push({ start: term.start, end: term.start + firstLength(text, term.start) })
      }
      continue
    }
    const n = part.terms.length
    for (let i = 0; i + n <= terms.length; i++) {
      let all = true
      for (let k = 0; k < n && all; k++) all = terms[i + k].text === part.terms[k]
      if (all) spans.push({ start: terms[i].start, end: terms[i + n - 1].end })
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Span[] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}

/** UTF-16 length of the code point at `at`. */
const firstLength = (text: string, at: number): number => (text.codePointAt(at)! > 0xffff ? 2 : 1)

/** Moves an offset off the second half of a surrogate pair, so a cut never splits a character. */
const safeCut = (text: string, at: number): number => {
  const code = text.charCodeAt(at)
  return at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at
}

/** `text[from, to)` as HTML with the spans inside it marked. */
export const markHtml = (text: string, spans: Span[], from = 0, to = text.length): string => {
  let out = ''
  let at = from
  for (const span of spans) {
    const start = Math.max(span.start, from)
    const end = Math.min(span.end, to)
    if (end <= start) continue
    out += escapeHtml(text.slice(at, start)) + '<mark>' + escapeHtml(text.slice(start, end)) + '</mark>'
    at = end
  }
  return out + escapeHtml(text.slice(at, to))
}

export type HighlightOptions = {
  /** Characters of context around the first match in a snippet (each side, roughly). */
  context?: number
  /** Texts longer than this become a snippet; shorter ones are marked whole. */
  wholeUpTo?: number
}

/**
 * The text marked, or undefined when the query does not occur in it. A long text is cut to a
 * window around its first match, with … where it was cut and whitespace runs collapsed.
 */
export const highlight = (
  text: string | null | undefined,
  parts: QueryPart[],
  { context = 60, wholeUpTo = 240 }: HighlightOptions = {},
): string | undefined => {
  if (!text || parts.length === 0) return undefined
  const spans = matchSpans(text, parts)
  if (spans.length === 0) return undefined
  if (text.length <= wholeUpTo) return markHtml(text, spans)
  const first = spans[0]
  const from = safeCut(text, Math.max(0, first.start - context))
  const to = safeCut(text, Math.min(text.length, Math.max(first.end + context, from + 2 * context)))
  const html = markHtml(text, spans, from, to).replace(/\s+/g, ' ')
  return `${from > 0 ? '…' : ''}${html.trim()}${to < text.length ? '…' : ''}`
}
