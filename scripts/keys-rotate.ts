// `npm run keys:rotate`: re-wraps every person's data key under a new master key, without downtime.
//   1. Restart every server and worker with DATA_KEY=<new> DATA_KEY_PREVIOUS=<old>: they read keys
//      under either, and wrap new ones under the new key.
//   2. Run this with the same two variables. It re-wraps row by row; the servers keep serving.
//   3. Drop DATA_KEY_PREVIOUS from the servers' settings, and destroy the old key with the backups
//      it covers (a backup's wrapped keys open only with the master key of its day).
import { getPayload } from 'payload'

import config from '../payload.config'
import { masterKeys, rewrapAll } from '../src/privacy/payload/keyring'

const write = (line: string) => new Promise<void>((resolve) => process.stdout.write(`${line}\n`, () => resolve()))

try {
  const { current, previous, development } = masterKeys()
  if (development)
    throw new Error('DATA_KEY is unset: give the new master key in DATA_KEY and the old one in DATA_KEY_PREVIOUS')
  if (previous.length === 0) throw new Error('DATA_KEY_PREVIOUS is unset: give the master key being rotated away from')
  const payload = await getPayload({ config: await config })
  await write(`密钥轮换 / key rotation: ${previous.map((key) => key.id).join(', ')} → ${current.id}`)
  let last = 0
  const done = await rewrapAll(payload, (count, total) => {
    if (count === total || Date.now() - last > 1000) {
      last = Date.now()
      process.stdout.write(`  ${count}/${total} (${total ? Math.round((count / total) * 100) : 100}%)\n`)
    }
  })
  await write(`完成 / done: ${done} data key(s) now wrapped by ${current.id}`)
  await payload.db.destroy?.()
  process.exit(0)
} catch (error) {
  await write(`密钥轮换失败 / key rotation FAILED: ${(error as Error).message}`)
  process.exit(1)
}
