import { CLEAN_A } from './cleanA'
import { CLEAN_B } from './cleanB'
import { CLEAN_C } from './cleanC'
import type { ClaimCorpusItem } from './types'
import { VIOLATIONS_A } from './violationsA'
import { VIOLATIONS_B } from './violationsB'
import { VIOLATIONS_C } from './violationsC'

export type { ClaimCorpusItem, ClaimKind, TrapKind } from './types'

/**
 * The second scanner corpus (#10), written for the issue by writers who had not seen the claim
 * frames, in two batches: the first (322 claims phrased without a listed word, 320 clean sentences
 * full of traps) before the frames were written, the second (196 claims, 200 clean sentences, in
 * other voices: 公众号 paragraphs, video captions, 小红书 notes, SMS, Hong Kong and Taiwan copy)
 * after the frames had been tuned on the first.
 */
export const FIRST_BATCH: readonly ClaimCorpusItem[] = [...VIOLATIONS_A, ...VIOLATIONS_B, ...CLEAN_A, ...CLEAN_B]
export const SECOND_BATCH: readonly ClaimCorpusItem[] = [...VIOLATIONS_C, ...CLEAN_C]
export const CLAIM_CORPUS: readonly ClaimCorpusItem[] = [...FIRST_BATCH, ...SECOND_BATCH]

export const labelOf = (item: ClaimCorpusItem): string => ('claim' in item ? item.claim : item.trap)

/**
 * Every fourth sentence of each label (in file order) is held aside: the frames were tuned on the
 * other three quarters only, so the held-aside quarter gives the honest figure.
 */
function split(): { tuning: ClaimCorpusItem[]; heldAside: ClaimCorpusItem[] } {
  const seen = new Map<string, number>()
  const tuning: ClaimCorpusItem[] = []
  const heldAside: ClaimCorpusItem[] = []
  for (const item of CLAIM_CORPUS) {
    const label = labelOf(item)
    const index = seen.get(label) ?? 0
    seen.set(label, index + 1)
    ;(index % 4 === 3 ? heldAside : tuning).push(item)
  }
  return { tuning, heldAside }
}

export const { tuning: CLAIM_CORPUS_TUNING, heldAside: CLAIM_CORPUS_HELD_ASIDE } = split()

/** The tuning part as the claims model trains on it (the held-aside quarter is never used). */
export const claimTrainingSentences = () =>
  CLAIM_CORPUS_TUNING.map((item) => ({ text: item.text, claim: 'claim' in item }))
