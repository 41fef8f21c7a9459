import { CodedError } from './CodedError'
import type { Language } from './messages'

export class UploadTypeNotAllowedError extends CodedError {
  constructor(language: Language, actual: string) {
    super('upload-type-not-allowed', 415, language, { actual }, 'file')
  }
}
