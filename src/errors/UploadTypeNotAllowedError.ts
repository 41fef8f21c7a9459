import { CodedError } from './CodedError.js'
import type { Language } from './messages.js'

export class UploadTypeNotAllowedError extends CodedError {
  constructor(language: Language, actual: string) {
    super('upload-type-not-allowed', 415, language, { actual }, 'file')
  }
}
