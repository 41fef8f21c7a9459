// Where ffprobe and ffmpeg are on this machine, and what the pre-test step (scripts/ensure-ffmpeg.ts)
// may do about it. The server finds them the same way: FFPROBE_PATH / FFMPEG_PATH, else PATH.
import fs from 'node:fs'
import path from 'node:path'

import type { Env } from './findChromium'

export type VideoTool = 'ffprobe' | 'ffmpeg'

/** Both tools come from one Debian package. */
export const FFMPEG_PACKAGE = 'ffmpeg'
export const FFMPEG_INSTALL_COMMAND = `sudo apt-get install -y ${FFMPEG_PACKAGE}`
export const FFMPEG_PATH_HINT = 'FFPROBE_PATH=/path/to/ffprobe FFMPEG_PATH=/path/to/ffmpeg npm test'

const VARIABLE: Record<VideoTool, string> = { ffprobe: 'FFPROBE_PATH', ffmpeg: 'FFMPEG_PATH' }

/** The variable's path when it is set, else the tool's name in each PATH folder. */
export const toolCandidates = (tool: VideoTool, env: Env = process.env): string[] => {
  const chosen = env[VARIABLE[tool]]
  if (chosen) return [chosen]
  return (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, tool))
}

const isExecutableFile = (file: string): boolean => {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

export const findTool = (
  tool: VideoTool,
  { env = process.env, isExecutable = isExecutableFile }: { env?: Env; isExecutable?: (file: string) => boolean } = {},
): string | undefined => toolCandidates(tool, env).find((candidate) => isExecutable(candidate))

/** Why the pre-test step may not install ffmpeg itself, or undefined when it may (root on Debian/Ubuntu). */
export const ffmpegInstallBlocker = ({
  platform,
  uid,
  aptGetExists,
  env,
}: {
  platform: NodeJS.Platform
  uid: number | undefined
  aptGetExists: boolean
  env: Env
}): string | undefined => {
  if (env.FFMPEG_INSTALL === 'off') return 'FFMPEG_INSTALL=off'
  if (platform !== 'linux' || !aptGetExists) return '没有 apt-get / no apt-get on this machine'
  if (uid !== 0) return '不是 root 用户 / not running as root'
  return undefined
}
