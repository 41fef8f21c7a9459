import { CodedError } from './CodedError'
import type { Language } from './messages'

/** Someone other than an administrator tried to turn on or set an API key. */
export class ApiKeyAdminOnlyError extends CodedError {
  constructor(language: Language, field: 'apiKey' | 'enableAPIKey') {
    super('api-key-admin-only', 403, language, {}, field)
  }
}
