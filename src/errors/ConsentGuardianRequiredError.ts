import { CodedError } from './CodedError'
import type { Language } from './messages'

export class ConsentGuardianRequiredError extends CodedError {
  constructor(language: Language) {
    super('consent-guardian-required', 400, language, {}, 'guardianName')
  }
}
