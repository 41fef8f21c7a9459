import { CodedError } from './CodedError'
import type { Language } from './messages'

export class AuditAppendOnlyError extends CodedError {
  constructor(language: Language) {
    super('audit-append-only', 403, language)
  }
}
