// Runs the real integration driver with TEST_INT_DRY=1 (no vitest runs) to check what it does
// when Postgres answers, when it does not, and when CI requires it. A plain TCP listener on
// loopback stands for a Postgres that answers; port 1 for one that does not.
import { execFile } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const DOWN = 'postgres://postgres:secret@127.0.0.1:1/postgres'

const testInt = async (env: Record<string, string>) => {
  // The variables under test start unset, whatever the calling shell has.
  const inherited = { ...process.env }
  for (const name of ['TEST_MONGODB_URL', 'TEST_REQUIRE_POSTGRES', 'TEST_POSTGRES_URL']) delete inherited[name]
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/test-int.ts'], {
      cwd: root,
      env: { ...inherited, TEST_INT_DRY: '1', ...env },
    })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, output: failed.stdout + failed.stderr }
  }
}

const lastLines = (output: string, count: number) => output.trimEnd().split('\n').slice(-count).join('\n')

describe('scripts/test-int.ts', () => {
  let listener: net.Server
  let up: string
  beforeAll(async () => {
    listener = net.createServer((socket) => socket.destroy())
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
    up = `postgres://postgres@127.0.0.1:${(listener.address() as net.AddressInfo).port}/postgres`
  })
  afterAll(() => new Promise<void>((resolve) => listener.close(() => resolve())))

  it('should pass on SQLite alone and end with a framed notice saying the Postgres run was skipped and why', async () => {
    const { code, output } = await testInt({ TEST_POSTGRES_URL: DOWN })
    expect(code).toBe(0)
    expect(output).toContain('=== integration suite on sqlite ===')
    expect(output).not.toContain('=== integration suite on postgres ===')
    const end = lastLines(output, 9)
    expect(end).toMatch(/^integration runs: sqlite passed\n\n={78}\n/)
    expect(end).toContain('The Postgres integration run was SKIPPED: only SQLite was tested.')
    expect(end).toContain('why: postgres://postgres:***@127.0.0.1:1/postgres 无应答 / did not answer (ECONNREFUSED)')
    expect(end).toMatch(/\n={78}$/)
    expect(output).not.toContain('secret')
  })

  it('should fail with exit code 1 before running anything when TEST_REQUIRE_POSTGRES=1 and Postgres does not answer', async () => {
    const { code, output } = await testInt({ TEST_POSTGRES_URL: DOWN, TEST_REQUIRE_POSTGRES: '1' })
    expect(code).toBe(1)
    expect(output).not.toContain('=== integration suite on')
    expect(lastLines(output, 6)).toContain(
      'Postgres is unreachable and TEST_REQUIRE_POSTGRES=1: the integration runs FAIL without running.',
    )
    expect(output).toContain('(ECONNREFUSED)')
  })

  it('should run on SQLite then Postgres, with no notice, when Postgres answers, required or not', async () => {
    const envs: Record<string, string>[] = [
      { TEST_POSTGRES_URL: up },
      { TEST_POSTGRES_URL: up, TEST_REQUIRE_POSTGRES: '1' },
    ]
    for (const env of envs) {
      const { code, output } = await testInt(env)
      expect(code).toBe(0)
      expect(output).toContain('=== integration suite on sqlite ===')
      expect(output).toContain('=== integration suite on postgres ===')
      expect(lastLines(output, 1)).toBe('integration runs: sqlite passed, postgres passed')
      expect(output).not.toContain('SKIPPED')
    }
  })
})
