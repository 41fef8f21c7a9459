import { normalizeForMatching, toOriginalSpan } from './normalize'
import type { ContentKind, Finding, Severity } from './types'

/**
 * A second opinion on claims the frames cannot spell out: a naive Bayes model over character
 * 1–3-grams, trained on the tuning part of the claims corpus (tests/corpora/claims) by
 * `npm run claims:train`, which writes claimModel.json. It scores each sentence; a sentence above
 * the threshold (chosen by four-fold cross-validation so that at most 5% of clean sentences pass)
 * gets a WARNING that marks the sentence and names the character groups that weighed most. It
 * never blocks: blocking stays with the lexicon and the frames, which a reviewer can read.
 */
export type ClaimModel = {
  /** Sentences of each class in the training data. */
  documents: { claim: number; clean: number }
  /** gram → [sentences with claims that contain it, clean sentences that contain it]. */
  grams: Record<string, [number, number]>
  /** Score above which a sentence is flagged. */
  threshold: number
  /** A compliance reviewer's rewording of the suggestion (claim-frames row `likely-claim`). */
  suggestion?: string
}

/** How the model appears to reviewers, beside the frames (its row in claim-frames). */
export const LIKELY_CLAIM = {
  id: 'likely-claim',
  title: '疑似违规宣传（统计模型）',
  note:
    '按字词组合的统计模型（朴素贝叶斯，以违规与合规例句训练）判断整句像违规宣传时提示，并列出最有分量的字词。' +
    '只提示、不阻止；例句以外的新说法也能发现一部分，但可能误报，请人工判断。',
  // Not patient stories: a patient telling how she recovered is the genre, and the model reads it as a claim.
  severity: { campaign: 'warn', article: 'warn' } as Partial<Record<ContentKind, Severity>>,
  suggestion: '请核对此句是否含有疗效保证、比较、治愈率或患者证明；如无，可忽略',
} as const

/** The character groups of a normalized sentence: every 1-, 2- and 3-gram of letters, digits and %. */
export function sentenceGrams(normalized: string): Set<string> {
  const cleaned = normalized.replace(/[^\p{Script=Han}a-z0-9%]/gu, ' ')
  const grams = new Set<string>()
  for (let size = 1; size <= 3; size++)
    for (let i = 0; i + size <= cleaned.length; i++) {
      const gram = cleaned.slice(i, i + size)
      if (!gram.includes(' ')) grams.add(gram)
    }
  return grams
}

export type TrainingSentence = { text: string; claim: boolean }

/** Counts, per class, the sentences each gram occurs in. */
export function trainClaimModel(sentences: readonly TrainingSentence[], threshold = 0): ClaimModel {
  const grams: Record<string, [number, number]> = {}
  const documents = { claim: 0, clean: 0 }
  for (const { text, claim } of sentences) {
    if (claim) documents.claim++
    else documents.clean++
    for (const gram of sentenceGrams(normalizeForMatching(text).normalized)) {
      const counts = (grams[gram] ??= [0, 0])
      counts[claim ? 0 : 1]++
    }
  }
  // Sorted keys: the same corpus always writes the same file.
  const byCodePoint = ([a]: [string, unknown], [b]: [string, unknown]) => {
    if (a === b) return 0
    return a < b ? -1 : 1
  }
  const sorted = Object.fromEntries(Object.entries(grams).sort(byCodePoint))
  return { documents, grams: sorted, threshold }
}

type Prepared = { prior: number; weights: Map<string, number> }
const prepared = new WeakMap<ClaimModel, Prepared>()

/** Log-likelihood ratios per gram (Laplace smoothing), computed once per model. */
function prepare(model: ClaimModel): Prepared {
  let p = prepared.get(model)
  if (p) return p
  const entries = Object.entries(model.grams)
  let claimTotal = 0
  let cleanTotal = 0
  for (const [, [claim, clean]] of entries) {
    claimTotal += claim
    cleanTotal += clean
  }
  const vocabulary = entries.length
  const weights = new Map<string, number>()
  for (const [gram, [claim, clean]] of entries)
    weights.set(
      gram,
      Math.log((claim + 1) / (claimTotal + vocabulary)) - Math.log((clean + 1) / (cleanTotal + vocabulary)),
    )
  p = { prior: Math.log((model.documents.claim || 1) / (model.documents.clean || 1)), weights }
  prepared.set(model, p)
  return p
}

