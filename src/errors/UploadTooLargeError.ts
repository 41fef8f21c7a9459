import { CodedError } from './CodedError.js'
import type { Language } from './messages.js'

export class UploadTooLargeError extends CodedError {
  constructor(language: Language, size: number, limit: number) {
    super('upload-too-large', 413, language, { size, limit }, 'file')
  }
}
