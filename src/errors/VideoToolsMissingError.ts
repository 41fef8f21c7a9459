import { CodedError } from './CodedError'
import type { Language } from './messages'

/** ffprobe or ffmpeg (Debian package `ffmpeg`) is not installed on this server: videos wait, images do not. */
export class VideoToolsMissingError extends CodedError {
  constructor(language: Language) {
    super('video-tools-missing', 503, language, {}, 'file')
  }
}
