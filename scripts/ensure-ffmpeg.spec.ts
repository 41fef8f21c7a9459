// Runs the real pre-test step as `npm test` does, on a pretend machine: FFPROBE_PATH and
// FFMPEG_PATH stand for where the tools are (or are not), FFMPEG_INSTALL=off for a user who
// cannot install packages, and a stand-in apt-get for Debian's.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensure-ffmpeg-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const isRootOnDebian = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')

const fakeTool = (file: string, name: string) => {
  fs.writeFileSync(file, `#!/bin/sh\necho "${name} version 9.9-fake"\n`, { mode: 0o755 })
  return file
}

/** A stand-in `apt-get` first on PATH: it logs its arguments and runs `onInstall` for `apt-get install`. */
const fakeAptGet = (name: string, onInstall: string) => {
  const binDir = path.join(dir, name)
  const log = path.join(binDir, 'calls.log')
  fs.mkdirSync(binDir)
  fs.writeFileSync(
    path.join(binDir, 'apt-get'),
    `#!/bin/sh\necho "$@" >> ${log}\nif [ "$1" = install ]; then\n${onInstall}\nfi\n`,
    { mode: 0o755 },
  )
  return { binDir, log }
}

const ensureFfmpeg = async (env: Record<string, string>) => {
  const inherited = { ...process.env }
  for (const name of ['FFPROBE_PATH', 'FFMPEG_PATH', 'FFMPEG_INSTALL']) delete inherited[name]
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/ensure-ffmpeg.ts'],
      { cwd: root, env: { ...inherited, FFMPEG_INSTALL: 'off', ...env } },
    )
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, output: failed.stdout + failed.stderr }
  }
}

describe('scripts/ensure-ffmpeg.ts', () => {
  it('should stop with exit code 1 and the exact command to run when ffprobe is missing and it may not install it', async () => {
    const ffmpeg = fakeTool(path.join(dir, 'only-ffmpeg'), 'ffmpeg')
    const { code, output } = await ensureFfmpeg({ FFPROBE_PATH: '/nonexistent/ffprobe', FFMPEG_PATH: ffmpeg })
    expect(code).toBe(1)
    expect(output).toContain('ffprobe not found')
    expect(output).toContain('looked in: /nonexistent/ffprobe')
    expect(output).toContain('not installed automatically: FFMPEG_INSTALL=off')
    expect(output).toContain('    sudo apt-get install -y ffmpeg\n')
    expect(output).toContain('    FFPROBE_PATH=/path/to/ffprobe FFMPEG_PATH=/path/to/ffmpeg npm test\n')
  })

  it('should use the tools it finds and say which', async () => {
    const ffprobe = fakeTool(path.join(dir, 'ffprobe'), 'ffprobe')
    const ffmpeg = fakeTool(path.join(dir, 'ffmpeg'), 'ffmpeg')
    const { code, output } = await ensureFfmpeg({ FFPROBE_PATH: ffprobe, FFMPEG_PATH: ffmpeg })
    expect(code).toBe(0)
    expect(output).toContain(`video tests use: ${ffprobe} (ffprobe version 9.9-fake)`)
    expect(output).toContain(`video tests use: ${ffmpeg} (ffmpeg version 9.9-fake)`)
  })

  it.runIf(isRootOnDebian)(
    'should, as root on Debian, apt-get install ffmpeg when a tool is missing, and use it',
    async () => {
      const installed = path.join(dir, 'installed')
      fs.mkdirSync(installed)
      const apt = fakeAptGet(
        'apt-ok',
        `for t in ffprobe ffmpeg; do printf '#!/bin/sh\\necho "%s version 1.0 from apt"\\n' $t > ${installed}/$t; chmod +x ${installed}/$t; done`,
      )
      const { code, output } = await ensureFfmpeg({
        FFMPEG_INSTALL: '',
        FFPROBE_PATH: path.join(installed, 'ffprobe'),
        FFMPEG_PATH: path.join(installed, 'ffmpeg'),
        PATH: `${apt.binDir}:${process.env.PATH}`,
      })
      expect(code, output).toBe(0)
      expect(output).toContain('Video uploads need ffprobe and ffmpeg: installing ffmpeg with apt-get')
      expect(fs.readFileSync(apt.log, 'utf8')).toBe('update -qq\ninstall -y -qq --no-install-recommends ffmpeg\n')
      expect(output).toContain(`video tests use: ${installed}/ffprobe (ffprobe version 1.0 from apt)`)
    },
  )

  it.runIf(isRootOnDebian)(
    "should, as root on Debian, show apt-get's failure and stop with the command to run",
    async () => {
      const apt = fakeAptGet('apt-failing', 'echo "E: Unable to locate package ffmpeg" >&2; exit 100')
      const { code, output } = await ensureFfmpeg({
        FFMPEG_INSTALL: '',
        FFPROBE_PATH: '/nonexistent/ffprobe',
        FFMPEG_PATH: '/nonexistent/ffmpeg',
        PATH: `${apt.binDir}:${process.env.PATH}`,
      })
      expect(code).toBe(1)
      expect(output).toContain('apt-get install -y -qq --no-install-recommends ffmpeg')
      expect(output).toContain('failed (exit code 100)')
      expect(output).toContain('E: Unable to locate package ffmpeg')
      expect(output).toContain('    sudo apt-get install -y ffmpeg\n')
    },
  )
})
