import type { CollectionBeforeChangeHook } from 'payload'

import { type ConsentProblem, consentProblems } from '@/compliance/rules/consentRules'
import { CodedError } from '@/errors/CodedError'
import { ConsentRuleError } from '@/errors/ConsentRuleError'
import { pickLanguage } from '@/errors/messages'
import type { Consent } from '@/payload-types'

const CODES: Record<ConsentProblem, ConstructorParameters<typeof ConsentRuleError>[1]> = {
  'guardian-required': 'consent-guardian-required',
  'sensitive-purpose-missing': 'consent-sensitive-purpose',
  dates: 'consent-dates',
  'revocation-final': 'consent-revocation-final',
}

/** Refuses a consent that breaks any structural rule (see src/compliance/rules/consentRules). */
export const validateConsent: CollectionBeforeChangeHook<Consent> = ({ data, originalDoc, req, context }) => {
  // Erasure is final, and only the erase endpoint (src/privacy) sets it.
  const erasing = Boolean((context as { personalDataErasure?: unknown }).personalDataErasure)
  if (!erasing && (originalDoc?.status === 'erased' || data.status === 'erased'))
    throw new CodedError('consent-erased-final', 409, pickLanguage(req.i18n?.language), {}, 'status')
  if (erasing) return data
  const problem = consentProblems({ ...originalDoc, ...data }, originalDoc?.status)[0]
  if (problem) throw new ConsentRuleError(pickLanguage(req.i18n?.language), CODES[problem])
  return data
}
