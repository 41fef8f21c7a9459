// Runs the integration suite once per database: SQLite always, Postgres when 127.0.0.1:5432
// (or TEST_POSTGRES_URL) answers, MongoDB when TEST_MONGODB_URL is set. Fails if any run fails.
// A skipped Postgres run is announced in a framed block at the very end of the output;
// TEST_REQUIRE_POSTGRES=1 (set by .ci/run) makes it a failure, before anything runs.
// TEST_INT_DRY=1 skips the vitest runs themselves (each counts as passed): scripts/test-int.spec.ts
// uses it to check the Postgres logic in seconds. The runs go side by side (TEST_INT_SERIAL=1: one
// after another).
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import readline from 'node:readline'

import { POSTGRES_ADMIN_URL, postgresUnreachableBecause } from './lib/testDatabase'

const root = path.resolve(import.meta.dirname, '..')
const dryRun = process.env.TEST_INT_DRY === '1'
const requirePostgres = ['1', 'true', 'yes'].includes(process.env.TEST_REQUIRE_POSTGRES ?? '')
const runs: { db: string; ok: boolean; failures: string[] }[] = []

/**
 * One integration run. Together (the default) the runs go side by side — they wait on servers
 * far more than they compute — each line prefixed with its database; TEST_INT_SERIAL=1 runs them
 * one after another with the output as it comes.
 */
const run = async (db: string, together: boolean): Promise<void> => {
  console.log(
    `\n=== integration suite on ${db} ===${together ? ' (side by side: its lines start with [' + db + '])' : ''}`,
  )
  if (dryRun) {
    console.log('(TEST_INT_DRY=1: not run)')
    runs.push({ db, ok: true, failures: [] })
    return
  }
  const failuresFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cms-failures-')), `${db}.txt`)
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'int'],
    {
      cwd: root,
      stdio: together ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, TEST_DB: db, TEST_FAILURES_FILE: failuresFile },
    },
  )
  if (together) {
    for (const stream of [child.stdout, child.stderr]) {
      if (stream) readline.createInterface({ input: stream }).on('line', (line) => console.log(`[${db}] ${line}`))
    }
  }
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const failures = fs.existsSync(failuresFile) ? fs.readFileSync(failuresFile, 'utf8').trim().split('\n') : []
  runs.push({ db, ok: code === 0, failures })
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

const databases = [
  'sqlite',
  ...(postgresDown ? [] : ['postgres']),
  ...(process.env.TEST_MONGODB_URL ? ['mongodb'] : []),
]
const together = databases.length > 1 && !['1', 'true', 'yes'].includes(process.env.TEST_INT_SERIAL ?? '')
if (together) await Promise.all(databases.map((db) => run(db, true)))
else for (const db of databases) await run(db, false)
runs.sort((a, b) => databases.indexOf(a.db) - databases.indexOf(b.db))

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
