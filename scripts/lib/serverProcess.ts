// Starts the real server (scripts/start.ts → src/server.ts) as a child process on an ephemeral loopback port and
// waits for its READY line, the way an operator would start it.
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const ROOT = path.resolve(import.meta.dirname, '..', '..')

export type RunningServer = {
  url: string
  child: ChildProcess
  output: () => string
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

export const startServerProcess = async (
  extraEnv: Record<string, string>,
  { timeoutMs = 240_000 }: { timeoutMs?: number } = {},
): Promise<RunningServer> => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-files-'))
  // --conditions=production: see the note at the top of src/server.ts. The heap cap is the one
  // `npm start` sets (package.json), so the suite and the benches run the server as it is shipped.
  const child = spawn(
    process.execPath,
    ['--conditions=production', '--max-old-space-size=320', '--import', 'tsx', 'scripts/start.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        ADMIN: 'off',
        NODE_ENV: 'test',
        MEDIA_DIR: path.join(scratch, 'media'),
        PRIVATE_DIR: path.join(scratch, 'private'),
        DEMO_PASSWORD: 'test-password-2026',
        // The suite's webhook receivers listen on loopback; tests of the refusal pass '' explicitly.
        WEBHOOK_ALLOW_PRIVATE: '1',
        PAYLOAD_SECRET: 'test-secret',
        LOG_LEVEL: 'warn',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let log = ''
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${log}`)), timeoutMs)
    const onData = () => {
      const match = /READY (http:\/\/[^\s]+)/.exec(log)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code} before it was ready:\n${log}`))
    })
  })
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode)
      child.once('exit', (code) => {
        fs.rmSync(scratch, { recursive: true, force: true })
        resolve(code)
      })
      child.kill(signal)
    })
  return { url, child, output: () => log, stop }
}
