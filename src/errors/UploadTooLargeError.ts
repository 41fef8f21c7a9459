import { CodedError } from './CodedError'
import type { Language } from './messages'

export class UploadTooLargeError extends CodedError {
  constructor(language: Language, size: number, limit: number) {
    super('upload-too-large', 413, language, { size, limit }, 'file')
  }
}
