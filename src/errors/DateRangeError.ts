import { CodedError } from './CodedError.js'
import type { Language } from './messages.js'

export class DateRangeError extends CodedError {
  constructor(language: Language, code: 'consent-dates' | 'campaign-dates', field: string) {
    super(code, 400, language, {}, field)
  }
}
