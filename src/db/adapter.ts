// Builds the Payload database adapter for the chosen database. SQL databases use the committed
// migrations under migrations/<kind>; schema push is only for throwaway test databases.
import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { type SQLiteAdapter, sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { type DatabaseChoice } from './selectDatabase'

// SQLite keeps no planner statistics unless told to, and without them (or with sampled ones:
// analysis_limit misjudges the low-cardinality status columns) it drives a public list from the
// relation or re-review-date index and sorts every public row instead of reading the page from the
// public-order index. A full ANALYZE costs about 0.8 s per 100,000 articles, so it runs when the
// database is opened and every few hours as content grows. Postgres' autovacuum does this itself.
const SQLITE_STATISTICS = 'ANALYZE;'
const SQLITE_STATISTICS_EVERY_MS = 6 * 60 * 60 * 1000

const withSqliteStatistics = (adapterObj: DatabaseAdapterObj<SQLiteAdapter>): DatabaseAdapterObj<SQLiteAdapter> => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const connect = adapter.connect!
    adapter.connect = async function (this: SQLiteAdapter, options) {
      await connect.call(this, options)
      // Deleted rows (a destroyed data key above all) are overwritten with zeros, not left in free pages.
      await this.client.execute('PRAGMA secure_delete = ON;')
      const refresh = () => this.client.executeMultiple(SQLITE_STATISTICS)
      await refresh()
      setInterval(
        () =>
          void refresh().catch((error: unknown) =>
            this.payload.logger.warn({ err: error, msg: 'SQLite ANALYZE failed' }),
          ),
        SQLITE_STATISTICS_EVERY_MS,
      ).unref()
    }
    return adapter
  },
})

export const databaseAdapter = (choice: DatabaseChoice, rootDir: string): DatabaseAdapterObj => {
  const push = process.env.DB_PUSH === '1'
  // DB_LOG=1 prints every SQL statement (diagnosis only).
  const logger = process.env.DB_LOG === '1'
  switch (choice.kind) {
    case 'sqlite':
      fs.mkdirSync(path.dirname(choice.file), { recursive: true })
      return withSqliteStatistics(
        sqliteAdapter({
          client: { url: choice.url },
          // The server, `npm run audit:verify` and other processes may share the file: readers go
          // on during a write (WAL), and a writer waits for the lock instead of failing at once.
          wal: true,
          busyTimeout: 10_000,
          migrationDir: path.join(rootDir, 'migrations', 'sqlite'),
          push,
          logger,
        }),
      )
    case 'postgres':
      return postgresAdapter({
        pool: {
          connectionString: choice.url,
          // Room for the scheduler's parallel jobs beside HTTP requests; a request that still finds
          // no connection fails after the timeout instead of waiting for ever, so a pool starved
          // by waiters behind an advisory lock (the audit chain) frees itself.
          max: Number(process.env.DATABASE_POOL_MAX || 20),
          connectionTimeoutMillis: Number(process.env.DATABASE_POOL_TIMEOUT_MS || 30_000),
        },
        migrationDir: path.join(rootDir, 'migrations', 'postgres'),
        push,
        logger,
      })
    case 'mongodb':
      return mongooseAdapter({ url: choice.url })
  }
}
