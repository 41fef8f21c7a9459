import type { CollectionBeforeChangeHook } from 'payload'

import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import type { BannedClaim } from '@/payload-types'

/** A pattern entry must be a regular expression that compiles. */
export const validatePattern: CollectionBeforeChangeHook<BannedClaim> = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  if (merged.isPattern) {
    try {
      new RegExp(String(merged.term), 'u')
    } catch (error) {
      throw new CodedError(
        'lexicon-bad-pattern',
        400,
        pickLanguage(req.i18n?.language),
        { detail: (error as Error).message },
        'term',
      )
    }
  }
  return data
}
