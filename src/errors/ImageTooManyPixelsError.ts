import { CodedError } from './CodedError.js'
import type { Language } from './messages.js'

export class ImageTooManyPixelsError extends CodedError {
  constructor(language: Language, pixels: number, limit: number) {
    super('image-too-many-pixels', 400, language, { pixels, limit }, 'file')
  }
}
