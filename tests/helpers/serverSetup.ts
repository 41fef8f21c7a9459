// Vitest global setup for the integration suite: one real server over a fresh database of the
// kind TEST_DB names (sqlite by default), with the demo content seeded.
import type { TestProject } from 'vitest/node'

import { startServerProcess } from './serverProcess'
import { createTestDatabase, type TestDbKind } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    dbKind: TestDbKind
    /** The server's database, for tests that must reach past the API (tampering). */
    databaseUri: string
  }
}

export default async function setup(project: TestProject) {
  const kind = (process.env.TEST_DB || 'sqlite') as TestDbKind
  const database = await createTestDatabase(kind, 'int')
  const server = await startServerProcess({
    DATABASE_URI: database.uri,
    SEED_DEMO: '1',
    MEDIA_MAX_BYTES: '2000000',
    // Expiry runs every few seconds so the suite can watch a consent lapse.
    MAINTENANCE_CRON: '*/3 * * * * *',
  })
  project.provide('baseUrl', server.url)
  project.provide('dbKind', kind)
  project.provide('databaseUri', database.uri)
  return async () => {
    const code = await server.stop()
    if (code !== 0) console.error(`server exited with ${code}:\n${server.output().slice(-4000)}`)
    await database.drop()
  }
}
