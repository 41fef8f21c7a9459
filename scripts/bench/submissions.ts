// Co-creation reads at size: the public submission form, the submitter's tracking lookup (found
// and not found) and a patient story read with its feedback join, on a database grown to N
// submissions and N corrections on that one story (the join's worst case), against the real
// server with the response cache off (every read a miss). Sequential p50/p99 per request, plus
// each lookup's plan (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on Postgres) so an index that stops
// being used shows as a scan.
//
//   node --conditions=production --import tsx scripts/bench/submissions.ts
//   node --conditions=production --import tsx scripts/bench/submissions.ts --db sqlite --counts 10000 --requests 200
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'

import { startServerProcess } from '../lib/serverProcess'
import type { TestDbKind } from '../lib/testDatabase'
import { trackingHashOf } from '@/submissions/payload/service'
import { openSql } from './cloneArticles'
import { demoToken, ms, percentile, printMarkdownTable, runBench } from './report'
import { eachSeededDatabase, parseCounts } from './seeded'

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite,postgres' },
    counts: { type: 'string', default: '10000,100000' },
    requests: { type: 'string', default: '200' },
    // Keep the grown database (and print its DATABASE_URI) to look at plans afterwards
    // (scripts/bench/explainLog.ts with a DB_LOG=1 server log).
    keep: { type: 'boolean', default: false },
  },
})
const REQUESTS = Number(values.requests)

type Sql = Awaited<ReturnType<typeof openSql>>
type Row = Record<string, string | number>

const q = (name: string) => `"${name}"`

