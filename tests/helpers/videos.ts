// Real video files for upload tests, made at test time with ffmpeg's built-in test sources (a few
// kilobytes each; ffmpeg is installed by npm test's first step, scripts/ensure-ffmpeg.ts).
import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export type ClipOptions = {
  /** `testsrc` (a moving pattern), `color` (one still colour: tiny even when long) or `noise` (incompressible). */
  source?: 'testsrc' | 'color' | 'noise'
  width?: number
  height?: number
  rate?: number
  seconds?: number
  format?: 'mp4' | 'mov' | 'webm'
}

const SOURCES = {
  testsrc: (w: number, h: number, r: number) => `testsrc=size=${w}x${h}:rate=${r}`,
  color: (w: number, h: number, r: number) => `color=c=0x3060a0:size=${w}x${h}:rate=${r}`,
  noise: (w: number, h: number, r: number) => `nullsrc=s=${w}x${h}:r=${r},geq=random(1)*255:128:128`,
}

/** Makes one clip in a fresh temporary folder and returns its bytes. */
export const makeClip = async ({
  source = 'testsrc',
  width = 320,
  height = 568,
  rate = 10,
  seconds = 2,
  format = 'mp4',
}: ClipOptions = {}): Promise<Buffer> => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cms-clip-'))
  const file = path.join(dir, `clip.${format}`)
  const codec =
    format === 'webm'
      ? ['-c:v', 'libvpx', '-b:v', '200k', '-deadline', 'realtime', '-cpu-used', '8']
      : ['-c:v', 'libx264', '-preset', 'ultrafast', ...(source === 'noise' ? ['-qp', '0'] : [])]
  try {
    await run(process.env.FFMPEG_PATH || 'ffmpeg', [
      '-v',
      'error',
      '-nostdin',
      '-f',
      'lavfi',
      '-i',
      SOURCES[source](width, height, rate),
      '-t',
      String(seconds),
      '-pix_fmt',
      'yuv420p',
      ...codec,
      file,
    ])
    return await fs.readFile(file)
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}
