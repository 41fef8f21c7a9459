// Knows whether the admin's Next.js build is missing or older than its sources, and builds it.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const SOURCES = ['payload.config.ts', 'next.config.mjs', 'collections', 'src']

const newestMtime = (entry: string): number => {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)))
  return newest
}

export const adminBuildIsStale = (rootDir: string): boolean => {
  const buildId = fs.statSync(path.join(rootDir, '.next', 'BUILD_ID'), { throwIfNoEntry: false })
  if (!buildId) return true
  return SOURCES.some((source) => newestMtime(path.join(rootDir, source)) > buildId.mtimeMs)
}

const nextBuild = (rootDir: string) =>
  [
    process.execPath,
    [path.join(rootDir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'],
    { cwd: rootDir, env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' } },
  ] as const

/** Builds with Next's own output on the terminal; the browser tests' setup uses it. */
export const buildAdmin = (rootDir: string): void => {
  const [command, args, options] = nextBuild(rootDir)
  const result = spawnSync(command, args, { ...options, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`)
}

/** What a 2-core machine takes; said up front and in every progress line. */
export const EXPECTED_ADMIN_BUILD = '45–60 s'

export const adminBuildProgressLine = (elapsedMs: number): string => {
  const seconds = Math.round(elapsedMs / 1000)
  return `  仍在构建管理后台… 已用 ${seconds} 秒，通常需 ${EXPECTED_ADMIN_BUILD} / still building the admin… ${seconds} s so far, usually ${EXPECTED_ADMIN_BUILD}`
}

/**
 * Builds for `npm start`: Next's output is kept back (the rejection carries it when the build
 * fails); a progress line every `everyMs` tells the person waiting that something is happening.
 */
export const buildAdminWithProgress = (rootDir: string, { everyMs = 10_000, log = console.log } = {}): Promise<void> =>
  new Promise((resolve, reject) => {
    const [command, args, options] = nextBuild(rootDir)
    const started = Date.now()
    const output: Buffer[] = []
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk))
    const progress = setInterval(() => log(adminBuildProgressLine(Date.now() - started)), everyMs)
    child.once('error', (error) => {
      clearInterval(progress)
      reject(error)
    })
    child.once('close', (code, signal) => {
      clearInterval(progress)
      if (code === 0) {
        const seconds = Math.round((Date.now() - started) / 1000)
        log(`管理后台构建完成，用时 ${seconds} 秒 / admin built in ${seconds} s`)
        resolve()
        return
      }
      const how = signal ? `signal ${signal}` : `exit code ${code}`
      reject(
        new Error(`next build failed with ${how}; its output:\n${Buffer.concat(output).toString('utf8').trimEnd()}`),
      )
    })
  })
