// The public response cache under load: one article, a list of 10 and a GraphQL query, answered
// from the cache and with `CACHE=off`, 32 connections for 10 s each (autocannon), on a fresh
// SQLite database with the demo seed; prints req/s, p50/p99 and the server's RSS after each run.
//   node --conditions=production --import tsx scripts/bench/cache.ts [--duration 10] [--connections 32]
import fs from 'node:fs'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

import { type RunningServer, startServerProcess } from '../lib/serverProcess'
import { createTestDatabase } from '../lib/testDatabase'
import { runBench } from './report'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
  },
})

type Workload = { name: string; method: 'GET' | 'POST'; path: string; body?: string }

const rssMb = (server: RunningServer): number => {
  const status = fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  return Math.round(kb / 1024)
}

const request = async (server: RunningServer, workload: Workload) => {
  const res = await fetch(`${server.url}${workload.path}`, {
    method: workload.method,
    headers: workload.body ? { 'content-type': 'application/json' } : {},
    body: workload.body,
  })
  const bytes = (await res.arrayBuffer()).byteLength
  if (res.status !== 200) throw new Error(`${workload.name}: ${res.status}`)
  return { cache: res.headers.get('x-cache') ?? '-', bytes }
}

const measure = async (server: RunningServer, workload: Workload) => {
  // Warm up (and fill the cache), then check what the load will be answered by.
  for (let i = 0; i < 3; i++) await request(server, workload)
  const { cache, bytes } = await request(server, workload)
  const result = await autocannon({
    url: `${server.url}${workload.path}`,
    method: workload.method,
    headers: workload.body ? { 'content-type': 'application/json' } : {},
    body: workload.body,
    connections: Number(values.connections),
    duration: Number(values.duration),
  })
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${workload.name}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return {
    cache,
    bytes,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
  }
}

const main = async () => {
  const database = await createTestDatabase('sqlite', 'bench-cache')
  const rows: Record<string, unknown>[] = []
  try {
    // Seeding (images through sharp) leaves a large heap behind: seed in a process of its own, so
    // both measured servers start alike and their RSS compares.
    await (
      await startServerProcess({ DATABASE_URI: database.uri, SEED_DEMO: '1', SCHEDULER: 'off', ADMIN: 'off' })
    ).stop()
    for (const cache of ['on', 'off'] as const) {
      const server = await startServerProcess({
        DATABASE_URI: database.uri,
        SEED_DEMO: '0',
        SCHEDULER: 'off',
        ADMIN: 'off',
        CACHE: cache,
      })
      try {
        const list = await (await fetch(`${server.url}/api/articles?limit=1&sort=-publishedAt&depth=0`)).json()
        const id = list.docs[0].id
        const workloads: Workload[] = [
          { name: 'one article (depth=0)', method: 'GET', path: `/api/articles/${id}?depth=0` },
          { name: 'list of 10 (default depth)', method: 'GET', path: '/api/articles?limit=10&sort=-publishedAt' },
          {
            name: 'GraphQL list of 10',
            method: 'POST',
            path: '/api/graphql',
            body: JSON.stringify({
              query:
                '{ Articles(limit: 10, sort: "-publishedAt") { totalDocs docs { id title slug summary publishedAt } } }',
            }),
          },
        ]
        for (const workload of workloads) {
          const row = {
            CACHE: cache,
            request: workload.name,
            ...(await measure(server, workload)),
            'RSS MB': rssMb(server),
          }
          rows.push(row)
          process.stdout.write(`${JSON.stringify(row)}\n`)
        }
      } finally {
        await server.stop()
      }
    }
    console.table(rows)
  } finally {
    await database.drop()
  }
}

runBench(main)
