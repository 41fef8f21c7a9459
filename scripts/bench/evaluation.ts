// Campaign evaluation speed as the metrics table grows: sequential p50/p99 of
// GET /api/campaigns/:id/evaluation (JSON, CSV and PDF) for the demo 世界心脏日 campaign, on the
// demo database and then with channel_metrics grown to N rows by copying rows of the OTHER demo
// campaigns at SQL level. The evaluated campaign's own rows stay the same, so a flat figure means
// the cost follows the campaign, not the table.
//
//   node --conditions=production --import tsx scripts/bench/evaluation.ts
//   node --conditions=production --import tsx scripts/bench/evaluation.ts --db sqlite,postgres --counts 10000,100000 --requests 30
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
    // Then this many more rows for the evaluated campaign itself: the cost of a large campaign.
    own: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '30' },
    keep: { type: 'boolean', default: false },
  },
})
const REQUESTS = Number(values.requests)
const SLUG = 'world-heart-day-2026'

type Row = Record<string, string | number>

/**
 * Grows channel_metrics to `total` rows with copies of other campaigns' rows (one INSERT … SELECT),
 * or, with `into`, adds `total` copies to the evaluated campaign itself.
 */
const growMetrics = async (uri: string, campaignId: number, total: number, into = false): Promise<number> => {
  const db = await openSql(uri)
  try {
    const [{ n }] = (await db.rows('SELECT count(*) AS n FROM channel_metrics')) as [{ n: number }]
    const missing = into ? total : total - Number(n)
    if (missing <= 0) return Number(n)
    const others = (await db.rows(
      `SELECT DISTINCT campaign_id AS id FROM channel_metrics WHERE campaign_id IS NOT NULL AND campaign_id <> ${campaignId}`,
    )) as { id: number }[]
    const [template] = (await db.rows(
      `SELECT id FROM channel_metrics WHERE campaign_id <> ${campaignId} ORDER BY id LIMIT 1`,
    )) as { id: number }[]
    if (!others.length || !template) throw new Error('no rows of another campaign to copy')
    const columns = (await db.columns('channel_metrics')).filter((c) => c !== 'id')
    const campaignOf = into
      ? String(campaignId)
      : `CASE ${others.map((o, i) => `WHEN n.i % ${others.length} = ${i} THEN ${o.id}`).join(' ')} END`
    const select = columns.map((c) => {
      if (c === 'key') return `'bench:' || (${Number(n)} + n.i)`
      if (c === 'campaign_id') return campaignOf
      // Spread the copies over 60 days, like a year of campaigns would be spread over more.
      if (c === 'date')
        return db.kind === 'postgres'
          ? `to_char(date '2026-01-01' + (n.i % 60), 'YYYY-MM-DD')`
          : `date('2026-01-01', '+' || (n.i % 60) || ' days')`
      return `t."${c}"`
    })
    const numbers =
      db.kind === 'postgres'
        ? `(SELECT generate_series(1, ${missing}) AS i) n`
        : `(WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${missing}) SELECT i FROM s) n`
    await db.run(
      `INSERT INTO channel_metrics (${columns.map((c) => `"${c}"`).join(', ')})
       SELECT ${select.join(', ')} FROM ${numbers} CROSS JOIN (SELECT * FROM channel_metrics WHERE id = ${template.id}) t`,
    )
    if (db.kind === 'postgres') await db.run('VACUUM ANALYZE channel_metrics')
    else await db.run('ANALYZE')
    return Number(n) + missing
  } finally {
    await db.close()
  }
}

const timed = async (url: string, token: string) => {
  const headers = { authorization: `JWT ${token}` }
  for (let i = 0; i < 3; i++) await (await fetch(url, { headers })).arrayBuffer()
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now()
    const res = await fetch(url, { headers })
    const body = await res.arrayBuffer()
    times.push(performance.now() - start)
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${Buffer.from(body).toString('utf8').slice(0, 300)}`)
    bytes = body.byteLength
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p99: percentile(times, 99), bytes }
}

const benchOne = async (
  kind: TestDbKind,
  uri: string,
  rows: number,
  campaignId: number,
  own: number,
): Promise<Row[]> => {
  const server = await startServerProcess({
    DATABASE_URI: uri,
    SEED_DEMO: '0',
    SCHEDULER: 'off',
    ADMIN: 'off',
    CACHE: 'off',
  })
  try {
    const token = await demoToken(server.url, 'analyst@demo.hospital')
    const out: Row[] = []
    for (const format of ['json', 'csv', 'pdf']) {
      const result = await timed(`${server.url}/api/campaigns/${campaignId}/evaluation?format=${format}`, token)
      const row: Row = {
        db: kind,
        'metric rows': rows,
        "campaign's rows": own,
        format,
        'p50 ms': ms(result.p50),
        'p99 ms': ms(result.p99),
        bytes: result.bytes,
      }
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
  await eachSeededDatabase(values.db, 'evaluation', values.keep, async (kind, uri) => {
    const db = await openSql(uri)
    const [{ id }] = (await db.rows(`SELECT id FROM campaigns WHERE slug = '${SLUG}'`)) as [{ id: number }]
    const [{ own }] = (await db.rows(`SELECT count(*) AS own FROM channel_metrics WHERE campaign_id = ${id}`)) as [
      { own: number },
    ]
    const [{ n }] = (await db.rows('SELECT count(*) AS n FROM channel_metrics')) as [{ n: number }]
    await db.close()
    all.push(...(await benchOne(kind, uri, Number(n), id, Number(own))))
    for (const count of parseCounts(values.counts)) {
      const started = performance.now()
      const rows = await growMetrics(uri, id, count)
      console.error(`${kind}: ${rows} metric rows (grown in ${((performance.now() - started) / 1000).toFixed(1)} s)`)
      all.push(...(await benchOne(kind, uri, rows, id, Number(own))))
    }
    if (Number(values.own) > 0) {
      const rows = await growMetrics(uri, id, Number(values.own), true)
      console.error(`${kind}: ${values.own} more rows for the evaluated campaign, ${rows} in all`)
      all.push(...(await benchOne(kind, uri, rows, id, Number(own) + Number(values.own))))
    }
  })
  printMarkdownTable(all)
}

runBench(main)
