import { CodedError } from './CodedError.js'
import type { Language } from './messages.js'

export class ImageUnreadableError extends CodedError {
  constructor(language: Language) {
    super('image-unreadable', 400, language, {}, 'file')
  }
}
