// Starts `src/worker.ts` (the scheduler without HTTP) as a child process and waits for its READY line.
import { type ChildProcess, spawn } from 'node:child_process'

import { ROOT } from './serverProcess'

export type RunningWorker = {
  owner: string
  child: ChildProcess
  output: () => string
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

export const startWorkerProcess = async (
  extraEnv: Record<string, string>,
  { timeoutMs = 120_000 } = {},
): Promise<RunningWorker> => {
  // WORKER_NODE_ARGS adds Node flags for diagnosis, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const extraArgs = (process.env.WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean)
  const child = spawn(
    process.execPath,
    [...extraArgs, '--conditions=production', '--max-old-space-size=320', '--import', 'tsx', 'src/worker.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PAYLOAD_SECRET: 'test-secret',
        LOG_LEVEL: 'warn',
        WEBHOOK_ALLOW_PRIVATE: '1',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let log = ''
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const owner = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start in ${timeoutMs} ms:\n${log}`)), timeoutMs)
    child.stdout.on('data', () => {
      const match = /WORKER READY (\S+)/.exec(log)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`worker exited with ${code} before it was ready:\n${log}`))
    })
  })
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode)
      child.once('exit', (code) => resolve(code))
      child.kill(signal)
    })
  return { owner, child, output: () => log, stop }
}
