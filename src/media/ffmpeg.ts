// Runs Debian's ffprobe and ffmpeg (package `ffmpeg`) on an uploaded video: always as a child
// process with its arguments as an array (never through a shell), limited to local files, with a
// timeout after which it is killed. A missing binary is reported as such, never thrown.
import { execFile } from 'node:child_process'

import { DEMUXER, posterSecond, type VideoMime } from './video'

/** The Debian package that provides both tools: what an administrator installs. */
export const FFMPEG_PACKAGE = 'ffmpeg'

export type ToolResult =
  | { ok: true; stdout: Buffer }
  | { ok: false; reason: 'missing'; tool: string }
  | { ok: false; reason: 'timeout' | 'failed'; tool: string; detail: string }

export type ToolOptions = { timeoutMs: number; maxBytes?: number }

/** Runs one tool to completion, its standard output kept as bytes. */
export const runTool = (tool: string, args: string[], { timeoutMs, maxBytes = 32 * 1024 * 1024 }: ToolOptions) =>
  new Promise<ToolResult>((resolve) => {
    execFile(
      tool,
      args,
      { encoding: 'buffer', timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: maxBytes, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve({ ok: true, stdout })
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null }
        if (failure.code === 'ENOENT' || failure.code === 'EACCES') return resolve({ ok: false, reason: 'missing', tool })
        const detail = stderr.toString('utf8').trim().split('\n').slice(-3).join(' ').slice(0, 300)
        if (failure.killed && failure.signal === 'SIGKILL')
          return resolve({ ok: false, reason: 'timeout', tool, detail: `${timeoutMs} ms` })
        resolve({ ok: false, reason: 'failed', tool, detail: detail || failure.message })
      },
    )
  })

export type VideoTools = { ffprobe: string; ffmpeg: string; timeoutMs: number }

// Inputs are read as local files only (no network protocol, no playlist pulling in other files),
// with the demuxer of the sniffed format.
const inputArgs = (mime: VideoMime) => ['-protocol_whitelist', 'file', '-f', DEMUXER[mime]]
const inputUrl = (file: string) => `file:${file}`

/** ffprobe's JSON report of the file's container and streams. */
export const probeFile = async (tools: VideoTools, file: string, mime: VideoMime) => {
  const result = await runTool(
    tools.ffprobe,
    [
      '-v',
      'error',
      ...inputArgs(mime),
      '-print_format',
      'json',
      '-show_format',
      '-show_streams',
      inputUrl(file),
    ],
    { timeoutMs: tools.timeoutMs },
  )
  if (!result.ok) return result
  try {
    return { ok: true as const, report: JSON.parse(result.stdout.toString('utf8')) as unknown }
  } catch {
    return { ok: false as const, reason: 'failed' as const, tool: tools.ffprobe, detail: 'unparseable report' }
  }
}

/** Longest side of a poster frame: enough for every image size, small enough for any upload limit. */
const POSTER_MAX_SIDE = 1920

/**
 * One frame as a JPEG (`-ss <t> -frames:v 1`), shown as the video is: rotated, square pixels, its
 * longer side at most 1920 pixels.
 */
export const posterFrame = async (tools: VideoTools, file: string, mime: VideoMime, durationSeconds: number) => {
  const grab = (seconds: number) =>
    runTool(
      tools.ffmpeg,
      [
        '-v',
        'error',
        '-nostdin',
        ...inputArgs(mime),
        '-ss',
        seconds.toFixed(3),
        '-i',
        inputUrl(file),
        '-frames:v',
        '1',
        '-an',
        '-sn',
        '-dn',
        '-vf',
        `scale=trunc(iw*sar/2)*2:ih,setsar=1,scale=w='min(iw,${POSTER_MAX_SIDE})':h='min(ih,${POSTER_MAX_SIDE})':force_original_aspect_ratio=decrease`,
        '-c:v',
        'mjpeg',
        '-q:v',
        '3',
        '-f',
        'image2',
        'pipe:1',
      ],
      { timeoutMs: tools.timeoutMs },
    )
  const isJpeg = (bytes: Buffer) => bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8
  const first = await grab(posterSecond(durationSeconds))
  if (first.ok && isJpeg(first.stdout)) return first
  if (!first.ok && first.reason === 'missing') return first
  // A seek past the last decodable frame gives nothing: the first frame then.
  const second = await grab(0)
  if (second.ok && !isJpeg(second.stdout))
    return { ok: false as const, reason: 'failed' as const, tool: tools.ffmpeg, detail: 'no frame decoded' }
  return second
}
