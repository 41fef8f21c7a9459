import type { ClaimModel } from './claimModel'
import { scanText } from './scanText'
import type { ContentKind, Finding, FindingCode, LexiconEntry } from './types'
import { FINDING_CODES } from './types'

/** One sentence of a measuring corpus (tests/corpora/scanners.ts) and the codes a reviewer expects. */
export type CorpusItem = {
  text: string
  kind: ContentKind
  expect: FindingCode[]
  patientNames?: string[]
  /** The fictional hospital's published numbers and addresses, for notices that print them. */
  publishedNumbers?: string[]
}

export type Score = { tp: number; fp: number; fn: number; precision: number; recall: number }

export type Mistake = {
  index: number
  text: string
  kind: CorpusItem['kind']
  /** Expected codes the scanners did not report. */
  missed: FindingCode[]
  /** Codes the scanners reported that were not expected. */
  unexpected: FindingCode[]
  findings: Finding[]
}

export type Measurement = {
  perCode: Record<FindingCode, Score>
  overall: Score
  mistakes: Mistake[]
}

function score(tp: number, fp: number, fn: number): Score {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  }
}

/**
 * Scans every corpus sentence and counts (sentence, code) pairs: a code expected and reported is
 * a true positive, reported but not expected a false positive, expected but not reported a false negative.
 * The claims model is left out unless given: this corpus measures the lexicon, the frames and the
 * personal-data and disguised-ad scanners.
 */
export function measure(corpus: CorpusItem[], lexicon: LexiconEntry[], model: ClaimModel | null = null): Measurement {
  const counts = Object.fromEntries(FINDING_CODES.map((code) => [code, { tp: 0, fp: 0, fn: 0 }])) as Record<
    FindingCode,
    { tp: number; fp: number; fn: number }
  >
  const mistakes: Mistake[] = []
  corpus.forEach((item, index) => {
    const findings = scanText(item.text, {
      kind: item.kind,
      lexicon,
      model,
      patientNames: item.patientNames,
      publishedNumbers: item.publishedNumbers,
    })
    const got = new Set(findings.map((f) => f.code))
    const want = new Set(item.expect)
    const missed: FindingCode[] = []
    const unexpected: FindingCode[] = []
    for (const code of FINDING_CODES) {
      if (got.has(code) && want.has(code)) counts[code].tp++
      else if (got.has(code)) {
        counts[code].fp++
        unexpected.push(code)
      } else if (want.has(code)) {
        counts[code].fn++
        missed.push(code)
      }
    }
    if (missed.length || unexpected.length)
      mistakes.push({ index, text: item.text, kind: item.kind, missed, unexpected, findings })
  })

  const perCode = {} as Record<FindingCode, Score>
  let tp = 0
  let fp = 0
  let fn = 0
  for (const code of FINDING_CODES) {
    const c = counts[code]
    perCode[code] = score(c.tp, c.fp, c.fn)
    tp += c.tp
    fp += c.fp
    fn += c.fn
  }
  return { perCode, overall: score(tp, fp, fn), mistakes }
}

/** A plain-text table of a measurement: one row per code and an overall row. */
export function formatMeasurement(m: Measurement): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`
  const rows = [
    ['code', 'tp', 'fp', 'fn', 'precision', 'recall'],
    ...FINDING_CODES.map((code) => {
      const s = m.perCode[code]
      return [code, String(s.tp), String(s.fp), String(s.fn), pct(s.precision), pct(s.recall)]
    }),
    [
      'overall',
      String(m.overall.tp),
      String(m.overall.fp),
      String(m.overall.fn),
      pct(m.overall.precision),
      pct(m.overall.recall),
    ],
  ]
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  const line = (r: string[]) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  const rule = widths.map((w) => '-'.repeat(w)).join('  ')
  return [line(rows[0]), rule, ...rows.slice(1, -1).map(line), rule, line(rows[rows.length - 1])].join('\n')
}
