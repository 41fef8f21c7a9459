// Webhook delivery throughput: signed deliveries per second through the webhook adapter to a
// loopback receiver that verifies every signature with the standardwebhooks package, at several
// concurrencies. The receiver runs in a worker thread so it does not share the adapter's event loop.
//
//   node --conditions=production --import tsx scripts/bench/deliver.ts
//   BENCH_DELIVERIES=5000 BENCH_LEVELS=1,8,32,64 node --conditions=production --import tsx scripts/bench/deliver.ts
import { randomUUID } from 'node:crypto'
import os from 'node:os'
import { Worker } from 'node:worker_threads'

import type { DeliveryMessage, DeliveryTarget } from '@/distribution/adapters/types'
import { webhookAdapter } from '@/distribution/adapters/webhook'
import { generateWebhookSecret } from '@/distribution/rules/webhookSecret'
import { percentile } from './report'

const DELIVERIES = Number(process.env.BENCH_DELIVERIES || 2_000)
const LEVELS = (process.env.BENCH_LEVELS || '1,8,32').split(',').map(Number)
const WARM_UP = 200

// CommonJS, evaluated in the worker: what a channel integrator would run, minus their storage.
const RECEIVER = `
const http = require('node:http')
const { parentPort, workerData } = require('node:worker_threads')
const { Webhook } = require('standardwebhooks')
const webhook = new Webhook(workerData.secret)
let verified = 0
let rejected = 0
const server = http.createServer((req, res) => {
  const chunks = []
  req.on('data', (chunk) => chunks.push(chunk))
  req.on('end', () => {
    try {
      webhook.verify(Buffer.concat(chunks).toString('utf8'), req.headers)
      verified++
      res.writeHead(204).end()
    } catch (error) {
      rejected++
      res.writeHead(401).end(String(error.message))
    }
  })
})
server.keepAliveTimeout = 60_000
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }))
parentPort.on('message', (command) => {
  if (command === 'counts') parentPort.postMessage({ verified, rejected })
  if (command === 'close') server.close(() => process.exit(0))
})
`

// A long health-education article: about 9 KB of UTF-8 HTML, a typical WeChat-sized rendering.
const paragraph =
  '<p>高血压是心脑血管疾病最重要的危险因素之一。规律测量血压、限制食盐摄入、坚持适量运动、按医嘱服药，可以有效降低并发症风险。</p>'
const body = `<h1>世界心脏日：守护你的“心”健康</h1>${paragraph.repeat(50)}`

const message = (): DeliveryMessage => ({
  messageId: `msg_${randomUUID()}`,
  event: 'content.published',
  occurredAt: new Date().toISOString(),
  channel: { id: 'bench', kind: 'website', name: '压测渠道' },
  content: {
    collection: 'articles',
    id: '1',
    versionHash: 'a'.repeat(64),
    title: '世界心脏日：守护你的“心”健康',
    slug: 'heart-day',
    url: 'https://www.example-hospital.cn/articles/heart-day',
  },
  rendered: { contentType: 'text/html; charset=utf-8', body, ext: 'html' },
  date: '2026-11-23',
})

/** Runs `count` deliveries with `concurrency` in flight; returns wall seconds and per-delivery latencies. */
const run = async (target: DeliveryTarget, count: number, concurrency: number) => {
  const latencies: number[] = []
  let next = 0
  let failures = 0
  let firstError = ''
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next++
        const at = performance.now()
        const outcome = await webhookAdapter.deliver(target, message())
        latencies.push(performance.now() - at)
        if (!outcome.ok) {
          failures++
          firstError ||= outcome.error
        }
      }
    }),
  )
  const seconds = (performance.now() - started) / 1000
  return { seconds, latencies: latencies.sort((a, b) => a - b), failures, firstError }
}

const main = async () => {
  const secret = generateWebhookSecret()
  const worker = new Worker(RECEIVER, { eval: true, workerData: { secret } })
  const ask = <T>(command: string) =>
    new Promise<T>((resolve) => {
      worker.once('message', resolve)
      worker.postMessage(command)
    })
  const { port } = await new Promise<{ port: number }>((resolve) => worker.once('message', resolve))
  const target: DeliveryTarget = {
    adapter: 'webhook',
    webhook: { url: `http://127.0.0.1:${port}/hooks/cms`, secrets: [secret], timeoutMs: 15_000 },
  }

  console.log(
    `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}; payload ${Buffer.byteLength(JSON.stringify(message()))} bytes JSON; receiver verifies every signature (standardwebhooks)`,
  )
  await run(target, WARM_UP, 8)

  const rows: string[][] = []
  let sent = WARM_UP
  for (const concurrency of LEVELS) {
    const result = await run(target, DELIVERIES, concurrency)
    sent += DELIVERIES
    if (result.failures > 0)
      throw new Error(`${result.failures} deliveries failed at concurrency ${concurrency}: ${result.firstError}`)
    rows.push([
      String(concurrency),
      String(DELIVERIES),
      result.seconds.toFixed(2),
      Math.round(DELIVERIES / result.seconds).toLocaleString('en-US'),
      percentile(result.latencies, 50).toFixed(2),
      percentile(result.latencies, 99).toFixed(2),
    ])
  }
  const counts = await ask<{ verified: number; rejected: number }>('counts')
  worker.postMessage('close')

  const header = ['concurrency', 'deliveries', 'seconds', 'deliveries/s', 'p50 ms', 'p99 ms']
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)))
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padStart(widths[i])).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((width) => '-'.repeat(width + 1) + ':').join('|')}|`)
  for (const row of rows) console.log(line(row))
  console.log(`receiver verified ${counts.verified} of ${sent} signatures, rejected ${counts.rejected}`)
  if (counts.verified !== sent || counts.rejected !== 0) process.exitCode = 1
}

await main()
