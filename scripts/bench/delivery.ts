// Public read speed at size: anonymous reads (one article, by slug, filtered lists, search, the
// change feed) against the real server (SCHEDULER=off, ADMIN=off) on a database grown to N
// published articles by cloning the demo's at SQL level. Each request is measured on a cache miss
// (a server with CACHE=off) and on a cache hit (a server with the response cache on), sequential
// (p50/p99) and at 32 connections with autocannon, beside nginx serving the very same response
// bytes on loopback in the same run (skipped when nginx is not installed).
//
//   node --conditions=production --import tsx scripts/bench/delivery.ts
//   node --conditions=production --import tsx scripts/bench/delivery.ts --db sqlite --counts 10000 --requests 300 --duration 10
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

import { startServerProcess } from '../lib/serverProcess'
import type { TestDbKind } from '../lib/testDatabase'
import { encodeCursor } from '@/public/rules/changeFeed'
import { cloneArticles, openSql } from './cloneArticles'
import { ms, percentile, printMarkdownTable, runBench } from './report'
import { eachSeededDatabase, parseCounts } from './seeded'

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite,postgres' },
    counts: { type: 'string', default: '10000,100000' },
    requests: { type: 'string', default: '300' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    nginx: { type: 'boolean', default: true },
    only: { type: 'string', default: '' },
    // Keep the grown database (and print its DATABASE_URI) to look at plans afterwards.
    keep: { type: 'boolean', default: false },
  },
  allowNegative: true,
})
const REQUESTS = Number(values.requests)
const DURATION = Number(values.duration)
const CONNECTIONS = Number(values.connections)

// `rotate`: sequential reads each ask another page (limit 10–19, pages 1–35) of the same filter, so
// every read is a response-cache miss while the filter's total is known (src/public/payload/countMemo.ts).
type Case = { name: string; path: string; expect?: number; cached?: boolean; rotate?: boolean }
type Row = Record<string, string | number>

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

const hasNginx = () => spawnSync('nginx', ['-v']).status === 0

/** nginx on an ephemeral loopback port serving each case's response bytes as a static file. */
const startNginx = async (files: Map<string, Buffer>) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'))
  fs.chmodSync(dir, 0o755)
  fs.mkdirSync(path.join(dir, 'www'), { mode: 0o755 })
  for (const [name, bytes] of files) fs.writeFileSync(path.join(dir, 'www', name), bytes, { mode: 0o644 })
  const port = await freePort()
  const conf = `daemon off; worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off; sendfile on; tcp_nopush on; keepalive_requests 1000000; default_type application/json;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  server { listen 127.0.0.1:${port}; root ${dir}/www; location / { try_files $uri =404; } }
}
`
  fs.writeFileSync(path.join(dir, 'nginx.conf'), conf)
  const child: ChildProcess = spawn('nginx', ['-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`], {
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    try {
      await fetch(`${url}/`)
      break
    } catch (error) {
      if (i > 100) {
        const errorLog = `${dir}/error.log`
        throw new Error(
          `nginx did not start: ${fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8') : String(error)}`,
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          fs.rmSync(dir, { recursive: true, force: true })
          resolve()
        })
        child.kill('SIGQUIT')
      }),
  }
}

const rotated = (url: string, i: number) => `${url}&limit=${10 + (i % 10)}&page=${1 + Math.floor(i / 10)}`

const sequential = async (url: string, count: number, rotate = false) => {
  const at = (i: number) => (rotate ? rotated(url, i) : url)
  // The warm-up reads the first page: with `rotate`, the measured reads are all new URLs.
  for (let i = 0; i < 50; i++) await (await fetch(rotate ? `${url}&limit=9&page=1` : url)).arrayBuffer()
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const start = performance.now()
    const res = await fetch(at(i))
    await res.arrayBuffer()
    times.push(performance.now() - start)
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p99: percentile(times, 99) }
}

const load = async (url: string) => {
  await autocannon({ url, connections: CONNECTIONS, duration: 2 })
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION })
  const ok = result['2xx']
  return {
    rps: Math.round(ok / DURATION),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}

