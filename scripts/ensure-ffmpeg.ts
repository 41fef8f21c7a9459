// Part of `npm test`'s first step, after the browser check: the server reads uploaded videos with
// ffprobe and cuts poster frames with ffmpeg (Debian package `ffmpeg`), and the integration tests
// make their clips with ffmpeg. Root on Debian/Ubuntu installs the package with apt-get when a
// tool is missing; anywhere else the run stops with the exact command to type. FFMPEG_INSTALL=off
// never installs. FFPROBE_PATH / FFMPEG_PATH name the tools (scripts/ensure-ffmpeg.spec.ts uses
// them to stand for a machine without ffmpeg).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

import {
  FFMPEG_INSTALL_COMMAND,
  FFMPEG_PACKAGE,
  FFMPEG_PATH_HINT,
  ffmpegInstallBlocker,
  findTool,
  toolCandidates,
  type VideoTool,
} from '../tests/helpers/findFfmpeg'
import { aptGet } from './lib/aptGet'

const env = process.env
const TOOLS: VideoTool[] = ['ffprobe', 'ffmpeg']

const missingTools = () => TOOLS.filter((tool) => !findTool(tool, { env }))

const fail = (lines: string[]): never => {
  console.error(['', ...lines, ''].join('\n'))
  process.exit(1)
}

let missing = missingTools()
const blocker = ffmpegInstallBlocker({
  platform: process.platform,
  uid: process.getuid?.(),
  aptGetExists: fs.existsSync('/usr/bin/apt-get'),
  env,
})

if (missing.length > 0 && !blocker) {
  console.log(
    `视频上传需要 ${missing.join('、')}，正在用 apt-get 安装 ${FFMPEG_PACKAGE}（约 1 分钟）… / Video uploads need ${missing.join(' and ')}: installing ${FFMPEG_PACKAGE} with apt-get (about a minute)…`,
  )
  if (aptGet(['update', '-qq'], env)) aptGet(['install', '-y', '-qq', '--no-install-recommends', FFMPEG_PACKAGE], env)
  missing = missingTools()
}

if (missing.length > 0) {
  fail([
    `✗ 找不到 ${missing.join('、')}，视频上传及其测试无法运行，npm test 已停止。/ ${missing.join(' and ')} not found: video uploads and their tests cannot run, so npm test stops here.`,
    ...missing.map((tool) => `  ${tool} 已查找 / looked in: ${toolCandidates(tool, env).join(', ') || '(nothing)'}`),
    ...(blocker ? [`  未自动安装 / not installed automatically: ${blocker}`] : []),
    '  请运行 / run:',
    `    ${FFMPEG_INSTALL_COMMAND}`,
    '  或指定已安装的程序 / or point to installed ones:',
    `    ${FFMPEG_PATH_HINT}`,
  ])
}

for (const tool of TOOLS) {
  const file = findTool(tool, { env })!
  const version = spawnSync(file, ['-version'], { encoding: 'utf8', timeout: 30_000 })
  if (version.status !== 0) {
    fail([
      `✗ ${file} 无法运行 / does not run (${version.error?.message ?? `exit code ${version.status}`}):`,
      `  ${(version.stderr || version.stdout || '').trim().split('\n').slice(0, 5).join('\n  ')}`,
      '  请运行 / run:',
      `    ${FFMPEG_INSTALL_COMMAND}`,
    ])
  }
  console.log(`视频测试使用 / video tests use: ${file} (${version.stdout.split('\n')[0].trim()})`)
}
