// The process: Payload on its database, migrations, Express on a port, graceful stop. Started by
// scripts/start.ts, which adds the demo seed (`prepare`): nothing here imports scripts/.
// Run with `node --conditions=production` (the npm scripts do): @lexical's default Node entry
// points use top-level await, which Node 20 cannot settle inside Payload's import cycle (the
// process exits 13 without a word). The production condition selects the plain ESM builds.
import type { AddressInfo } from 'node:net'

import type { RequestHandler } from 'express'
import { getPayload, type Payload } from 'payload'

import config from '../payload.config'
import { ensureDefaultLexicon } from './compliance/payload/loadLexicon'
import { ensureFrameSettings } from './compliance/payload/loadFrames'
import { env, ROOT_DIR } from './env'
import { createApp } from './http/createApp'
import { ensureKeyring, masterKeys } from './privacy/payload/keyring'
import { encryptLegacyValues } from './privacy/payload/legacyValues'
import { PERSONAL_DATA } from './privacy/payload/personalFields'
import { ensureSearchIndex } from './public/payload/searchIndex'
import { startScheduler } from './scheduler'

const startAdmin = async (): Promise<RequestHandler | undefined> => {
  if (env.admin === 'off') return undefined
  const { default: next } = await import('next')
  const nextApp = next({ dev: env.admin === 'dev', dir: ROOT_DIR })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()
  return (req, res) => handle(req, res)
}

const usePublicUrl = (payload: Payload, url: string) => {
  env.serverUrl = url
  payload.config.serverURL = url
}

export type StartOptions = {
  /** Runs after the migrations and before the server listens (the demo seed). */
  prepare?: (payload: Payload) => Promise<void>
}

export const startServer = async ({ prepare }: StartOptions = {}) => {
  const startedAt = Date.now()
  if (env.isProduction && !env.payloadSecret) throw new Error('PAYLOAD_SECRET must be set when NODE_ENV=production')
  // A missing (production) or malformed master key stops the start before any database work.
  masterKeys()
  const sanitized = await config
  const payload = await getPayload({ config: sanitized })
  // Media and link URLs are absolute out of the box (a mini program needs them, and so does the
  // 公众号 renderer): SERVER_URL, else this server's own address. Set on the running config, not in
  // payload.config.ts, so Payload's cookie origin check does not pin the admin to that one name.
  if (!env.serverUrl && env.port !== 0) usePublicUrl(payload, `http://localhost:${env.port}`)
  if (payload.db.name !== 'mongoose') await payload.db.migrate()
  // A wrong or missing master key stops the start here, before anything is served.
  await ensureKeyring(payload)
  await encryptLegacyValues(payload, PERSONAL_DATA)
  await ensureDefaultLexicon(payload)
  await ensureFrameSettings(payload)
  await prepare?.(payload)
  // An existing database (or one seeded before search existed) gets its search index once.
  await ensureSearchIndex(payload)
  const adminHandler = await startAdmin()
  const app = createApp({ config: sanitized, payload, adminHandler })
  const server = app.listen(env.port, env.host)
  // Idle keep-alive connections outlive a typical proxy's (60 s), so the proxy, not us, closes them
  // and never sends on a socket we just closed.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve)
    server.once('error', reject)
  })
  const scheduler = startScheduler(payload)
  const { port } = server.address() as AddressInfo
  if (!env.serverUrl) usePublicUrl(payload, `http://localhost:${port}`)
  // Tests read this line to find the ephemeral port.
  console.log(`READY http://127.0.0.1:${port} (admin ${adminHandler ? 'on' : 'off'}, ${Date.now() - startedAt} ms)`)

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    payload.logger.info(`${signal}: no new connections; finishing requests in flight`)
    const force = setTimeout(() => process.exit(1), env.shutdownTimeoutMs)
    force.unref()
    const schedulerStopped = scheduler.stop()
    // Connections kept alive by requests that finish during shutdown close as soon as they idle.
    const sweep = setInterval(() => server.closeIdleConnections(), 200)
    const exit = async () => {
      clearInterval(sweep)
      await schedulerStopped
      await payload.db.destroy?.()
      process.exit(0)
    }
    server.close(() => void exit())
    server.closeIdleConnections()
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
  return { payload, server, port }
}
