// Where Chromium is on this machine, and what the pre-test step (scripts/ensure-browser.ts) may do
// about it. One lookup for that step and for the browser tests, so both pick the same binary.
import fs from 'node:fs'
import path from 'node:path'

export const DEFAULT_CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
]

/** Debian/Ubuntu packages: the browser, and a CJK font so screenshots show the Chinese admin. */
export const CHROMIUM_PACKAGE = 'chromium'
export const CJK_FONT_PACKAGE = 'fonts-wqy-zenhei'
export const installCommand = (packages: string[]): string => `sudo apt-get install -y ${packages.join(' ')}`
export const MANUAL_INSTALL_COMMAND = installCommand([CHROMIUM_PACKAGE, CJK_FONT_PACKAGE])
export const CHROMIUM_PATH_HINT = 'CHROMIUM_PATH=/path/to/chromium npm test'

/** The environment variables read here (`process.env` in practice; a plain object in tests). */
export type Env = Record<string, string | undefined>

/**
 * `CHROMIUM_PATH` first, then the usual places. `CHROMIUM_CANDIDATES` (`:`-separated; empty for
 * none) replaces the usual places: the tests use it to stand for a machine without a browser.
 */
export const chromiumCandidates = (env: Env = process.env): string[] => {
  const usual =
    env.CHROMIUM_CANDIDATES === undefined
      ? DEFAULT_CHROMIUM_CANDIDATES
      : env.CHROMIUM_CANDIDATES.split(path.delimiter).filter(Boolean)
  return env.CHROMIUM_PATH ? [env.CHROMIUM_PATH, ...usual] : usual
}

export const isExecutableFile = (file: string): boolean => {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

export type ChromiumLookup = { env?: Env; isExecutable?: (file: string) => boolean }

/** The first candidate that is an executable file, or undefined when there is none. */
export const findChromium = ({ env = process.env, isExecutable = isExecutableFile }: ChromiumLookup = {}):
  string | undefined => chromiumCandidates(env).find((candidate) => isExecutable(candidate))

export type InstallFacts = { platform: NodeJS.Platform; uid: number | undefined; aptGetExists: boolean; env: Env }

/** Why the pre-test step may not install packages itself, or undefined when it may (root on Debian/Ubuntu). */
export const cannotInstallBecause = ({ platform, uid, aptGetExists, env }: InstallFacts): string | undefined => {
  if (env.CHROMIUM_INSTALL === 'off') return 'CHROMIUM_INSTALL=off'
  if (platform !== 'linux' || !aptGetExists) return '没有 apt-get / no apt-get on this machine'
  if (uid !== 0) return '不是 root 用户 / not running as root'
  return undefined
}

/** The packages to install for what is missing: the browser, the CJK font, or both. */
export const packagesToInstall = ({
  chromium,
  cjkFont,
}: {
  chromium: string | undefined
  cjkFont: boolean
}): string[] => [...(chromium ? [] : [CHROMIUM_PACKAGE]), ...(cjkFont ? [] : [CJK_FONT_PACKAGE])]