/** `count` copies of one source row, `i` (1…count) numbering them; columns read from the database. */
const cloneRows = async (
  db: Sql,
  table: string,
  sourceId: number,
  count: number,
  overrides: Record<string, string>,
) => {
  const columns = (await db.columns(table)).filter((c) => c !== 'id')
  const select = columns.map((c) => overrides[c] ?? `s.${q(c)}`).join(', ')
  const into = `INSERT INTO ${q(table)} (${columns.map(q).join(', ')})`
  if (db.kind === 'postgres')
    await db.run(
      `${into} SELECT ${select} FROM generate_series(1, ${count}) AS n(i), ${q(table)} s WHERE s.id = ${sourceId}`,
    )
  else
    await db.run(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count}) ${into} SELECT ${select} FROM n, ${q(table)} s WHERE s.id = ${sourceId}`,
    )
}

/** Whether the plan reads through an index (the fact the table shows), with its first line. */
const planOf = async (db: Sql, sql: string): Promise<string> => {
  const rows = await db.rows(db.kind === 'postgres' ? `EXPLAIN ${sql}` : `EXPLAIN QUERY PLAN ${sql}`)
  const lines = rows.map((r) => {
    const line = r['QUERY PLAN'] ?? r.detail
    return typeof line === 'string' ? line : JSON.stringify(r)
  })
  const index = lines.find((line) => /index/i.test(line))
  return (index ?? lines[0] ?? '').trim().replace(/\s+/g, ' ').slice(0, 90)
}

const sequential = async (url: string, headers: Record<string, string>, status: number) => {
  for (let i = 0; i < 30; i++) await (await fetch(url, { headers })).arrayBuffer()
  const times: number[] = []
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now()
    const res = await fetch(url, { headers })
    await res.arrayBuffer()
    times.push(performance.now() - start)
    if (res.status !== status) throw new Error(`${url}: ${res.status}, expected ${status}`)
  }
  times.sort((a, b) => a - b)
  return `${ms(percentile(times, 50))} / ${ms(percentile(times, 99))}`
}

/** Grows the seeded database to `count` submissions and `count` corrections on one published story. */
const grow = async (db: Sql, count: number, token: string) => {
  const [submission] = await db.rows('SELECT id FROM submissions ORDER BY id LIMIT 1')
  // Two published stories: one takes every grown note (the join's longest list), the other keeps
  // the few it has among them (the join's selective case).
  const [story, quiet] = await db.rows(`SELECT id FROM patient_stories WHERE _status = 'published' ORDER BY id LIMIT 2`)
  const [correction] = await db.rows('SELECT id FROM corrections ORDER BY id LIMIT 1')
  if (!submission || !story || !quiet || !correction)
    throw new Error('the demo seed has no submission, published story or correction')
  const [{ n: have }] = await db.rows('SELECT count(*) AS n FROM submissions')
  const [{ n: haveCorrections }] = await db.rows(
    `SELECT count(*) AS n FROM corrections WHERE story_id = ${Number(story.id)}`,
  )
  const more = count - Number(have)
  const text = (prefix: string) => `'${prefix}' || n.i || '-${count}'`
  if (more > 0)
    await cloneRows(db, 'submissions', Number(submission.id), more, {
      tracking_hash: text('bench-t-'),
      challenge_hash: text('bench-c-'),
      reference: text('B'),
    })
  // The one the bench tracks: the newest clone, found by its token's hash like a real one.
  await db.run(
    `UPDATE submissions SET tracking_hash = '${trackingHashOf(token)}' WHERE id = (SELECT max(id) FROM submissions)`,
  )
  const moreCorrections = count - Number(haveCorrections)
  if (moreCorrections > 0)
    await cloneRows(db, 'corrections', Number(correction.id), moreCorrections, {
      story_id: String(story.id),
      article_id: 'NULL',
    })
  if (db.kind === 'postgres') await db.run('VACUUM ANALYZE')
  else await db.run('ANALYZE')
  return { busy: Number(story.id), quiet: Number(quiet.id) }
}

const benchOne = async (kind: TestDbKind, uri: string, count: number): Promise<Row[]> => {
  const token = randomBytes(24).toString('base64url')
  const joinSql = (id: number) => `SELECT id FROM corrections WHERE story_id = ${id} ORDER BY created_at DESC LIMIT 11`
  const db = await openSql(uri)
  let stories: { busy: number; quiet: number }
  const plans: Record<string, string> = {}
  try {
    stories = await grow(db, count, token)
    plans.track = await planOf(
      db,
      `SELECT id FROM submissions WHERE tracking_hash = '${trackingHashOf(token)}' LIMIT 1`,
    )
    plans.busy = await planOf(db, joinSql(stories.busy))
    plans.quiet = await planOf(db, joinSql(stories.quiet))
  } finally {
    await db.close()
  }
  const server = await startServerProcess({
    DATABASE_URI: uri,
    SEED_DEMO: '0',
    SCHEDULER: 'off',
    ADMIN: 'off',
    CACHE: 'off',
  })
  try {
    const staff = { authorization: `JWT ${await demoToken(server.url, 'editor@demo.hospital')}` }
    type Case = { request: string; path: string; headers?: Record<string, string>; status?: number; plan?: string }
    const cases: Case[] = [
      { request: 'submission form (anonymous)', path: '/api/submissions/form' },
      {
        request: 'tracking lookup, found',
        path: '/api/submissions/track',
        headers: { 'x-submission-token': token },
        plan: plans.track,
      },
      {
        request: 'tracking lookup, unknown token',
        path: '/api/submissions/track',
        headers: { 'x-submission-token': randomBytes(24).toString('base64url') },
        status: 404,
        plan: plans.track,
      },
      {
        request: `story holding all ${count} notes, staff (join)`,
        path: `/api/patient-stories/${stories.busy}?depth=0`,
        headers: staff,
        plan: plans.busy,
      },
      {
        request: `story with its own few notes among ${count}, staff (join)`,
        path: `/api/patient-stories/${stories.quiet}?depth=0`,
        headers: staff,
        plan: plans.quiet,
      },
      { request: 'the busy story, anonymous', path: `/api/patient-stories/${stories.busy}?depth=0` },
    ]
    const rows: Row[] = []
    for (const c of cases) {
      const row: Row = {
        db: kind,
        rows: count,
        request: c.request,
        'p50 / p99 ms': await sequential(server.url + c.path, c.headers ?? {}, c.status ?? 200),
        plan: c.plan ?? '—',
      }
      process.stderr.write(`${JSON.stringify(row)}\n`)
      rows.push(row)
    }
    return rows
  } finally {
    await server.stop()
  }
}

const main = async () => {
  const all: Row[] = []
  await eachSeededDatabase(values.db, 'submissions-bench', values.keep, async (kind, uri) => {
    for (const count of parseCounts(values.counts)) all.push(...(await benchOne(kind, uri, count)))
  })
  printMarkdownTable(all)
}

runBench(main)
