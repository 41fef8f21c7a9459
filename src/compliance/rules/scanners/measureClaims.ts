import { scanBannedClaims } from './bannedClaims'
import type { ClaimFrame } from './claimFrames'
import type { ClaimModel } from './claimModel'
import { DEFAULT_CONTEXT_RULES } from './contextRules'
import type { ContentKind, Finding, LexiconEntry } from './types'

/** A sentence of a claims corpus: a claim of some kind, or a clean sentence holding some trap. */
export type LabelledSentence = { text: string; kind: ContentKind } & ({ claim: string } | { trap: string })

export type ClaimRow = { label: string; sentences: number; flagged: number; blocked: number }

export type CategoryRow = { category: string; onClaims: number; onClean: number; precision: number }

export type ClaimMistake = { text: string; kind: ContentKind; label: string; findings: Finding[] }

export type ClaimMeasurement = {
  /** Per claim kind: sentences with any banned-claim finding (flagged) and with a blocking one. */
  claims: ClaimRow[]
  /** Per trap: clean sentences that were flagged (warned or blocked) and blocked. */
  traps: ClaimRow[]
  /** Per finding category: sentences it marked that hold a claim, and clean ones it marked. */
  categories: CategoryRow[]
  totals: { claims: ClaimRow; clean: ClaimRow }
  missed: ClaimMistake[]
  falseFlags: ClaimMistake[]
}

const row = (label: string): ClaimRow => ({ label, sentences: 0, flagged: 0, blocked: 0 })

/**
 * Scans every sentence for banned claims only (the PII and disguised-ad scanners are measured on
 * their own corpus) and counts at sentence level: a claim is caught when the sentence gets any
 * banned-claim finding; a clean sentence is falsely flagged when it gets one, falsely blocked when
 * one of them blocks.
 */
export function measureClaims(
  corpus: readonly LabelledSentence[],
  lexicon: LexiconEntry[],
  frames?: readonly ClaimFrame[],
  model?: ClaimModel | null,
): ClaimMeasurement {
  const claims = new Map<string, ClaimRow>()
  const traps = new Map<string, ClaimRow>()
  const categories = new Map<string, { onClaims: number; onClean: number }>()
  const totals = { claims: row('claims'), clean: row('clean') }
  const missed: ClaimMistake[] = []
  const falseFlags: ClaimMistake[] = []
  for (const item of corpus) {
    const isClaim = 'claim' in item
    const label = isClaim ? item.claim : item.trap
    const findings = scanBannedClaims(item.text, lexicon, item.kind, DEFAULT_CONTEXT_RULES, frames, model)
    const table = isClaim ? claims : traps
    const r = table.get(label) ?? row(label)
    table.set(label, r)
    const total = isClaim ? totals.claims : totals.clean
    const flagged = findings.length > 0
    const blocked = findings.some((f) => f.severity === 'block')
    for (const x of [r, total]) {
      x.sentences++
      if (flagged) x.flagged++
      if (blocked) x.blocked++
    }
    for (const category of new Set(findings.map((f) => f.category ?? 'uncategorized'))) {
      const c = categories.get(category) ?? { onClaims: 0, onClean: 0 }
      categories.set(category, c)
      if (isClaim) c.onClaims++
      else c.onClean++
    }
    if (isClaim && !flagged) missed.push({ text: item.text, kind: item.kind, label, findings })
    if (!isClaim && flagged) falseFlags.push({ text: item.text, kind: item.kind, label, findings })
  }
  return {
    claims: [...claims.values()],
    traps: [...traps.values()],
    categories: [...categories.entries()].map(([category, c]) => ({
      category,
      ...c,
      precision: c.onClaims / (c.onClaims + c.onClean),
    })),
    totals,
    missed,
    falseFlags,
  }
}

const pct = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`)

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  return rows
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '))
    .join('\n')
}

/** Plain-text tables: recall per claim kind, false flags per trap, precision per category. */
export function formatClaimMeasurement(m: ClaimMeasurement): string {
  const rowCells = (r: ClaimRow) => [
    r.label,
    String(r.sentences),
    String(r.flagged),
    pct(r.flagged, r.sentences),
    String(r.blocked),
    pct(r.blocked, r.sentences),
  ]
  const recall = table([
    ['claim kind', 'sentences', 'flagged', 'recall', 'blocked', 'recall (block)'],
    ...[...m.claims, m.totals.claims].map(rowCells),
  ])
  const clean = table([
    ['trap (clean)', 'sentences', 'flagged', 'false flags', 'blocked', 'false blocks'],
    ...[...m.traps, m.totals.clean].map(rowCells),
  ])
  const precision = table([
    ['finding category', 'on claims', 'on clean', 'precision'],
    ...m.categories.map((c) => [
      c.category,
      String(c.onClaims),
      String(c.onClean),
      pct(c.onClaims, c.onClaims + c.onClean),
    ]),
  ])
  return [recall, clean, precision].join('\n\n')
}
