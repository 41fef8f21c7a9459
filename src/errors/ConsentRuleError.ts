import { CodedError } from './CodedError'
import type { Language } from './messages'

const FIELD = {
  'consent-guardian-required': 'guardianName',
  'consent-sensitive-purpose': 'sensitivePurposeStatement',
  'consent-dates': 'validUntil',
  'consent-revocation-final': 'status',
} as const

export class ConsentRuleError extends CodedError {
  constructor(language: Language, code: keyof typeof FIELD) {
    super(code, 400, language, {}, FIELD[code])
  }
}
