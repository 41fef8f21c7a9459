import { type ClaimFrame, DEFAULT_FRAMES, frameSpans, regexSpans } from './claimFrames'
import { type ClaimModel, scanLikelyClaims } from './claimModel'
import { CONTEXT_WINDOW, type ContextRule, DEFAULT_CONTEXT_RULES } from './contextRules'
import { bannedClaimMessage } from './messages'
import { normalizeForMatching, toOriginalSpan } from './normalize'
import type { ClaimCategory, ContentKind, Finding, LexiconEntry, Severity } from './types'

type Matcher = (text: string) => Array<[number, number]>

/** Why a pattern term cannot be used (it is compiled with the `gu` flags), or undefined when it can. */
export function lexiconPatternError(term: string): string | undefined {
  try {
    const re = new RegExp(term, 'gu')
    if (re.test('')) return 'pattern matches the empty string'
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

const blockingFirst = (a: Severity, b: Severity): number => {
  if (a === b) return 0
  return a === 'block' ? -1 : 1
}

const matcherCache = new WeakMap<LexiconEntry, Matcher>()

/** Builds (once per entry) the function that finds an entry's matches in normalized text. */
function matcherFor(entry: LexiconEntry): Matcher {
  let matcher = matcherCache.get(entry)
  if (matcher) return matcher
  if (entry.isPattern) {
    const source = entry.term
    let re: RegExp
    try {
      re = new RegExp(source, 'gu')
    } catch (error) {
      throw new Error(`Invalid lexicon pattern ${JSON.stringify(source)}: ${(error as Error).message}`)
    }
    matcher = (text) => regexSpans(re, text)
  } else {
    const term = normalizeForMatching(entry.term).normalized
    matcher = (text) => {
      const spans: Array<[number, number]> = []
      if (!term) return spans
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) spans.push([at, at + term.length])
      return spans
    }
  }
  matcherCache.set(entry, matcher)
  return matcher
}

/** What the context rules know of a match: its category (from a lexicon entry or a claim frame). */
type Categorized = { category: ClaimCategory }

function ruleApplies(rule: ContextRule, entry: Categorized, word: string, kind: ContentKind | undefined): boolean {
  if (rule.kinds && kind && !rule.kinds.includes(kind)) return false
  if (rule.categories && !rule.categories.includes(entry.category)) return false
  if (rule.words && !rule.words.includes(word)) return false
  if (rule.matching && !rule.matching.test(word)) return false
  return true
}

function ruleMatches(rule: ContextRule, before: string, after: string): boolean {
  if (rule.before && !rule.before.test(before)) return false
  if (rule.after && !rule.after.test(after)) return false
  return true
}

/**
 * Decides whether a match is a claim in its context: no exempting rule matches, and when require
 * rules apply to the matched word, at least one of them matches.
 */
export function isClaimInContext(
  normalized: string,
  start: number,
  end: number,
  entry: Categorized,
  rules: ContextRule[] = DEFAULT_CONTEXT_RULES,
  kind?: ContentKind,
): boolean {
  const word = normalized.slice(start, end)
  const before = normalized.slice(Math.max(0, start - CONTEXT_WINDOW), start)
  const after = normalized.slice(end, end + CONTEXT_WINDOW)
  let required = false
  let satisfied = false
  for (const rule of rules) {
    if (!ruleApplies(rule, entry, word, kind)) continue
    if (rule.effect === 'exempt') {
      if (ruleMatches(rule, before, after)) return false
    } else {
      required = true
      if (!satisfied && ruleMatches(rule, before, after)) satisfied = true
    }
  }
  return !required || satisfied
}

type Candidate = {
  start: number
  end: number
  category: ClaimCategory
  severity: Severity
  suggestion?: string
  frame?: string
}

/**
 * Finds banned medical-advertising claims: listed terms and patterns (the lexicon) and claims
 * phrased without a listed word (the claim frames). Both are matched on the normalized text
 * (full-width, case, traditional characters and inserted separators do not hide a claim), context
 * rules tell a claim from advice, ordinals, negations and hedges, and offsets are mapped back to `text`.
 */
export function scanBannedClaims(
  text: string,
  lexicon: LexiconEntry[],
  kind: ContentKind,
  rules: ContextRule[] = DEFAULT_CONTEXT_RULES,
  frames: readonly ClaimFrame[] = DEFAULT_FRAMES,
  model?: ClaimModel | null,
): Finding[] {
  const norm = normalizeForMatching(text)
  const n = norm.normalized
  const candidates: Candidate[] = []
  for (const entry of lexicon) {
    if (entry.kinds && !entry.kinds.includes(kind)) continue
    for (const [start, end] of matcherFor(entry)(n)) {
      if (isClaimInContext(n, start, end, entry, rules, kind))
        candidates.push({
          start,
          end,
          category: entry.category,
          severity: entry.severity,
          suggestion: entry.suggestion,
        })
    }
  }
  for (const frame of frames) {
    const severity = frame.severity[kind]
    if (!severity) continue
    for (const [start, end] of frameSpans(frame, n)) {
      if (isClaimInContext(n, start, end, frame, rules, kind))
        candidates.push({
          start,
          end,
          category: frame.category,
          severity,
          suggestion: frame.suggestion,
          frame: frame.id,
        })
    }
  }

  // Longest first at each start, blocking before warning. A match inside a kept one is dropped,
  // unless it blocks and the kept one only warns. Every kept match starts at or before the
  // current one, so it lies inside one iff it ends no later than the furthest kept end.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || blockingFirst(a.severity, b.severity))
  const kept: Candidate[] = []
  let furthestEnd = -1
  let furthestBlockingEnd = -1
  for (const c of candidates) {
    if (c.end <= furthestBlockingEnd || (c.severity === 'warn' && c.end <= furthestEnd)) continue
    kept.push(c)
    furthestEnd = Math.max(furthestEnd, c.end)
    if (c.severity === 'block') furthestBlockingEnd = Math.max(furthestBlockingEnd, c.end)
  }

  const found = kept.map((c) => {
    const span = toOriginalSpan(text, norm, c.start, c.end)
    const match = text.slice(span.start, span.end)
    const finding: Finding = {
      code: 'banned-claim',
      severity: c.severity,
      start: span.start,
      end: span.end,
      match,
      message: bannedClaimMessage(c.category, match),
      category: c.category,
    }
    if (c.suggestion) finding.suggestion = c.suggestion
    if (c.frame) finding.frame = c.frame
    return finding
  })
  if (!model) return found
  // The model speaks only for sentences the lexicon and the frames left alone.
  const likely = scanLikelyClaims(text, model, kind).filter(
    (l) => !found.some((f) => f.start < l.end && l.start < f.end),
  )
  return likely.length ? [...found, ...likely].sort((a, b) => a.start - b.start || a.end - b.end) : found
}
