import type { CollectionBeforeChangeHook } from 'payload'

import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import type { IncentiveRule } from '@/payload-types'

/** A reach or balance rule needs its threshold; a balance rule exists for its honour. */
export const checkRule: CollectionBeforeChangeHook<IncentiveRule> = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const language = pickLanguage(req.i18n?.language)
  if ((merged.trigger === 'reach' || merged.trigger === 'balance') && !(Number(merged.threshold) > 0))
    throw new CodedError('incentive-bad-input', 400, language, { field: 'threshold' }, 'threshold')
  if (merged.trigger === 'balance' && !merged.honour?.trim())
    throw new CodedError('incentive-bad-input', 400, language, { field: 'honour' }, 'honour')
  if (!Number.isInteger(Number(merged.points)))
    throw new CodedError('incentive-bad-input', 400, language, { field: 'points' }, 'points')
  return data
}
