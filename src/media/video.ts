// What the product knows about an uploaded video: the accepted formats, and its duration, size on
// screen, codec and aspect ratio read from ffprobe's JSON report. Pure: the caller runs ffprobe.
import { aspectLabel } from './aspect'

/** Video formats the media library accepts (MP4, QuickTime MOV, WebM), as sniffed from their bytes. */
export const VIDEO_MIME_TYPES = ['video/mp4', 'video/quicktime', 'video/webm'] as const
export type VideoMime = (typeof VIDEO_MIME_TYPES)[number]

export const isVideoMime = (mime: string | null | undefined): mime is VideoMime =>
  typeof mime === 'string' && (VIDEO_MIME_TYPES as readonly string[]).includes(mime)

/**
 * The ffmpeg demuxer for each accepted format. Naming it keeps ffprobe from guessing another
 * format (a playlist, a concat list) for bytes that were sniffed as this one.
 */
export const DEMUXER: Record<VideoMime, string> = {
  'video/mp4': 'mov',
  'video/quicktime': 'mov',
  'video/webm': 'matroska',
}

/** The probe results kept on a video's media document. Width and height are as the video is shown. */
export type VideoFacts = {
  durationSeconds: number
  width: number
  height: number
  /** ffmpeg's name of the video codec: h264, hevc, vp9, av1 … */
  codec: string
  /** "9:16", or the reduced ratio when it is near no common one. */
  aspect: string
}

export type ProbeVerdict = { ok: true; facts: VideoFacts } | { ok: false; problem: 'no-video-stream' | 'no-size' | 'no-duration' }

type Stream = {
  codec_type?: unknown
  codec_name?: unknown
  width?: unknown
  height?: unknown
  sample_aspect_ratio?: unknown
  duration?: unknown
  disposition?: { attached_pic?: unknown }
  tags?: Record<string, unknown>
  side_data_list?: { rotation?: unknown }[]
}

const positive = (value: unknown): number | null => {
  const number = typeof value === 'string' ? Number(value) : value
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : null
}

/** Matroska keeps a stream's duration as a tag, "00:01:02.500000000". */
const clockSeconds = (value: unknown): number | null => {
  const match = typeof value === 'string' ? /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(value) : null
  return match ? positive(Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3])) : null
}

/** Non-square pixels ("4:3" sample aspect ratio) stretch the frame on screen; "0:1" means unknown. */
const pixelAspect = (value: unknown): number => {
  const match = typeof value === 'string' ? /^(\d+):(\d+)$/.exec(value) : null
  if (!match) return 1
  const [x, y] = [Number(match[1]), Number(match[2])]
  return x > 0 && y > 0 ? x / y : 1
}

/** Quarter turns from the display matrix (newer ffprobe) or the `rotate` tag (older files). */
const rotation = (stream: Stream): number => {
  const fromSideData = stream.side_data_list?.find((d) => typeof d.rotation === 'number')?.rotation
  const value = typeof fromSideData === 'number' ? fromSideData : Number(stream.tags?.rotate ?? 0)
  return Number.isFinite(value) ? value : 0
}

/** Probe results from ffprobe's `-show_format -show_streams` JSON; the first real video stream counts. */
export const videoFactsFromProbe = (report: unknown): ProbeVerdict => {
  const probe = (report ?? {}) as { streams?: unknown; format?: { duration?: unknown } }
  const streams = Array.isArray(probe.streams) ? (probe.streams as Stream[]) : []
  // A cover picture inside an MP4 is a "video" stream too; it is not the video.
  const stream = streams.find((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1)
  if (!stream) return { ok: false, problem: 'no-video-stream' }
  const codedWidth = positive(stream.width)
  const codedHeight = positive(stream.height)
  if (codedWidth === null || codedHeight === null) return { ok: false, problem: 'no-size' }
  const durationSeconds =
    positive(probe.format?.duration) ?? positive(stream.duration) ?? clockSeconds(stream.tags?.DURATION)
  if (durationSeconds === null) return { ok: false, problem: 'no-duration' }
  let width = Math.round(codedWidth * pixelAspect(stream.sample_aspect_ratio))
  let height = Math.round(codedHeight)
  if (Math.abs(rotation(stream)) % 180 === 90) [width, height] = [height, width]
  return {
    ok: true,
    facts: {
      durationSeconds: Math.round(durationSeconds * 1000) / 1000,
      width,
      height,
      codec: typeof stream.codec_name === 'string' ? stream.codec_name : 'unknown',
      aspect: aspectLabel(width, height)!,
    },
  }
}

/**
 * Where the poster frame is taken: one second in, past the black or faded first frame most
 * recordings start with, or the middle of a clip shorter than two seconds.
 */
export const posterSecond = (durationSeconds: number): number =>
  durationSeconds >= 2 ? 1 : Math.max(0, durationSeconds / 2)
