import { scanBannedClaims } from './bannedClaims'
import type { ClaimFrame } from './claimFrames'
import type { ClaimModel } from './claimModel'
import { shippedClaimModel } from './shippedClaimModel'
import { DEFAULT_CONTEXT_RULES } from './contextRules'
import { scanDisguisedAd } from './disguisedAd'
import { scanPii } from './pii'
import type { ContentKind, Finding, LexiconEntry } from './types'

export type ScanOptions = {
  kind: ContentKind
  lexicon: LexiconEntry[]
  /** The claim frames in force (default: every shipped frame). */
  frames?: readonly ClaimFrame[]
  /** The claims model (default: the shipped one); null switches it off. */
  model?: ClaimModel | null
  /** Real names of the patients in the content (from the consent record). */
  patientNames?: string[]
  /** The hospital's own published numbers and addresses, never flagged. */
  publishedNumbers?: string[]
}

/** Runs every scanner on `text`; findings are sorted by start (then end). */
export function scanText(text: string, options: ScanOptions): Finding[] {
  const findings = [
    ...scanBannedClaims(
      text,
      options.lexicon,
      options.kind,
      DEFAULT_CONTEXT_RULES,
      options.frames,
      options.model === undefined ? shippedClaimModel() : options.model,
    ),
    ...scanPii(text, {
      kind: options.kind,
      patientNames: options.patientNames,
      publishedNumbers: options.publishedNumbers,
    }),
    ...scanDisguisedAd(text, options.kind),
  ]
  return findings.sort((a, b) => a.start - b.start || a.end - b.end)
}
