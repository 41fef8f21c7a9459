// buildAdminWithProgress runs a stand-in `next` (a small script in a throwaway root) so the
// progress, the success and the failure paths run for real in milliseconds.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { adminBuildProgressLine, buildAdminWithProgress } from './adminBuild'

const roots: string[] = []
afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })))

/** A root whose `node_modules/next/dist/bin/next` is `script` (CommonJS, run in the root). */
const fakeRoot = (script: string): string => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'admin-build-'))
  roots.push(root)
  const bin = path.join(root, 'node_modules', 'next', 'dist', 'bin')
  fs.mkdirSync(bin, { recursive: true })
  fs.writeFileSync(path.join(bin, 'next'), script)
  return root
}

describe(adminBuildProgressLine.name, () => {
  it('should give the elapsed and the expected time, in Chinese then English', () => {
    expect(adminBuildProgressLine(20_400)).toBe(
      '  仍在构建管理后台… 已用 20 秒，通常需 45–60 s / still building the admin… 20 s so far, usually 45–60 s',
    )
  })
})

describe(buildAdminWithProgress.name, () => {
  it('should print progress lines while the build runs, keep the build output back, and resolve when it succeeds', async () => {
    // The stand-in build finishes only after the first progress line, so that line is certain.
    const root = fakeRoot(`
      const fs = require('node:fs')
      console.log('build output', process.argv[2], process.env.NODE_ENV)
      const wait = () => (fs.existsSync('progress-seen') ? process.exit(0) : setTimeout(wait, 10))
      wait()
    `)
    const lines: string[] = []
    const log = (line: string) => {
      lines.push(line)
      fs.writeFileSync(path.join(root, 'progress-seen'), '')
    }
    await buildAdminWithProgress(root, { everyMs: 20, log })
    expect(lines[0]).toMatch(
      /^ {2}仍在构建管理后台… 已用 \d+ 秒，通常需 45–60 s \/ still building the admin… \d+ s so far, usually 45–60 s$/,
    )
    expect(lines.at(-1)).toMatch(/^管理后台构建完成，用时 \d+ 秒 \/ admin built in \d+ s$/)
    expect(lines.join('\n')).not.toContain('build output')
  })

  it('should reject with the exit code and the build output when the build fails', async () => {
    const root = fakeRoot(`
      console.log('Creating an optimized production build', process.argv[2], process.env.NODE_ENV)
      console.error('Type error: boom')
      process.exit(1)
    `)
    const failure = await buildAdminWithProgress(root, { log: () => {} }).catch((error: Error) => error)
    expect(failure).toBeInstanceOf(Error)
    // stdout and stderr arrive on separate pipes, so their order is not fixed.
    expect((failure as Error).message).toMatch(/^next build failed with exit code 1; its output:\n/)
    expect((failure as Error).message).toContain('Creating an optimized production build build production')
    expect((failure as Error).message).toContain('Type error: boom')
  })

  it('should reject when the build is killed', async () => {
    const root = fakeRoot(`process.kill(process.pid, 'SIGKILL')`)
    await expect(buildAdminWithProgress(root, { log: () => {} })).rejects.toThrow(
      'next build failed with signal SIGKILL',
    )
  })
})
