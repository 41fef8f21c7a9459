import { CodedError } from './CodedError'
import type { Language } from './messages'

export class ImageUnreadableError extends CodedError {
  constructor(language: Language) {
    super('image-unreadable', 400, language, {}, 'file')
  }
}
