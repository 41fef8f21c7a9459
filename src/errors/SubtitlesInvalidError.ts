import { CodedError } from './CodedError'
import type { Language } from './messages'

/** A subtitles field that is no readable SRT or WebVTT file. */
export class SubtitlesInvalidError extends CodedError {
  constructor(language: Language, problem: string, field = 'subtitles') {
    super('subtitles-invalid', 400, language, { problem }, field)
  }
}
