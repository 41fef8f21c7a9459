import { CodedError } from './CodedError'
import type { Language } from './messages'

export class UploadTypeMismatchError extends CodedError {
  constructor(language: Language, claimed: string, actual: string) {
    super('upload-type-mismatch', 400, language, { claimed, actual }, 'file')
  }
}
