// Builds the Payload database adapter for the chosen database. SQL databases use the committed
// migrations under migrations/<kind>; schema push is only for throwaway test databases.
import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { type DatabaseChoice } from './selectDatabase'

export const databaseAdapter = (choice: DatabaseChoice, rootDir: string): DatabaseAdapterObj => {
  const push = process.env.DB_PUSH === '1'
  // DB_LOG=1 prints every SQL statement (diagnosis only).
  const logger = process.env.DB_LOG === '1'
  switch (choice.kind) {
    case 'sqlite':
      fs.mkdirSync(path.dirname(choice.file), { recursive: true })
      return sqliteAdapter({
        client: { url: choice.url },
        // The server, `npm run audit:verify` and other processes may share the file: readers go
        // on during a write (WAL), and a writer waits for the lock instead of failing at once.
        wal: true,
        busyTimeout: 10_000,
        migrationDir: path.join(rootDir, 'migrations', 'sqlite'),
        push,
        logger,
      })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: choice.url },
        migrationDir: path.join(rootDir, 'migrations', 'postgres'),
        push,
        logger,
      })
    case 'mongodb':
      return mongooseAdapter({ url: choice.url })
  }
}
