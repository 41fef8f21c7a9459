// Public search speed, cache misses: sequential p50/p99 of GET /api/search for three queries on the
// demo database, then on the same database grown to N published articles by cloning the demo's
// (scripts/bench/cloneArticles.ts). Clones are written at SQL level, behind the index's back, so
// the index is emptied afterwards and the server's one-pass backfill rebuilds it on the first
// search (its time is printed too). Clones repeat the demo's text, so a common word matches every
// one of them: the worst case for ranking, which scores every match.
//
//   node --conditions=production --import tsx scripts/bench/search.ts
//   node --conditions=production --import tsx scripts/bench/search.ts --db sqlite,postgres --counts 10000 --requests 200
import { parseArgs } from 'node:util'

import { startServerProcess } from '../lib/serverProcess'
import type { TestDbKind } from '../lib/testDatabase'
import { cloneArticles, openSql } from './cloneArticles'
import { ms, percentile, printMarkdownTable, runBench } from './report'
import { eachSeededDatabase, parseCounts } from './seeded'

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite,postgres' },
    counts: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '200' },
    // Keep the grown database (and print its DATABASE_URI) to look at plans afterwards.
    keep: { type: 'boolean', default: false },
  },
})
const REQUESTS = Number(values.requests)

const QUERIES = [
  { name: '血压 (common: every clone matches)', query: `q=${encodeURIComponent('血压')}` },
  { name: '血压 测量 (two words, AND)', query: `q=${encodeURIComponent('血压 测量')}` },
  { name: '疫苗 in articles, page 2', query: `q=${encodeURIComponent('疫苗')}&collection=articles&page=2` },
]

type Row = Record<string, string | number>

const sequential = async (url: string) => {
  for (let i = 0; i < 10; i++) await (await fetch(url)).arrayBuffer()
  const times: number[] = []
  let totalDocs = 0
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now()
    const res = await fetch(url)
    const body = (await res.json()) as { totalDocs: number }
    times.push(performance.now() - start)
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`)
    totalDocs = body.totalDocs
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p99: percentile(times, 99), totalDocs }
}

const benchOne = async (kind: TestDbKind, uri: string, articles: number): Promise<Row[]> => {
  // CACHE=off: every request is a miss, the cost of the query and of reading the page through Payload.
  const server = await startServerProcess({
    DATABASE_URI: uri,
    SEED_DEMO: '0',
    SCHEDULER: 'off',
    ADMIN: 'off',
    CACHE: 'off',
  })
  try {
    const started = performance.now()
    const first = await fetch(`${server.url}/api/search?q=${encodeURIComponent('血压')}`)
    if (first.status !== 200) throw new Error(`first search: ${first.status} ${await first.text()}`)
    const firstMs = performance.now() - started
    // Postgres' autovacuum analyzes the freshly filled index within a minute; do it now.
    if (kind === 'postgres') {
      const db = await openSql(uri)
      await db.run('ANALYZE search_documents')
      await db.close()
    }
    const rows: Row[] = []
    for (const q of QUERIES) {
      const result = await sequential(`${server.url}/api/search?${q.query}`)
      const row: Row = {
        db: kind,
        articles,
        query: q.name,
        matches: result.totalDocs,
        'p50 ms': ms(result.p50),
        'p99 ms': ms(result.p99),
        'first search ms (incl. backfill)': ms(firstMs),
      }
      rows.push(row)
      process.stderr.write(`${JSON.stringify(row)}\n`)
    }
    return rows
  } finally {
    await server.stop()
  }
}

const main = async () => {
  const all: Row[] = []
  await eachSeededDatabase(values.db, 'search', values.keep, async (kind, uri) => {
    const db = await openSql(uri)
    const [{ n }] = (await db.rows(`SELECT count(*) AS n FROM articles WHERE _status = 'published'`)) as [{ n: number }]
    await db.close()
    all.push(...(await benchOne(kind, uri, Number(n))))
    for (const count of parseCounts(values.counts)) {
      const cloned = await cloneArticles(uri, count)
      const sql = await openSql(uri)
      // Emptied, so the server's backfill indexes the clones as it would an older database.
      if (kind === 'sqlite') {
        await sql.run('DELETE FROM search_documents')
        await sql.run('DELETE FROM search_texts')
      } else {
        await sql.run('DELETE FROM search_documents')
        await sql.run('VACUUM ANALYZE')
      }
      await sql.close()
      console.error(`${kind}: ${count} published articles (${cloned.cloned} cloned in ${cloned.seconds.toFixed(1)} s)`)
      all.push(...(await benchOne(kind, uri, count)))
    }
  })
  printMarkdownTable(all)
}

runBench(main)
