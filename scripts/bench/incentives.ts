// Points-ledger reads as the ledger and the metrics grow: sequential p50/p99 of the leaderboard for
// a month, a quarter and a year, of a contributor's own statement (/api/contributors/me for the
// demo editor, who holds a quarter of the entries) and of the reach check (POST
// /api/point-ledger/run, which sums every metrics row's views). The demo database is grown at SQL
// level: 2,000 more contributors, N ledger entries spread over 24 months, N metrics rows spread over
// 20,000 pieces (each far under any threshold). The copied entries do not extend the hash chain, so
// a grown database fails verification; it exists for the timing only.
//
//   node --conditions=production --import tsx scripts/bench/incentives.ts
//   node --conditions=production --import tsx scripts/bench/incentives.ts --db sqlite --counts 100000 --requests 10
import { parseArgs } from 'node:util'

import { startServerProcess } from '../lib/serverProcess'
import type { TestDbKind } from '../lib/testDatabase'
import { openSql } from './cloneArticles'
import { demoToken, ms, percentile, printMarkdownTable, runBench } from './report'
import { eachSeededDatabase, parseCounts } from './seeded'

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite,postgres' },
    counts: { type: 'string', default: '10000,100000' },
    requests: { type: 'string', default: '20' },
    keep: { type: 'boolean', default: false },
  },
})
const REQUESTS = Number(values.requests)
const BENCH_CONTRIBUTORS = 2000

type Row = Record<string, string | number>
type Sql = Awaited<ReturnType<typeof openSql>>

const numbers = (db: Sql, count: number) =>
  db.kind === 'postgres'
    ? `(SELECT generate_series(1, ${count}) AS i) n`
    : `(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${count}) SELECT i FROM s) n`

const count = async (db: Sql, table: string) =>
  Number(((await db.rows(`SELECT count(*) AS n FROM ${table}`)) as [{ n: number }])[0].n)

/** INSERT … SELECT of `missing` copies of one row, the named columns replaced by expressions of n.i. */
const copyRow = async (db: Sql, table: string, templateId: number, missing: number, set: Record<string, string>) => {
  const columns = (await db.columns(table)).filter((c) => c !== 'id')
  const select = columns.map((c) => set[c] ?? `t."${c}"`)
  await db.run(
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')})
     SELECT ${select.join(', ')} FROM ${numbers(db, missing)} CROSS JOIN (SELECT * FROM ${table} WHERE id = ${templateId}) t`,
  )
}

/** 2,000 partner-organisation contributors besides the demo's; answers the first one's id. */
const addContributors = async (db: Sql): Promise<number> => {
  const [template] = (await db.rows(`SELECT id FROM contributors WHERE kind = 'partner' ORDER BY id LIMIT 1`)) as [
    { id: number },
  ]
  const [{ max }] = (await db.rows('SELECT max(id) AS max FROM contributors')) as [{ max: number }]
  await copyRow(db, 'contributors', template.id, BENCH_CONTRIBUTORS, {
    display_name: `'压测单位 ' || n.i`,
    key: `'bench:' || n.i`,
  })
  return Number(max) + 1
}

const grow = async (uri: string, staffContributor: number, firstBench: number, target: number) => {
  const db = await openSql(uri)
  try {
    const ledger = target - (await count(db, 'point_ledger'))
    if (ledger > 0) {
      const [template] = (await db.rows(
        `SELECT id FROM point_ledger WHERE kind = 'grant' AND settled = true ORDER BY id LIMIT 1`,
      )) as [{ id: number }]
      const [{ seq }] = (await db.rows('SELECT max(seq) AS seq FROM point_ledger')) as [{ seq: number }]
      const base = await count(db, 'point_ledger')
      const month =
        db.kind === 'postgres'
          ? `to_char(date '2025-01-01' + ((n.i % 24) * interval '1 month'), 'YYYY-MM')`
          : `strftime('%Y-%m', date('2025-01-01', '+' || (n.i % 24) || ' months'))`
      await copyRow(db, 'point_ledger', template.id, ledger, {
        seq: `${Number(seq)} + n.i`,
        key: `'bench:' || (${base} + n.i)`,
        // The demo editor holds a quarter of the entries; the rest spread over the bench contributors.
        contributor_id: `CASE WHEN n.i % 4 = 0 THEN ${staffContributor} ELSE ${firstBench} + (n.i % ${BENCH_CONTRIBUTORS}) END`,
        beneficiary_user_id: 'NULL',
        points: `1 + (n.i % 50)`,
        month,
      })
    }
    const metrics = target - (await count(db, 'channel_metrics'))
    if (metrics > 0) {
      const [template] = (await db.rows(
        `SELECT id FROM channel_metrics WHERE content_collection = 'articles' ORDER BY id LIMIT 1`,
      )) as [{ id: number }]
      const base = await count(db, 'channel_metrics')
      await copyRow(db, 'channel_metrics', template.id, metrics, {
        key: `'bench:' || (${base} + n.i)`,
        content_id: `'bench-' || (n.i % 20000)`,
        kol_partner_id: 'NULL',
        views: '10',
      })
    }
    await db.run(db.kind === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE')
  } finally {
    await db.close()
  }
}

const timed = async (url: string, token: string, method = 'GET', requests = REQUESTS) => {
  const init = {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: method === 'POST' ? '{}' : undefined,
  }
  for (let i = 0; i < 2; i++) await (await fetch(url, init)).arrayBuffer()
  const times: number[] = []
  for (let i = 0; i < requests; i++) {
    const start = performance.now()
    const res = await fetch(url, init)
    const body = await res.text()
    times.push(performance.now() - start)
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.slice(0, 300)}`)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p99: percentile(times, 99) }
}

