// Runs the integration suite once per database: SQLite always, Postgres when 127.0.0.1:5432
// (or TEST_POSTGRES_URL) answers, MongoDB when TEST_MONGODB_URL is set. Fails if any run fails.
// A skipped Postgres run is announced in a framed block at the very end of the output;
// TEST_REQUIRE_POSTGRES=1 (set by .ci/run) makes it a failure, before anything runs.
// TEST_INT_DRY=1 skips the vitest runs themselves (each counts as passed): scripts/test-int.spec.ts
// uses it to check the Postgres logic in seconds.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { POSTGRES_ADMIN_URL, postgresUnreachableBecause } from './lib/testDatabase'

const root = path.resolve(import.meta.dirname, '..')
const dryRun = process.env.TEST_INT_DRY === '1'
const requirePostgres = ['1', 'true', 'yes'].includes(process.env.TEST_REQUIRE_POSTGRES ?? '')
const runs: { db: string; ok: boolean; failures: string[] }[] = []

const run = (db: string) => {
  console.log(`\n=== integration suite on ${db} ===`)
  if (dryRun) {
    console.log('(TEST_INT_DRY=1: not run)')
    runs.push({ db, ok: true, failures: [] })
    return
  }
  const failuresFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cms-failures-')), `${db}.txt`)
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'int'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TEST_DB: db, TEST_FAILURES_FILE: failuresFile },
    },
  )
  const failures = fs.existsSync(failuresFile) ? fs.readFileSync(failuresFile, 'utf8').trim().split('\n') : []
  runs.push({ db, ok: result.status === 0, failures })
}

const withoutPassword = (url: string): string => {
  const parsed = new URL(url)
  if (parsed.password) parsed.password = '***'
  return parsed.toString()
}

const frame = (lines: string[]) => {
  const rule = '='.repeat(78)
  console.log(['', rule, ...lines.map((line) => `  ${line}`), rule].join('\n'))
}

const postgresDown = await postgresUnreachableBecause(POSTGRES_ADMIN_URL)
const why = `${withoutPassword(POSTGRES_ADMIN_URL)} 无应答 / did not answer (${postgresDown})`

if (postgresDown && requirePostgres) {
  frame([
    '✗ Postgres 不可达，而 TEST_REQUIRE_POSTGRES=1：集成测试失败，未运行。',
    '✗ Postgres is unreachable and TEST_REQUIRE_POSTGRES=1: the integration runs FAIL without running.',
    `原因 / why: ${why}`,
    '启动 Postgres（或设置 TEST_POSTGRES_URL）后重试 / Start Postgres (or set TEST_POSTGRES_URL) and run again.',
  ])
  process.exit(1)
}

run('sqlite')
if (!postgresDown) run('postgres')
if (process.env.TEST_MONGODB_URL) run('mongodb')

for (const failed of runs.filter((r) => !r.ok)) {
  const lines = failed.failures.length
    ? failed.failures
    : ['(no failed test recorded: an error outside the tests, see above)']
  console.log(`\n失败 / failed on ${failed.db}:\n${lines.map((line) => `  ✗ ${line}`).join('\n')}`)
}
console.log(`\nintegration runs: ${runs.map((r) => `${r.db} ${r.ok ? 'passed' : 'FAILED'}`).join(', ')}`)
if (postgresDown) {
  frame([
    '! 已跳过 Postgres 集成测试：只在 SQLite 上测过。',
    '! The Postgres integration run was SKIPPED: only SQLite was tested.',
    `原因 / why: ${why}`,
    '启动 Postgres（或设置 TEST_POSTGRES_URL）后重跑；TEST_REQUIRE_POSTGRES=1 会把跳过变为失败（CI 已设置）。',
    'Start Postgres (or set TEST_POSTGRES_URL) and run again; TEST_REQUIRE_POSTGRES=1 turns this skip into a failure (CI sets it).',
  ])
}
process.exit(runs.every((r) => r.ok) ? 0 : 1)
