import { describe, expect, it } from 'vitest'

import {
  DEFAULT_CHROMIUM_CANDIDATES,
  MANUAL_INSTALL_COMMAND,
  cannotInstallBecause,
  chromiumCandidates,
  findChromium,
  packagesToInstall,
} from '../helpers/findChromium'

const only =
  (...present: string[]) =>
  (file: string) =>
    present.includes(file)

describe(chromiumCandidates.name, () => {
  it('should try CHROMIUM_PATH first, then the usual places', () => {
    expect(chromiumCandidates({})).toEqual(DEFAULT_CHROMIUM_CANDIDATES)
    expect(chromiumCandidates({ CHROMIUM_PATH: '/opt/chrome/chrome' })).toEqual([
      '/opt/chrome/chrome',
      ...DEFAULT_CHROMIUM_CANDIDATES,
    ])
    expect(DEFAULT_CHROMIUM_CANDIDATES.slice(0, 2)).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser'])
  })

  it('should let CHROMIUM_CANDIDATES replace the usual places, empty meaning none', () => {
    expect(chromiumCandidates({ CHROMIUM_CANDIDATES: '' })).toEqual([])
    expect(chromiumCandidates({ CHROMIUM_PATH: '/x', CHROMIUM_CANDIDATES: '' })).toEqual(['/x'])
    expect(chromiumCandidates({ CHROMIUM_CANDIDATES: '/a:/b' })).toEqual(['/a', '/b'])
  })
})

describe(findChromium.name, () => {
  it('should pick CHROMIUM_PATH over the usual places when it exists', () => {
    const isExecutable = only('/opt/chrome/chrome', '/usr/bin/chromium')
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, isExecutable })).toBe('/opt/chrome/chrome')
  })

  it('should fall back to the usual places, in order, when CHROMIUM_PATH does not exist', () => {
    expect(findChromium({ env: { CHROMIUM_PATH: '/nonexistent' }, isExecutable: only('/usr/bin/chromium') })).toBe(
      '/usr/bin/chromium',
    )
    expect(findChromium({ env: {}, isExecutable: only('/snap/bin/chromium', '/usr/bin/google-chrome') })).toBe(
      '/usr/bin/google-chrome',
    )
  })

  it('should find nothing on a machine without a browser', () => {
    expect(findChromium({ env: {}, isExecutable: only() })).toBeUndefined()
    expect(
      findChromium({
        env: { CHROMIUM_PATH: '/nonexistent', CHROMIUM_CANDIDATES: '' },
        isExecutable: only('/usr/bin/chromium'),
      }),
    ).toBeUndefined()
  })

  it('should check the real file system by default', () => {
    expect(findChromium({ env: { CHROMIUM_PATH: process.execPath, CHROMIUM_CANDIDATES: '' } })).toBe(process.execPath)
    // A directory and a non-executable file are no browser.
    expect(findChromium({ env: { CHROMIUM_CANDIDATES: `/tmp:${import.meta.filename}` } })).toBeUndefined()
  })
})

describe(cannotInstallBecause.name, () => {
  const rootOnDebian = { platform: 'linux' as const, uid: 0, aptGetExists: true, env: {} }

  it('should install as root on Debian/Ubuntu', () => {
    expect(cannotInstallBecause(rootOnDebian)).toBeUndefined()
  })

  it('should refuse without root, without apt-get, off Linux, or when switched off', () => {
    expect(cannotInstallBecause({ ...rootOnDebian, uid: 1000 })).toMatch(/not running as root/)
    expect(cannotInstallBecause({ ...rootOnDebian, uid: undefined })).toMatch(/not running as root/)
    expect(cannotInstallBecause({ ...rootOnDebian, aptGetExists: false })).toMatch(/no apt-get/)
    expect(cannotInstallBecause({ ...rootOnDebian, platform: 'darwin' })).toMatch(/no apt-get/)
    expect(cannotInstallBecause({ ...rootOnDebian, env: { CHROMIUM_INSTALL: 'off' } })).toBe('CHROMIUM_INSTALL=off')
  })
})

describe(packagesToInstall.name, () => {
  it('should install the browser and the CJK font, either or both, only when missing', () => {
    expect(packagesToInstall({ chromium: undefined, cjkFont: false })).toEqual(['chromium', 'fonts-wqy-zenhei'])
    expect(packagesToInstall({ chromium: '/usr/bin/chromium', cjkFont: false })).toEqual(['fonts-wqy-zenhei'])
    expect(packagesToInstall({ chromium: undefined, cjkFont: true })).toEqual(['chromium'])
    expect(packagesToInstall({ chromium: '/usr/bin/chromium', cjkFont: true })).toEqual([])
  })

  it('should tell people the same packages to install by hand', () => {
    expect(MANUAL_INSTALL_COMMAND).toBe('sudo apt-get install -y chromium fonts-wqy-zenhei')
  })
})