/** The score of one normalized sentence and the grams that pushed it up most. */
export function scoreSentence(model: ClaimModel, normalized: string): { score: number; evidence: string[] } {
  const { prior, weights } = prepare(model)
  let score = prior
  const contributions: [string, number][] = []
  for (const gram of sentenceGrams(normalized)) {
    const weight = weights.get(gram)
    if (weight === undefined) continue
    score += weight
    if (weight > 0 && gram.length > 1) contributions.push([gram, weight])
  }
  contributions.sort((a, b) => b[1] - a[1])
  // The strongest groups, without one inside another already listed.
  const evidence: string[] = []
  for (const [gram] of contributions) {
    if (evidence.some((e) => e.includes(gram) || gram.includes(e))) continue
    evidence.push(gram)
    if (evidence.length === 3) break
  }
  return { score, evidence }
}

/** Sentences of a normalized text as [start, end) spans (split at 。!?; and line breaks). */
export function sentenceSpans(normalized: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const re = /[^。!?;\n]+/g
  for (let m = re.exec(normalized); m; m = re.exec(normalized)) {
    let start = m.index
    let end = m.index + m[0].length
    while (start < end && /\s/.test(normalized[start])) start++
    while (end > start && /\s/.test(normalized[end - 1])) end--
    if (end - start >= 4) spans.push([start, end])
  }
  return spans
}

/** The highest sentence score of a text (for measuring). */
export function maxSentenceScore(model: ClaimModel, text: string): number {
  const n = normalizeForMatching(text).normalized
  let best = -Infinity
  for (const [start, end] of sentenceSpans(n)) best = Math.max(best, scoreSentence(model, n.slice(start, end)).score)
  return best
}

/** Warnings for the sentences the model scores above its threshold, with offsets into `text`. */
export function scanLikelyClaims(text: string, model: ClaimModel, kind: ContentKind): Finding[] {
  const severity = LIKELY_CLAIM.severity[kind]
  if (!severity) return []
  const norm = normalizeForMatching(text)
  const findings: Finding[] = []
  for (const [start, end] of sentenceSpans(norm.normalized)) {
    const { score, evidence } = scoreSentence(model, norm.normalized.slice(start, end))
    if (score <= model.threshold) continue
    const span = toOriginalSpan(text, norm, start, end)
    findings.push({
      code: 'banned-claim',
      severity,
      start: span.start,
      end: span.end,
      match: text.slice(span.start, span.end),
      message: `疑似违规宣传，请人工核对（依据：${evidence.map((e) => `“${e}”`).join('、')}）`,
      category: 'likely-claim',
      frame: LIKELY_CLAIM.id,
      suggestion: model.suggestion ?? LIKELY_CLAIM.suggestion,
    })
  }
  return findings
}

/** Thresholds tried by cross-validation. */
const THRESHOLDS = Array.from({ length: 41 }, (_, i) => i / 2)

/**
 * Trains on all the sentences with the threshold chosen by k-fold cross-validation: the lowest
 * threshold at which at most `maxFalseRate` of the held-out clean sentences are flagged.
 * Returns the model and the cross-validated rates at that threshold.
 */
export function fitClaimModel(
  sentences: readonly TrainingSentence[],
  { folds = 4, maxFalseRate = 0.05 } = {},
): { model: ClaimModel; crossValidated: { threshold: number; recall: number; falseRate: number } } {
  const scored: { score: number; claim: boolean }[] = []
  for (let fold = 0; fold < folds; fold++) {
    const model = trainClaimModel(sentences.filter((_, i) => i % folds !== fold))
    sentences.forEach((s, i) => {
      if (i % folds === fold) scored.push({ score: maxSentenceScore(model, s.text), claim: s.claim })
    })
  }
  const claims = scored.filter((s) => s.claim)
  const clean = scored.filter((s) => !s.claim)
  const rateAt = (threshold: number) => ({
    threshold,
    recall: claims.filter((s) => s.score > threshold).length / Math.max(1, claims.length),
    falseRate: clean.filter((s) => s.score > threshold).length / Math.max(1, clean.length),
  })
  const chosen = THRESHOLDS.map(rateAt).find((r) => r.falseRate <= maxFalseRate) ?? rateAt(THRESHOLDS.at(-1)!)
  return { model: trainClaimModel(sentences, chosen.threshold), crossValidated: chosen }
}
