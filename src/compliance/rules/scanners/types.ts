/** Types shared by the compliance text scanners (pure domain code, no Payload imports). */

export type Severity = 'block' | 'warn'

export type ContentKind = 'article' | 'patient-story' | 'campaign'

export type FindingCode =
  | 'banned-claim'
  | 'pii-id-number'
  | 'pii-phone'
  | 'pii-landline'
  | 'pii-email'
  | 'pii-bank-card'
  | 'pii-record-number'
  | 'pii-patient-name'
  | 'disguised-ad'

/**
 * One problem found in a text. `start`/`end` are JavaScript (UTF-16) string indices into the
 * ORIGINAL text and `match === text.slice(start, end)`.
 */
export type Finding = {
  code: FindingCode
  severity: Severity
  start: number
  end: number
  match: string
  message: string
  suggestion?: string
  category?: ClaimCategory
  /** The claim frame that found it (banned claims found by structure rather than by a listed word). */
  frame?: string
}

export type LexiconCategory = 'efficacy-guarantee' | 'cure-rate' | 'comparison' | 'absolute' | 'endorsement'

/** The kinds of claim the claim frames (claimFrames.ts) find by sentence structure. */
export type FrameCategory =
  'implied-cure' | 'comparison' | 'guarantee' | 'time-to-cure' | 'lifetime' | 'rate-in-words' | 'testimonial'

/** `likely-claim`: a sentence the statistical model (claimModel.ts) takes for a claim. */
export type ClaimCategory = LexiconCategory | FrameCategory | 'likely-claim'

export type LexiconEntry = {
  /** A plain term, or (with `isPattern`) a regular expression source applied to the normalized text. */
  term: string
  isPattern?: boolean
  category: LexiconCategory
  severity: Severity
  suggestion?: string
  /** Content kinds the entry applies to; undefined = all kinds. */
  kinds?: ContentKind[]
}

export const FINDING_CODES: readonly FindingCode[] = [
  'banned-claim',
  'pii-id-number',
  'pii-phone',
  'pii-landline',
  'pii-email',
  'pii-bank-card',
  'pii-record-number',
  'pii-patient-name',
  'disguised-ad',
]
