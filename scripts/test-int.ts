// Runs the integration suite once per database: SQLite always, Postgres when 127.0.0.1:5432
// (or TEST_POSTGRES_URL) answers, MongoDB when TEST_MONGODB_URL is set. Fails if any run fails.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { postgresReachable } from '../tests/helpers/testDatabase'

const root = path.resolve(import.meta.dirname, '..')
const runs: { db: string; ok: boolean }[] = []

const run = (db: string) => {
  console.log(`\n=== integration suite on ${db} ===`)
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'int'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TEST_DB: db },
  })
  runs.push({ db, ok: result.status === 0 })
}

run('sqlite')
if (await postgresReachable()) run('postgres')
else console.log('\nPostgres is not reachable: the Postgres run is skipped.')
if (process.env.TEST_MONGODB_URL) run('mongodb')

console.log(`\nintegration runs: ${runs.map((r) => `${r.db} ${r.ok ? 'passed' : 'FAILED'}`).join(', ')}`)
process.exit(runs.every((r) => r.ok) ? 0 : 1)