const rssMiB = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0)
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) }
}

const casesFor = async (uri: string): Promise<Case[]> => {
  const db = await openSql(uri)
  try {
    // A clone from the middle of the id range, a topic and a department that filter real rows.
    const [article] = await db.rows(
      `SELECT id, slug FROM articles WHERE _status = 'published' ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM articles)`,
    )
    const [topic] = await db.rows(
      `SELECT topics_id AS id FROM articles_rels WHERE path = 'topics' GROUP BY topics_id ORDER BY count(*) DESC LIMIT 1`,
    )
    const [department] = await db.rows(
      `SELECT department_id AS id FROM articles WHERE department_id IS NOT NULL GROUP BY department_id ORDER BY count(*) DESC LIMIT 1`,
    )
    const [feed] = await db.rows(
      `SELECT id FROM public_changes ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM public_changes)`,
    )
    const id = Number(article.id)
    const list = (where: string, sort: string, depth = '&depth=0') =>
      `/api/articles?${where}&sort=${sort}&limit=10${depth}`
    return [
      { name: 'article by id, depth=0', path: `/api/articles/${id}?depth=0` },
      { name: 'article by id, default depth', path: `/api/articles/${id}` },
      {
        name: 'article by slug, depth=0',
        path: `/api/articles?where[slug][equals]=${String(article.slug)}&limit=1&depth=0`,
        expect: 1,
      },
      {
        name: 'list 10 by topic, -publishedAt, depth=0',
        path: list(`where[topics][in]=${Number(topic.id)}`, '-publishedAt'),
        expect: 10,
      },
      {
        name: 'list 10 by topic, -publishedAt, depth=0, pagination=false',
        path: `${list(`where[topics][in]=${Number(topic.id)}`, '-publishedAt')}&pagination=false`,
        expect: 10,
      },
      {
        name: 'list 10 by topic, -publishedAt, default depth',
        path: list(`where[topics][in]=${Number(topic.id)}`, '-publishedAt', ''),
        expect: 10,
      },
      {
        name: 'list 10–19 by topic, -publishedAt, depth=0, another page each read',
        path: `/api/articles?where[topics][in]=${Number(topic.id)}&sort=-publishedAt&depth=0`,
        rotate: true,
      },
      {
        name: 'list 10 by audience stage, publishedAt, depth=0',
        path: list('where[audiences.lifecycleStage][equals]=adult', 'publishedAt'),
        expect: 10,
      },
      {
        name: 'list 10 by department, -publishedAt, depth=0',
        path: list(`where[department][equals]=${Number(department.id)}`, '-publishedAt'),
        expect: 10,
      },
      { name: 'list 10, -publishedAt, default depth', path: '/api/articles?sort=-publishedAt&limit=10', expect: 10 },
      // 血压 is in about a third of the corpus, 牙龈出血 in one source article of 17 and its clones.
      { name: 'search 血压', path: `/api/search?q=${encodeURIComponent('血压')}`, expect: 10 },
      { name: 'search 牙龈出血', path: `/api/search?q=${encodeURIComponent('牙龈出血')}`, expect: 10 },
      // The feed is never cached (no-store): a client polls it with its own cursor.
      {
        name: 'change feed, 100 from the middle',
        path: `/api/changes?since=${encodeCursor(Number(feed.id))}`,
        cached: false,
      },
    ].filter((c) => !values.only || c.name.includes(values.only))
  } finally {
    await db.close()
  }
}

/** Each case's response bytes, checked against what it should hold. */
const fetchCases = async (url: string, cases: Case[]) => {
  const files = new Map<string, Buffer>()
  for (const [i, c] of cases.entries()) {
    const res = await fetch(url + c.path)
    const bytes = Buffer.from(await res.arrayBuffer())
    if (res.status !== 200) throw new Error(`${c.path}: ${res.status} ${bytes.toString()}`)
    const body = JSON.parse(bytes.toString()) as { docs?: unknown[]; changes?: unknown[] }
    const found = (body.docs ?? body.changes)?.length
    if (c.expect !== undefined && found !== c.expect)
      throw new Error(`${c.path}: expected ${c.expect} docs, got ${found}`)
    files.set(`case-${i}.json`, bytes)
  }
  return files
}

