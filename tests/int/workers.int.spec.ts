// Rule 6 with real processes: an API-only server (SCHEDULER=off) and `src/worker.ts` instances on
// one database. Two workers share 500 due distributions without delivering any twice; a worker
// killed with SIGKILL mid-batch loses nothing, and the only repeats are of ids already received.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type RunningServer, startServerProcess } from '../../scripts/lib/serverProcess'
import { createTestDatabase, type TestDatabase } from '../../scripts/lib/testDatabase'
import { eventually, type Receiver, startReceiver } from '../../scripts/lib/webhookReceiver'
import { type RunningWorker, startWorkerProcess } from '../../scripts/lib/workerProcess'

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'

describe('distribution workers', () => {
  let database: TestDatabase
  let server: RunningServer
  let token: string
  let articleId: number
  const workers: RunningWorker[] = []

  const call = async (path: string, init: { method?: string; body?: unknown } = {}) => {
    const res = await fetch(`${server.url}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    return { status: res.status, body: await res.json() }
  }

  const workerEnv = () => ({
    DATABASE_URI: database.uri,
    DELIVERY_CRON: '* * * * * *',
    DELIVERY_BATCH_SIZE: '20',
    DELIVERY_CONCURRENCY: '8',
    // A pool far smaller than the job parallelism (Postgres): the scheduler's jobs must never
    // starve each other of connections. With 3, a worker that took the demo's queued notices used
    // to hang for good, both its ticks waiting on a connection, and the other delivered alone.
    DATABASE_POOL_MAX: '3',
    // The maintenance and planning jobs stay quiet: this test is about deliveries.
    MAINTENANCE_CRON: '0 0 1 1 *',
    PLANNING_CRON: '0 0 1 1 *',
  })

  /** Due now, to a fresh webhook channel pointing at the receiver; created with no scheduler running. */
  const makeDue = async (receiver: Receiver, count: number) => {
    const channel = await call('/api/channels', {
      method: 'POST',
      body: {
        name: `压测渠道-${Date.now()}`,
        kind: 'website',
        delivery: { adapter: 'webhook', url: receiver.url, secret: SECRET },
      },
    })
    expect(channel.status, JSON.stringify(channel.body)).toBe(201)
    const ids: number[] = []
    const scheduledAt = new Date().toISOString()
    for (let start = 0; start < count; start += 10) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(10, count - start) }, () =>
          call('/api/distributions', {
            method: 'POST',
            body: { contentCollection: 'articles', contentId: articleId, channel: channel.body.doc.id, scheduledAt },
          }),
        ),
      )
      for (const res of batch) {
        expect(res.status, JSON.stringify(res.body)).toBe(201)
        ids.push(res.body.doc.id)
      }
    }
    return { channel: channel.body.doc.id as number, ids }
  }

  const statuses = async (channel: number) => {
    const res = await call(
      `/api/distributions?where[channel][equals]=${channel}&pagination=false&depth=0&select[status]=true&select[messageId]=true&select[attempts]=true`,
    )
    return res.body.docs as {
      id: number
      status: string
      messageId: string
      attempts: { worker: string; outcome: string }[]
    }[]
  }

  beforeAll(async () => {
    database = await createTestDatabase(inject('dbKind'), 'workers')
    server = await startServerProcess({ DATABASE_URI: database.uri, SEED_DEMO: '1', SCHEDULER: 'off' })
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Channel endpoints are set by admins; the rest of the test acts as the publisher would.
      body: JSON.stringify({ email: 'admin@demo.hospital', password: 'test-password-2026' }),
    })
    token = (await login.json()).token
    const published = await fetch(`${server.url}/api/articles?where[_status][equals]=published&limit=1&depth=0`)
    articleId = (await published.json()).docs[0].id
  })

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')))
    await server?.stop()
    await database?.drop()
  })

  it('should deliver 500 due distributions exactly once between two workers', async () => {
    const receiver = await startReceiver([SECRET], { status: 200, delayMs: 5 })
    try {
      // Both workers are up before anything is due: on a loaded machine one may take far longer to
      // start than the other, and a backlog waiting for it would be drained by the first alone.
      const [a, b] = await Promise.all([startWorkerProcess(workerEnv()), startWorkerProcess(workerEnv())])
      workers.push(a, b)
      const started = Date.now()
      const { channel, ids } = await makeDue(receiver, 500)
      console.log(`workers: 500 distributions created in ${Date.now() - started} ms`)
      const counts = await eventually(
        () => receiver.counts(),
        (c) => c.size >= 500,
        240_000,
        500,
      )
      console.log(`workers: ${counts.size} received ${Date.now() - started} ms after the start`)
      // Let anything still in flight land before counting repeats.
      await new Promise((resolve) => setTimeout(resolve, 3_000))
      const final = receiver.counts()
      expect(final.size).toBe(500)
      const duplicates = [...final.values()].filter((n) => n > 1).length
      expect(duplicates).toBe(0)
      const docs = await eventually(
        () => statuses(channel),
        (d) => d.every((x) => x.status === 'delivered'),
        60_000,
      )
      expect(docs).toHaveLength(ids.length)
      expect(docs.filter((d) => d.status === 'delivered')).toHaveLength(500)
      expect(new Set(docs.map((d) => d.messageId))).toEqual(new Set(counts.keys()))
      const byWorker = new Map<string, number>()
      for (const d of docs)
        for (const attempt of d.attempts) byWorker.set(attempt.worker, (byWorker.get(attempt.worker) ?? 0) + 1)
      // Both took part: the claim, not luck, kept them apart.
      const ends = (log: string) => (log.length > 6000 ? `${log.slice(0, 3000)}\n…\n${log.slice(-3000)}` : log)
      const shares = `${JSON.stringify(Object.fromEntries(byWorker))}\n--- a ---\n${ends(a.output())}\n--- b ---\n${ends(b.output())}`
      expect(byWorker.get(a.owner) ?? 0, shares).toBeGreaterThan(0)
      expect(byWorker.get(b.owner) ?? 0, shares).toBeGreaterThan(0)
    } finally {
      await Promise.all(workers.splice(0).map((w) => w.stop()))
      await receiver.close()
    }
  }, 420_000)

  it('should lose nothing when a worker is killed with SIGKILL mid-batch', async () => {
    // Slow answers keep the first worker mid-batch when it dies; a short lease hands its claims on.
    const receiver = await startReceiver([SECRET], { status: 200, delayMs: 40 })
    try {
      const { channel } = await makeDue(receiver, 200)
      const env = { ...workerEnv(), DELIVERY_LEASE_MS: '4000' }
      const first = await startWorkerProcess(env)
      workers.push(first)
      await eventually(
        () => receiver.counts().size,
        (n) => n >= 40,
        120_000,
        50,
      )
      first.child.kill('SIGKILL')
      await new Promise((resolve) => first.child.once('exit', resolve))
      const seenBeforeKill = new Set(receiver.counts().keys())
      const second = await startWorkerProcess(env)
      workers.push(second)
      const counts = await eventually(
        () => receiver.counts(),
        (c) => c.size >= 200,
        240_000,
        500,
      )
      expect(counts.size).toBe(200)
      const repeated = [...counts.entries()].filter(([, n]) => n > 1).map(([id]) => id)
      // At least once: a repeat only ever re-sends what may have landed just before the kill.
      for (const id of repeated) expect(seenBeforeKill.has(id)).toBe(true)
      const docs = await eventually(
        () => statuses(channel),
        (d) => d.every((x) => x.status === 'delivered'),
        60_000,
      )
      expect(docs.filter((d) => d.status === 'delivered')).toHaveLength(200)
    } finally {
      await Promise.all(workers.splice(0).map((w) => w.stop()))
      await receiver.close()
    }
  }, 420_000)
})
