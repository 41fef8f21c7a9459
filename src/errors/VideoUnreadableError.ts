import { CodedError } from './CodedError'
import type { Language } from './messages'

/** ffprobe cannot read the upload as a video, or ffmpeg cannot cut a frame from it. */
export class VideoUnreadableError extends CodedError {
  constructor(language: Language, reason: string) {
    super('video-unreadable', 400, language, { reason }, 'file')
  }
}
