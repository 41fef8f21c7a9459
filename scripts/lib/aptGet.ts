// apt-get as the pre-test steps run it (scripts/ensure-browser.ts, scripts/ensure-ffmpeg.ts):
// non-interactive, its hundreds of lines shown only when it fails.
import { spawnSync } from 'node:child_process'

export const aptGet = (args: string[], env: NodeJS.ProcessEnv = process.env): boolean => {
  const result = spawnSync('apt-get', args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (result.status === 0) return true
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n')
  console.error(
    `apt-get ${args.join(' ')} 失败 / failed (${result.error?.message ?? `exit code ${result.status}`}):\n${output}`,
  )
  return false
}