const benchOne = async (kind: TestDbKind, uri: string, entries: number): Promise<Row[]> => {
  const server = await startServerProcess({
    DATABASE_URI: uri,
    SEED_DEMO: '0',
    SCHEDULER: 'off',
    ADMIN: 'off',
    CACHE: 'off',
  })
  try {
    const [manager, editor, admin] = await Promise.all(
      ['manager@demo.hospital', 'editor@demo.hospital', 'admin@demo.hospital'].map((email) =>
        demoToken(server.url, email),
      ),
    )
    const reads: [string, string, string, string?, number?][] = [
      ['leaderboard, a month', `/api/contributors/leaderboard?period=2026-11`, manager],
      ['leaderboard, a quarter', `/api/contributors/leaderboard?period=2026-Q4`, manager],
      ['leaderboard, a year', `/api/contributors/leaderboard?period=2026`, manager],
      ['own statement (¼ of entries)', `/api/contributors/me`, editor],
      ['reach check', `/api/point-ledger/run`, admin, 'POST', Math.max(3, Math.ceil(REQUESTS / 4))],
    ]
    const out: Row[] = []
    for (const [read, path, token, method, requests] of reads) {
      const result = await timed(`${server.url}${path}`, token, method, requests)
      const row: Row = { db: kind, 'ledger entries': entries, read, 'p50 ms': ms(result.p50), 'p99 ms': ms(result.p99) }
      process.stderr.write(`${JSON.stringify(row)}\n`)
      out.push(row)
    }
    return out
  } finally {
    await server.stop()
  }
}

const main = async () => {
  const all: Row[] = []
  await eachSeededDatabase(values.db, 'incentives', values.keep, async (kind, uri) => {
    const db = await openSql(uri)
    const [{ id: staff }] = (await db.rows(
      `SELECT c.id FROM contributors c JOIN users u ON u.id = c.user_id WHERE u.email = 'editor@demo.hospital'`,
    )) as [{ id: number }]
    const firstBench = await addContributors(db)
    const entries = await count(db, 'point_ledger')
    await db.close()
    all.push(...(await benchOne(kind, uri, entries)))
    for (const target of parseCounts(values.counts)) {
      const started = performance.now()
      await grow(uri, Number(staff), firstBench, target)
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      console.error(`${kind}: ${target} entries and metrics rows (grown in ${seconds} s)`)
      all.push(...(await benchOne(kind, uri, target)))
    }
  })
  printMarkdownTable(all)
}

runBench(main)
