// Knows whether the admin's Next.js build is missing or older than its sources, and builds it.
import { spawnSync } from 'node:child_process'
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

export const buildAdmin = (rootDir: string): void => {
  const result = spawnSync(process.execPath, [path.join(rootDir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: rootDir,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' },
  })
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`)
}