const measure = async (url: string, rotate = false) => {
  const seq = await sequential(url, REQUESTS, rotate)
  // autocannon repeats one URL: for a rotating case that would measure cache hits, not the memo.
  const conc = rotate ? undefined : await load(url)
  return { seq, conc }
}

/**
 * One server per cache mode on the same database: misses first (CACHE=off: the cost of the query
 * and of Payload's work), then hits (the response cache on, warmed by the first request), with
 * nginx serving each case's bytes in the same run.
 */
const benchOne = async (kind: TestDbKind, uri: string, count: number, nginxOn: boolean): Promise<Row[]> => {
  const cases = await casesFor(uri)
  const rows: Row[] = cases.map((c) => ({ db: kind, articles: count, request: c.name }))
  const base = { DATABASE_URI: uri, SEED_DEMO: '0', SCHEDULER: 'off', ADMIN: 'off' }
  for (const mode of ['miss', 'hit'] as const) {
    const server = await startServerProcess({ ...base, CACHE: mode === 'miss' ? 'off' : 'on' })
    let nginx: Awaited<ReturnType<typeof startNginx>> | undefined
    try {
      const files = await fetchCases(server.url, cases)
      if (mode === 'hit' && nginxOn) nginx = await startNginx(files)
      for (const [i, c] of cases.entries()) {
        const row = rows[i]
        row.bytes = files.get(`case-${i}.json`)!.length
        if (mode === 'hit' && c.cached === false) {
          Object.assign(row, { 'hit p50 / p99 ms': '—', 'hit req/s': '—' })
        } else {
          const { seq, conc } = await measure(server.url + c.path, c.rotate)
          Object.assign(row, {
            [`${mode} p50 / p99 ms`]: `${ms(seq.p50)} / ${ms(seq.p99)}`,
            [`${mode} req/s`]: conc?.rps ?? '—',
            [`${mode} ${CONNECTIONS}c p99 ms`]: conc?.p99 ?? '—',
          })
          if (conc?.errors) row[`${mode} errors`] = conc.errors
        }
        if (nginx && !c.rotate) row['nginx req/s'] = (await load(`${nginx.url}/case-${i}.json`)).rps
        process.stderr.write(`${mode} ${JSON.stringify(row)}\n`)
      }
      const memory = rssMiB(server.child.pid!)
      for (const row of rows) Object.assign(row, { [`${mode} RSS / peak MiB`]: `${memory.rss} / ${memory.peak}` })
    } finally {
      await nginx?.stop()
      await server.stop()
    }
  }
  return rows
}

const main = async () => {
  const nginxOn = values.nginx && hasNginx()
  if (values.nginx && !nginxOn) console.error('nginx is not installed: the nginx column is skipped')
  const all: Row[] = []
  await eachSeededDatabase(values.db, 'delivery', values.keep, async (kind, uri) => {
    for (const count of parseCounts(values.counts)) {
      const cloned = await cloneArticles(uri, count)
      // Postgres' autovacuum would vacuum (visibility map, for index-only scans) and analyze the
      // bulk-loaded tables within a minute; do it now. SQLite gathers statistics only when told
      // to, so it is left to the server's own housekeeping (src/db/adapter.ts).
      if (kind === 'postgres') {
        const db = await openSql(uri)
        await db.run('VACUUM ANALYZE')
        await db.close()
      }
      console.error(`${kind}: ${count} published articles (${cloned.cloned} cloned in ${cloned.seconds.toFixed(1)} s)`)
      all.push(...(await benchOne(kind, uri, count, nginxOn)))
    }
  })
  console.table(all)
  printMarkdownTable(all)
}

runBench(main)
