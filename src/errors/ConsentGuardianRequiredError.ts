import { CodedError } from './CodedError.js'
import type { Language } from './messages.js'

export class ConsentGuardianRequiredError extends CodedError {
  constructor(language: Language) {
    super('consent-guardian-required', 400, language, {}, 'guardianName')
  }
}
