import { CodedError } from './CodedError'
import type { Language } from './messages'

export class ImageTooManyPixelsError extends CodedError {
  constructor(language: Language, pixels: number, limit: number) {
    super('image-too-many-pixels', 400, language, { pixels, limit }, 'file')
  }
}
