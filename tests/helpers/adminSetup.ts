// Vitest global setup for the browser suite: builds the admin if needed and starts the real
// server with it, on a fresh SQLite database with the demo content.
import crypto from 'node:crypto'

import type { TestProject } from 'vitest/node'

import { adminBuildIsStale, buildAdmin } from '@/adminBuild'
import { ROOT, startServerProcess } from '../../scripts/lib/serverProcess'
import { createTestDatabase } from '../../scripts/lib/testDatabase'

export default async function setup(project: TestProject) {
  if (adminBuildIsStale(ROOT)) buildAdmin(ROOT)
  const database = await createTestDatabase('sqlite', 'e2e')
  const server = await startServerProcess({
    DATABASE_URI: database.uri,
    SEED_DEMO: '1',
    ADMIN: 'on',
    NODE_ENV: 'production',
    // Production requires a master key for personal data: a fresh one per run.
    DATA_KEY: crypto.randomBytes(32).toString('base64'),
  })
  project.provide('baseUrl', server.url)
  project.provide('dbKind', 'sqlite')
  project.provide('databaseUri', database.uri)
  return async () => {
    await server.stop()
    await database.drop()
  }
}
