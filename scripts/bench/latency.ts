// Latency from scheduledAt to delivery under a burst of due distributions, end to end: an API-only
// server on a fresh database, N worker processes (`src/worker.ts`), and a loopback receiver that
// verifies every signature with `standardwebhooks`.
//   node --conditions=production --import tsx scripts/bench/latency.ts [--postgres] [--workers 2] [--count 1000]
import { parseArgs } from 'node:util'

import { rawSql } from '../lib/rawSql'
import { startServerProcess } from '../lib/serverProcess'
import { createTestDatabase } from '../lib/testDatabase'
import { eventually, startReceiver } from '../lib/webhookReceiver'
import { startWorkerProcess } from '../lib/workerProcess'
import { percentile, runBench } from './report'

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'

const { values } = parseArgs({
  options: {
    postgres: { type: 'boolean', default: false },
    workers: { type: 'string', default: '1' },
    count: { type: 'string', default: '1000' },
    cron: { type: 'string', default: '* * * * * *' },
  },
})
const count = Number(values.count)
const workerCount = Number(values.workers)

const main = async () => {
  const database = await createTestDatabase(values.postgres ? 'postgres' : 'sqlite', 'bench')
  const server = await startServerProcess({ DATABASE_URI: database.uri, SEED_DEMO: '1', SCHEDULER: 'off' })
  const receiver = await startReceiver([SECRET])
  const workers: Awaited<ReturnType<typeof startWorkerProcess>>[] = []
  try {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.hospital', password: 'test-password-2026' }),
    })
    const token = (await login.json()).token as string
    const call = async (path: string, body: unknown) => {
      const res = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`)
      return (await res.json()).doc
    }
    const article = (
      await (await fetch(`${server.url}/api/articles?where[_status][equals]=published&limit=1&depth=0`)).json()
    ).docs[0].id
    const channel = await call('/api/channels', {
      name: '基准测试渠道',
      kind: 'website',
      delivery: { adapter: 'webhook', url: receiver.url, secret: SECRET },
    })
    const later = new Date(Date.now() + 3_600_000).toISOString()
    const createdAt = Date.now()
    for (let start = 0; start < count; start += 10) {
      await Promise.all(
        Array.from({ length: Math.min(10, count - start) }, () =>
          call('/api/distributions', {
            contentCollection: 'articles',
            contentId: article,
            channel: channel.id,
            scheduledAt: later,
          }),
        ),
      )
    }
    const creationSeconds = (Date.now() - createdAt) / 1000
    const env = {
      DATABASE_URI: database.uri,
      WEBHOOK_ALLOW_PRIVATE: '1',
      DELIVERY_CRON: values.cron,
      MAINTENANCE_CRON: '0 0 1 1 *',
      PLANNING_CRON: '0 0 1 1 *',
    }
    for (let i = 0; i < workerCount; i++) workers.push(await startWorkerProcess(env))
    // Everything falls due at one instant, a little ahead so the workers are idle and waiting.
    const due = new Date(Math.ceil((Date.now() + 2_000) / 1000) * 1000)
    await rawSql(
      database.uri,
      'UPDATE distributions SET scheduled_at = $1, next_attempt_at = $2 WHERE channel_id = $3',
      [due.toISOString(), due.toISOString(), channel.id],
    )
    await eventually(
      () => receiver.counts().size,
      (n) => n >= count,
      600_000,
      100,
    )
    const latencies = receiver.received.map((r) => r.at - due.getTime()).sort((a, b) => a - b)
    const drained = (latencies.at(-1)! / 1000).toFixed(2)
    const duplicates = receiver.received.length - receiver.counts().size
    const row = {
      database: values.postgres ? 'postgres' : 'sqlite',
      workers: workerCount,
      due: count,
      'p50 ms': percentile(latencies, 50),
      'p99 ms': percentile(latencies, 99),
      'max ms': latencies.at(-1),
      'drained in s': drained,
      'deliveries/s': Math.round(count / Number(drained)),
      duplicates,
      'created/s (API)': Math.round(count / creationSeconds),
    }
    await new Promise<void>((resolve) => process.stdout.write(`${JSON.stringify(row)}\n`, () => resolve()))
    console.table([row])
  } finally {
    await Promise.all(workers.map((w) => w.stop()))
    await receiver.close()
    await server.stop()
    await database.drop()
  }
}

runBench(main)
