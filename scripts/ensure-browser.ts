// The first step of `npm test`: make sure the browser tests have a Chromium (and a CJK font for
// their screenshots) before anything else runs. Root on Debian/Ubuntu installs what is missing
// with apt-get; anywhere else a missing browser stops the run with the exact command to type.
// CHROMIUM_INSTALL=off never installs. CHROMIUM_CANDIDATES (see tests/helpers/findChromium.ts)
// replaces the usual places; scripts/ensure-browser.spec.ts uses it to stand for a bare machine.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

import {
  CHROMIUM_PATH_HINT,
  CJK_FONT_PACKAGE,
  MANUAL_INSTALL_COMMAND,
  cannotInstallBecause,
  chromiumCandidates,
  findChromium,
  installCommand,
  packagesToInstall,
} from '../tests/helpers/findChromium'
import { aptGet } from './lib/aptGet'

const env = process.env

/** On Linux, fontconfig knows whether any installed font covers Chinese; elsewhere the system fonts do. */
const hasCjkFont = (): boolean => {
  if (process.platform !== 'linux') return true
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
  return result.status === 0 && result.stdout.trim() !== ''
}

let chromium = findChromium({ env })
let cjkFont = hasCjkFont()
const missing = packagesToInstall({ chromium, cjkFont })
const blocker = cannotInstallBecause({
  platform: process.platform,
  uid: process.getuid?.(),
  aptGetExists: fs.existsSync('/usr/bin/apt-get'),
  env,
})

if (missing.length > 0 && !blocker) {
  console.log(
    `浏览器测试需要 ${missing.join('、')}，正在用 apt-get 安装（约 1–2 分钟）… / The browser tests need ${missing.join(' and ')}: installing with apt-get (1–2 minutes)…`,
  )
  if (aptGet(['update', '-qq'])) aptGet(['install', '-y', '-qq', '--no-install-recommends', ...missing])
  chromium = findChromium({ env })
  cjkFont = hasCjkFont()
}

const fail = (lines: string[]): never => {
  console.error(['', ...lines, ''].join('\n'))
  process.exit(1)
}

if (!chromium) {
  fail([
    '✗ 找不到 Chromium，浏览器测试无法运行，npm test 已停止。/ Chromium not found: the browser tests cannot run, so npm test stops here.',
    `  已查找 / looked in: ${chromiumCandidates(env).join(', ') || '(nothing)'}`,
    ...(blocker ? [`  未自动安装 / not installed automatically: ${blocker}`] : []),
    '  请运行 / run:',
    `    ${MANUAL_INSTALL_COMMAND}`,
    '  或指定已安装的 Chromium/Chrome / or point to an installed Chromium or Chrome:',
    `    ${CHROMIUM_PATH_HINT}`,
  ])
} else {
  if (env.CHROMIUM_PATH && chromium !== env.CHROMIUM_PATH) {
    console.warn(
      `CHROMIUM_PATH=${env.CHROMIUM_PATH} 不存在或不可执行，改用 / does not exist or is not executable; using ${chromium}`,
    )
  }
  const version = spawnSync(chromium, ['--version'], { encoding: 'utf8', timeout: 30_000 })
  if (version.status !== 0) {
    fail([
      `✗ ${chromium} 无法运行 / does not run (${version.error?.message ?? `exit code ${version.status}`}):`,
      `  ${(version.stderr || version.stdout || '').trim().split('\n').slice(0, 5).join('\n  ')}`,
      '  请运行 / run:',
      `    ${MANUAL_INSTALL_COMMAND}`,
      '  或指定可用的 Chromium/Chrome / or point to a working Chromium or Chrome:',
      `    ${CHROMIUM_PATH_HINT}`,
    ])
  }
  console.log(`浏览器测试使用 / browser tests use: ${chromium} (${version.stdout.trim()})`)
  if (!cjkFont) {
    console.warn(
      `! 没有中文字体，截图里的中文会显示为方框 / No CJK font: Chinese text in the screenshots shows as boxes (${blocker ?? '安装后仍没有 / still missing after apt-get'}). ` +
        `Run: ${installCommand([CJK_FONT_PACKAGE])}`,
    )
  }
}
