import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { env } from '@/env'
import { type Language } from '@/errors/messages'
import { VideoToolsMissingError } from '@/errors/VideoToolsMissingError'
import { VideoUnreadableError } from '@/errors/VideoUnreadableError'
import { posterFrame, probeFile, type ToolResult, type VideoTools } from '@/media/ffmpeg'
import { type VideoFacts, videoFactsFromProbe, type VideoMime } from '@/media/video'

/** What an uploaded video turned out to be: its probe results and a poster frame (JPEG). */
export type VideoInspection = { facts: VideoFacts; poster: Buffer }

// verifyUpload reads a new video before Payload touches it, so a bad one is refused in the
// uploader's language first; attachVideoFacts finds the result here by the bytes' digest (Payload
// hands the later hooks a copy of req.file, not the same object).
const INSPECTIONS = 'videoInspections'

const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

export const keepInspection = (req: PayloadRequest, bytes: Buffer, inspection: VideoInspection) => {
  const kept = (req.context[INSPECTIONS] ??= {}) as Record<string, VideoInspection>
  kept[digest(bytes)] = inspection
}

/** The inspection of these bytes made earlier in this request, taken off the request. */
export const takeInspection = (req: PayloadRequest, sha256: string | null | undefined): VideoInspection | undefined => {
  const kept = req.context[INSPECTIONS] as Record<string, VideoInspection> | undefined
  const inspection = sha256 ? kept?.[sha256] : undefined
  if (inspection) delete kept![sha256!]
  return inspection
}

const REASONS = {
  damaged: { zh: '文件已损坏或不是视频', en: 'it is damaged or not a video' },
  'no-video-stream': { zh: '文件中没有视频画面', en: 'it has no video stream' },
  'no-size': { zh: '无法识别画面尺寸', en: 'its frame size is unknown' },
  'no-duration': { zh: '无法识别时长', en: 'its duration is unknown' },
  timeout: { zh: '分析超时', en: 'reading it timed out' },
  'no-poster': { zh: '无法截取封面帧', en: 'no frame could be taken for its poster' },
} as const

const tools = (): VideoTools => ({
  ffprobe: env.ffprobePath,
  ffmpeg: env.ffmpegPath,
  timeoutMs: env.videoToolTimeoutMs,
})

/** A failed run as the uploader's error: a missing tool is the server's problem (503), the rest the file's (400). */
const refusal = (
  req: PayloadRequest,
  language: Language,
  result: Exclude<ToolResult, { ok: true }>,
  reason: keyof typeof REASONS,
) => {
  if (result.reason === 'missing') {
    req.payload.logger.error({ msg: `video upload refused: ${result.tool} is not installed (Debian package ffmpeg)` })
    return new VideoToolsMissingError(language)
  }
  req.payload.logger.warn({
    msg: 'video upload refused',
    tool: result.tool,
    reason: result.reason,
    detail: result.detail,
  })
  return new VideoUnreadableError(language, REASONS[result.reason === 'timeout' ? 'timeout' : reason][language])
}

/**
 * Reads an uploaded video with ffprobe and cuts its poster frame with ffmpeg. Payload keeps an
 * upload in memory, so the tools read a private temporary copy, removed at once.
 */
export const inspectVideo = async (
  req: PayloadRequest,
  bytes: Buffer,
  mime: VideoMime,
  language: Language,
): Promise<VideoInspection> => {
  const file = req.file
  const dir = file?.tempFilePath ? null : await fs.mkdtemp(path.join(os.tmpdir(), 'cms-video-'))
  const input = file?.tempFilePath || path.join(dir!, 'upload')
  try {
    if (dir) await fs.writeFile(input, bytes, { mode: 0o600 })
    const probe = await probeFile(tools(), input, mime)
    if (!probe.ok) throw refusal(req, language, probe, 'damaged')
    const verdict = videoFactsFromProbe(probe.report)
    if (!verdict.ok) throw new VideoUnreadableError(language, REASONS[verdict.problem][language])
    const frame = await posterFrame(tools(), input, mime, verdict.facts.durationSeconds)
    if (!frame.ok) throw refusal(req, language, frame, 'no-poster')
    return { facts: verdict.facts, poster: frame.stdout }
  } finally {
    if (dir) await fs.rm(dir, { recursive: true, force: true })
  }
}
