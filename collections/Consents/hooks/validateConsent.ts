import type { CollectionBeforeChangeHook } from 'payload'

import { consentProblems } from '../../../src/compliance/consentRules'
import { ConsentGuardianRequiredError } from '../../../src/errors/ConsentGuardianRequiredError'
import { DateRangeError } from '../../../src/errors/DateRangeError'
import { pickLanguage } from '../../../src/errors/messages'

/** Refuses a consent that a child could not have given alone, or that ends before it starts. */
export const validateConsent: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const language = pickLanguage(req.i18n?.language)
  const problem = consentProblems(merged)[0]
  if (problem === 'guardian-required') throw new ConsentGuardianRequiredError(language)
  if (problem === 'dates') throw new DateRangeError(language, 'consent-dates', 'validUntil')
  return data
}
