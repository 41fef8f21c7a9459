// Runs the real pre-test step as `npm test` does, on a pretend machine: CHROMIUM_CANDIDATES stands
// in for the usual places and CHROMIUM_INSTALL=off for a user who cannot install packages.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ensure-browser-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const isRootOnDebian = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')

const noFontsConfig = (): string => {
  // A fontconfig set-up with no fonts at all stands for a machine without a CJK font.
  const file = path.join(dir, 'fonts.conf')
  fs.writeFileSync(file, '<?xml version="1.0"?>\n<fontconfig></fontconfig>\n')
  return file
}

/**
 * A stand-in `apt-get` first on PATH (the real one would install packages on this machine): it
 * logs its arguments and runs `onInstall` for `apt-get install`.
 */
const fakeAptGet = (name: string, onInstall: string): { binDir: string; log: string } => {
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

const fakeBrowser = (name: string, script: string): string => {
  const file = path.join(dir, name)
  fs.writeFileSync(file, `#!/bin/sh\n${script}\n`, { mode: 0o755 })
  return file
}

const ensureBrowser = async (env: Record<string, string>) => {
  // The variables under test start unset, whatever the calling shell has.
  const inherited = { ...process.env }
  for (const name of ['CHROMIUM_PATH', 'CHROMIUM_CANDIDATES', 'CHROMIUM_INSTALL']) delete inherited[name]
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/ensure-browser.ts'],
      {
        cwd: root,
        env: { ...inherited, CHROMIUM_INSTALL: 'off', ...env },
      },
    )
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, output: failed.stdout + failed.stderr }
  }
}

describe('scripts/ensure-browser.ts', () => {
  it('should stop with exit code 1 and the exact commands to run when no browser is found and it may not install one', async () => {
    const { code, output } = await ensureBrowser({ CHROMIUM_PATH: '/nonexistent', CHROMIUM_CANDIDATES: '' })
    expect(code).toBe(1)
    expect(output).toContain('Chromium not found')
    expect(output).toContain('looked in: /nonexistent')
    expect(output).toContain('not installed automatically: CHROMIUM_INSTALL=off')
    expect(output).toContain('    sudo apt-get install -y chromium fonts-wqy-zenhei\n')
    expect(output).toContain('    CHROMIUM_PATH=/path/to/chromium npm test\n')
  })

  it('should use the browser it finds, say which one, and warn with the command when no CJK font is installed', async () => {
    const browser = fakeBrowser('chromium', 'echo "Chromium 999.0 fake"')
    const { code, output } = await ensureBrowser({
      CHROMIUM_PATH: '/nonexistent',
      CHROMIUM_CANDIDATES: browser,
      FONTCONFIG_FILE: noFontsConfig(),
    })
    expect(code).toBe(0)
    expect(output).toContain('CHROMIUM_PATH=/nonexistent 不存在或不可执行')
    expect(output).toContain(`does not exist or is not executable; using ${browser}`)
    expect(output).toContain(`browser tests use: ${browser} (Chromium 999.0 fake)`)
    expect(output).toContain('No CJK font')
    expect(output).toContain('Run: sudo apt-get install -y fonts-wqy-zenhei')
  })

  it('should stop with exit code 1 when the browser it finds does not run', async () => {
    const browser = fakeBrowser('broken-chromium', 'echo "Command requires the chromium snap" >&2; exit 1')
    const { code, output } = await ensureBrowser({ CHROMIUM_PATH: browser, CHROMIUM_CANDIDATES: '' })
    expect(code).toBe(1)
    expect(output).toContain(`${browser} 无法运行 / does not run (exit code 1)`)
    expect(output).toContain('Command requires the chromium snap')
    expect(output).toContain('sudo apt-get install -y chromium fonts-wqy-zenhei')
  })
  // Root on Debian/Ubuntu is the only case where the step installs; elsewhere it cannot be run.
  it.runIf(isRootOnDebian)(
    'should, as root on Debian, say what it is doing, apt-get install what is missing, and use it',
    async () => {
      const installed = path.join(dir, 'installed-chromium')
      const apt = fakeAptGet(
        'apt-ok',
        `printf '#!/bin/sh\\necho "Chromium 1.0 from apt"\\n' > ${installed}; chmod +x ${installed}`,
      )
      const { code, output } = await ensureBrowser({
        CHROMIUM_INSTALL: '',
        CHROMIUM_CANDIDATES: installed,
        FONTCONFIG_FILE: noFontsConfig(),
        PATH: `${apt.binDir}:${process.env.PATH}`,
      })
      expect(code).toBe(0)
      expect(output).toContain('The browser tests need chromium and fonts-wqy-zenhei: installing with apt-get')
      expect(fs.readFileSync(apt.log, 'utf8')).toBe(
        'update -qq\ninstall -y -qq --no-install-recommends chromium fonts-wqy-zenhei\n',
      )
      expect(output).toContain(`browser tests use: ${installed} (Chromium 1.0 from apt)`)
      // The stand-in installed no font: the step says so rather than pretending.
      expect(output).toContain('No CJK font')
    },
  )

  it.runIf(isRootOnDebian)(
    "should, as root on Debian, show apt-get's failure and stop with the command to run",
    async () => {
      const apt = fakeAptGet('apt-failing', 'echo "E: Unable to locate package chromium" >&2; exit 100')
      const { code, output } = await ensureBrowser({
        CHROMIUM_INSTALL: '',
        CHROMIUM_CANDIDATES: '',
        PATH: `${apt.binDir}:${process.env.PATH}`,
      })
      expect(code).toBe(1)
      expect(output).toContain('apt-get install -y -qq --no-install-recommends chromium')
      expect(output).toContain('failed (exit code 100)')
      expect(output).toContain('E: Unable to locate package chromium')
      expect(output).toContain('Chromium not found')
      expect(output).toContain('    sudo apt-get install -y chromium fonts-wqy-zenhei\n')
    },
  )
})
