import { CodedError } from './CodedError'
import type { Language } from './messages'

export class DateRangeError extends CodedError {
  constructor(language: Language, code: 'consent-dates' | 'campaign-dates', field: string) {
    super(code, 400, language, {}, field)
  }
}
