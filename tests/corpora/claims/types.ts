import type { ContentKind } from '@/compliance/rules/scanners/types'

/** The kinds of claim issue #10 asks the scanner to catch without a listed word. */
export type ClaimKind =
  'implied-cure' | 'comparison' | 'guarantee' | 'time-to-cure' | 'lifetime' | 'rate-in-words' | 'testimonial'

/** What makes a clean sentence a trap for a scanner. */
export type TrapKind =
  | 'negation'
  | 'hedging'
  | 'natural-course'
  | 'clinical-comparison'
  | 'debunk'
  | 'ordinal'
  | 'advice-superlative'
  | 'dosage'
  | 'date'
  | 'hotline'
  | 'public-service'
  | 'process-assurance'
  | 'long-term'
  | 'statistics'
  | 'patient-narrative'
  | 'promotion-clean'

/**
 * One sentence of the second scanner corpus (#10): a claim of one kind, or a clean sentence and
 * the trap it holds. `kind` is the content kind it would appear in.
 */
export type ClaimCorpusItem =
  { text: string; kind: ContentKind; claim: ClaimKind } | { text: string; kind: ContentKind; trap: TrapKind }
