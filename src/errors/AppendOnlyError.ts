import { CodedError } from './CodedError'
import type { Language } from './messages'

export class AppendOnlyError extends CodedError {
  constructor(language: Language) {
    super('append-only', 403, language)
  }
}
