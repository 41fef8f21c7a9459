// The scheduler without the HTTP server: `npm run worker`. Several may run against one database
// (and beside servers with SCHEDULER=off); claims with leases keep every delivery to one of them.
// The server applies migrations; start it (or `npm run payload migrate`) before the first worker.
// Run with `node --conditions=production` (see src/server.ts).
import { pathToFileURL } from 'node:url'

import { getPayload } from 'payload'

import config from '../payload.config'
import { env } from './env'
import { ensureKeyring } from './privacy/payload/keyring'
import { startScheduler } from './scheduler'

export const startWorker = async () => {
  const payload = await getPayload({ config: await config })
  await ensureKeyring(payload)
  const scheduler = startScheduler(payload, { force: true })
  console.log(
    `WORKER READY ${scheduler.owner} (delivery ${env.deliveryCron}, batch ${env.deliveryBatchSize}, concurrency ${env.deliveryConcurrency})`,
  )
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    payload.logger.info(`${signal}: finishing the running tick`)
    const force = setTimeout(() => process.exit(1), env.shutdownTimeoutMs)
    force.unref()
    await scheduler.stop()
    await payload.db.destroy?.()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
  return { payload, scheduler }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  startWorker().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
