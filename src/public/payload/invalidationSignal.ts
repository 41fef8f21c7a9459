// How one instance hears of changes made through another on the same database, so its cached
// public responses are never staler than the gate there either.
// - Postgres: LISTEN on a dedicated connection; writers NOTIFY inside their transaction (see
//   cacheInvalidation.ts), so the message arrives exactly when the change commits. Every message,
//   and every (re)connection, bumps the epoch. A ping every 500 ms proves the connection alive.
// - SQLite: `PRAGMA data_version` on a dedicated connection, every 250 ms: it changes whenever any
//   other connection (this process's writers included) commits to the file.
// - MongoDB: no signal, so the cache never answers (it would be stale across instances).
// While the signal is not known to be working, `healthy()` is false and nothing is served or stored.
import { createClient, type Client as LibsqlClient } from '@libsql/client'
import type { Payload } from 'payload'
import pg from 'pg'

import { publicCacheEpoch } from './cacheEpoch'
import { NOTIFY_CHANNEL } from './cacheInvalidation'

export type InvalidationSignal = {
  /** True while changes from other instances are known to reach this one in time. */
  healthy: (now: number) => boolean
  stop: () => Promise<void>
}

const PG_PING_MS = 500
/** No proof of life for this long and the listener counts as lost. */
const PG_STALE_MS = 1_500
const SQLITE_POLL_MS = 250
const SQLITE_STALE_MS = 1_000

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })

const postgresSignal = (payload: Payload, options: pg.ClientConfig): InvalidationSignal => {
  let client: pg.Client | undefined
  let lastAlive = 0
  let stopped = false
  let retryMs = 250
  let reconnect: NodeJS.Timeout | undefined

  const drop = (which: pg.Client, error?: unknown) => {
    if (client !== which) return
    client = undefined
    if (error && !stopped)
      payload.logger.warn({ err: error, msg: 'public cache: LISTEN connection lost; cache paused until it is back' })
    which.end().catch(() => {})
    if (!stopped) {
      reconnect = setTimeout(() => void connect(), retryMs)
      reconnect.unref()
      retryMs = Math.min(retryMs * 2, 5_000)
    }
  }

  const connect = async () => {
    const next = new pg.Client({ ...options, keepAlive: true })
    next.on('notification', (message) => {
      if (message.channel === NOTIFY_CHANNEL) publicCacheEpoch.bump('notify')
    })
    next.on('error', (error) => drop(next, error))
    next.on('end', () => drop(next))
    try {
      await withTimeout(next.connect(), 5_000)
      await withTimeout(next.query(`LISTEN ${NOTIFY_CHANNEL}`), 5_000)
    } catch (error) {
      client = next
      drop(next, error)
      return
    }
    if (stopped) {
      await next.end().catch(() => {})
      return
    }
    client = next
    retryMs = 250
    lastAlive = Date.now()
    // Whatever was notified while nobody listened is unknown: start over.
    publicCacheEpoch.bump('listen')
  }

  const ping = setInterval(() => {
    const current = client
    if (!current) return
    withTimeout(current.query('SELECT 1'), PG_STALE_MS).then(
      () => {
        if (client === current) lastAlive = Date.now()
      },
      (error: unknown) => drop(current, error),
    )
  }, PG_PING_MS)
  ping.unref()
  void connect()

  return {
    healthy: (now) => client !== undefined && now - lastAlive < PG_STALE_MS,
    stop: async () => {
      stopped = true
      clearInterval(ping)
      clearTimeout(reconnect)
      const current = client
      client = undefined
      await current?.end().catch(() => {})
    },
  }
}

const sqliteSignal = (payload: Payload, url: string): InvalidationSignal => {
  // Its own connection: data_version counts commits by *other* connections, and Payload's client
  // hands its connection to each transaction and opens a new one, so its values would not compare.
  let client: LibsqlClient | undefined
  let version: unknown
  let lastAlive = 0
  let polling = false
  let stopped = false
  const poll = async () => {
    if (polling || stopped) return
    polling = true
    try {
      client ??= createClient({ url })
      const result = await client.execute('PRAGMA data_version')
      const current = result.rows[0]?.[0]
      if (version !== undefined && current !== version) publicCacheEpoch.bump('data_version')
      version = current
      lastAlive = Date.now()
    } catch (error) {
      payload.logger.warn({ err: error, msg: 'public cache: PRAGMA data_version failed; cache paused' })
      client?.close()
      client = undefined
      // A new connection's values do not compare with the old one's: start over.
      if (version !== undefined) publicCacheEpoch.bump('data_version')
      version = undefined
    } finally {
      polling = false
    }
  }
  const timer = setInterval(() => void poll(), SQLITE_POLL_MS)
  timer.unref()
  void poll()
  return {
    healthy: (now) => version !== undefined && now - lastAlive < SQLITE_STALE_MS,
    stop: () => {
      stopped = true
      clearInterval(timer)
      client?.close()
      return Promise.resolve()
    },
  }
}

export const startInvalidationSignal = (payload: Payload): InvalidationSignal => {
  const db = payload.db as unknown as { name: string; poolOptions?: pg.ClientConfig; clientConfig?: { url?: string } }
  if (db.name === 'postgres' && db.poolOptions) return postgresSignal(payload, db.poolOptions)
  if (db.name === 'sqlite' && db.clientConfig?.url) return sqliteSignal(payload, db.clientConfig.url)
  payload.logger.info(`public cache: no cross-instance change signal for ${db.name}; public reads are not cached`)
  return { healthy: () => false, stop: async () => {} }
}
