// The piece's video as renderings hand it over (short-video scripts, website and webhook
// documents): where to fetch the file and its poster frame, what the file is, and the reviewed
// captions as inert text — never the subtitle file itself, whose markup could reach a receiver.
import type { VideoRef } from '../rules/types'
import { plainSafe } from './helpers'

export const videoDocument = (video: VideoRef | null | undefined) =>
  video
    ? {
        id: video.id,
        alt: plainSafe(video.alt),
        url: video.url,
        mimeType: video.mimeType,
        bytes: video.bytes,
        durationSeconds: video.durationSeconds,
        width: video.width,
        height: video.height,
        aspect: video.aspect,
        codec: video.codec,
        poster: video.poster ? { id: video.poster.id, url: video.poster.url, sizes: video.poster.sizes } : null,
        captions: video.captions?.map((cue) => ({ start: cue.start, end: cue.end, text: plainSafe(cue.text) })) ?? null,
      }
    : null
