// The delivery adapters against real receivers: HTTP servers on loopback that verify signatures
// with the standardwebhooks package itself, an S3-protocol server (s3rver) on loopback, and an
// outbox in a temporary directory. No Payload involved.
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import { Webhook } from 'standardwebhooks'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { outboxAdapter } from '@/distribution/adapters/outbox'
import { adapterFor, ADAPTERS } from '@/distribution/adapters/registry'
import { classifyS3Error, s3Adapter } from '@/distribution/adapters/s3'
import type { DeliveryMessage, DeliveryTarget, S3ClientSettings } from '@/distribution/adapters/types'
import { WEBHOOK_USER_AGENT, webhookAdapter } from '@/distribution/adapters/webhook'
import { generateWebhookSecret } from '@/distribution/rules/webhookSecret'

const message = (overrides: Partial<DeliveryMessage> = {}): DeliveryMessage => ({
  messageId: `msg_${randomUUID()}`,
  event: 'content.published',
  occurredAt: '2026-11-23T02:00:00.000Z',
  channel: { id: 'c1', kind: 'website', name: '医院官网' },
  content: {
    collection: 'articles',
    id: 'a1',
    versionHash: 'c0ffee',
    title: '世界心脏日：护心指南',
    slug: 'heart-day',
    url: 'https://www.example-hospital.cn/articles/heart-day',
  },
  rendered: {
    contentType: 'text/html; charset=utf-8',
    body: '<h1>世界心脏日</h1><p>规律运动，控制血压。</p>',
    ext: 'html',
  },
  date: '2026-11-23',
  ...overrides,
})

const withSlug = (slug: string): Partial<DeliveryMessage> => ({ content: { ...message().content, slug } })

type Received = { headers: http.IncomingHttpHeaders; body: string }
type Receiver = { url: string; received: Received[]; close(): Promise<void> }

const receivers: Receiver[] = []

/** A loopback HTTP server; `answer` writes the response (or, to test timeouts, never does). */
const startReceiver = async (answer: (request: Received, response: http.ServerResponse) => void): Promise<Receiver> => {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const request = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }
      received.push(request)
      answer(request, res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  let closed: Promise<void> | undefined
  const receiver: Receiver = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/cms`,
    received,
    close: () => {
      closed ??= new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      return closed
    },
  }
  receivers.push(receiver)
  return receiver
}

/** What a channel integrator would run: the library's own verification, 401 when it fails. */
const verifyingReceiver = (secret: string) =>
  startReceiver((request, response) => {
    try {
      new Webhook(secret).verify(request.body, request.headers as Record<string, string>)
      response.writeHead(204).end()
    } catch (error) {
      response.writeHead(401, { 'content-type': 'text/plain' }).end(`signature rejected: ${(error as Error).message}`)
    }
  })

const statusReceiver = (status: number, headers: Record<string, string> = {}, body = '') =>
  startReceiver((_request, response) => response.writeHead(status, headers).end(body))

const webhookTarget = (
  url: string,
  secrets: string[],
  timeoutMs = 5_000,
  extra: { allowPrivate?: boolean } = {},
): DeliveryTarget => ({
  adapter: 'webhook',
  webhook: { url, secrets, timeoutMs, ...extra },
})

const failureOf = <T extends { ok: boolean }>(outcome: T) => {
  if (outcome.ok) throw new Error(`expected a failure, got ${JSON.stringify(outcome)}`)
  return outcome as Extract<T, { ok: false }>
}

afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()))
})

describe('webhookAdapter', () => {
  it('should POST the Standard Webhooks payload that the standardwebhooks library verifies', async () => {
    const secret = generateWebhookSecret()
    const receiver = await verifyingReceiver(secret)
    const sent = message()
    const outcome = await webhookAdapter.deliver(webhookTarget(receiver.url, [secret]), sent)

    expect(outcome).toMatchObject({ ok: true, status: 204 })
    expect(outcome.durationMs).toBeGreaterThanOrEqual(0)
    const [request] = receiver.received
    expect(request.headers['webhook-id']).toBe(sent.messageId)
    expect(request.headers['webhook-timestamp']).toMatch(/^\d{10}$/)
    expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(10)
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.headers['user-agent']).toBe(WEBHOOK_USER_AGENT)
    expect(new Webhook(secret).verify(request.body, request.headers as Record<string, string>)).toEqual({
      type: 'content.published',
      id: sent.messageId,
      occurredAt: sent.occurredAt,
      channel: sent.channel,
      content: {
        collection: 'articles',
        id: 'a1',
        versionHash: 'c0ffee',
        title: '世界心脏日：护心指南',
        url: sent.content.url,
      },
      rendered: { contentType: sent.rendered.contentType, body: sent.rendered.body },
    })
  })

  it('should keep the webhook-id across retries of one message', async () => {
    const secret = generateWebhookSecret()
    const receiver = await verifyingReceiver(secret)
    const sent = message()
    await webhookAdapter.deliver(webhookTarget(receiver.url, [secret]), sent)
    await webhookAdapter.deliver(webhookTarget(receiver.url, [secret]), sent)
    expect(receiver.received.map((request) => request.headers['webhook-id'])).toEqual([sent.messageId, sent.messageId])
  })

  it('should sign with every secret during a rotation, so receivers with either key verify', async () => {
    const current = generateWebhookSecret()
    const previous = generateWebhookSecret()
    const knowsNew = await verifyingReceiver(current)
    const knowsOld = await verifyingReceiver(previous)
    const knowsNeither = await verifyingReceiver(generateWebhookSecret())

    expect(await webhookAdapter.deliver(webhookTarget(knowsNew.url, [current, previous]), message())).toMatchObject({
      ok: true,
    })
    expect(await webhookAdapter.deliver(webhookTarget(knowsOld.url, [current, previous]), message())).toMatchObject({
      ok: true,
    })
    expect(await webhookAdapter.deliver(webhookTarget(knowsNeither.url, [current, previous]), message())).toMatchObject(
      { ok: false, retry: false, status: 401 },
    )

    const signatures = (knowsNew.received[0].headers['webhook-signature'] as string).split(' ')
    expect(signatures).toHaveLength(2)
    for (const signature of signatures) expect(signature).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/)
  })

  it('should announce a retraction with the content.retracted event', async () => {
    const secret = generateWebhookSecret()
    const receiver = await verifyingReceiver(secret)
    expect(await webhookAdapter.retract(webhookTarget(receiver.url, [secret]), message())).toMatchObject({ ok: true })
    expect(JSON.parse(receiver.received[0].body)).toMatchObject({
      type: 'content.retracted',
      content: { id: 'a1', versionHash: 'c0ffee' },
    })
  })

  it('should retry a 5xx and show the start of the error body', async () => {
    const receiver = await statusReceiver(
      500,
      { 'content-type': 'text/plain' },
      `database down\n${'x'.repeat(1_000_000)}`,
    )
    const outcome = failureOf(
      await webhookAdapter.deliver(webhookTarget(receiver.url, [generateWebhookSecret()]), message()),
    )
    expect(outcome).toMatchObject({ retry: true, status: 500 })
    expect(outcome.error).toMatch(/^HTTP 500：接收方出错.* \/ The receiver failed; will retry: database down x+…$/)
    expect(outcome.error.length).toBeLessThan(800)
  })

  it('should not retry a 400', async () => {
    const receiver = await statusReceiver(400)
    expect(
      await webhookAdapter.deliver(webhookTarget(receiver.url, [generateWebhookSecret()]), message()),
    ).toMatchObject({ ok: false, retry: false, status: 400 })
  })

  it('should disable the channel on 410 without retrying', async () => {
    const receiver = await statusReceiver(410)
    expect(
      await webhookAdapter.deliver(webhookTarget(receiver.url, [generateWebhookSecret()]), message()),
    ).toMatchObject({
      ok: false,
      retry: false,
      disable: true,
      status: 410,
    })
  })

  it('should honour Retry-After on a 429', async () => {
    const receiver = await statusReceiver(429, { 'retry-after': '7' })
    expect(
      await webhookAdapter.deliver(webhookTarget(receiver.url, [generateWebhookSecret()]), message()),
    ).toMatchObject({
      ok: false,
      retry: true,
      retryAfterMs: 7_000,
      status: 429,
    })
  })

  it('should give up on a receiver that never answers after the timeout, and retry later', async () => {
    const receiver = await startReceiver(() => {})
    const outcome = failureOf(
      await webhookAdapter.deliver(webhookTarget(receiver.url, [generateWebhookSecret()], 300), message()),
    )
    expect(outcome.retry).toBe(true)
    expect(outcome.error).toMatch(/^超时.* \/ Timed out after 300 ms$/)
    expect(outcome.durationMs).toBeGreaterThanOrEqual(250)
    expect(outcome.durationMs).toBeLessThan(3_000)
  })

  it('should retry when nothing listens', async () => {
    const receiver = await statusReceiver(204)
    await receiver.close()
    const outcome = failureOf(
      await webhookAdapter.deliver(webhookTarget(receiver.url, [generateWebhookSecret()]), message()),
    )
    expect(outcome.retry).toBe(true)
    expect(outcome.error).toMatch(/ECONNREFUSED/)
  })

  it('should not follow a redirect, and count it as a failure to retry', async () => {
    const elsewhere = await statusReceiver(204)
    const receiver = await statusReceiver(307, { location: elsewhere.url })
    const outcome = failureOf(
      await webhookAdapter.deliver(webhookTarget(receiver.url, [generateWebhookSecret()]), message()),
    )
    expect(outcome).toMatchObject({ retry: true, status: 307 })
    expect(outcome.error).toContain(elsewhere.url)
    expect(elsewhere.received).toHaveLength(0)
  })

  it('should refuse without calling when no usable secret or URL is configured', async () => {
    const receiver = await statusReceiver(204)
    expect(await webhookAdapter.deliver(webhookTarget(receiver.url, []), message())).toMatchObject({
      ok: false,
      retry: false,
    })
    expect(await webhookAdapter.deliver(webhookTarget(receiver.url, ['whsec_!!!']), message())).toMatchObject({
      ok: false,
      retry: false,
    })
    expect(
      await webhookAdapter.deliver(webhookTarget('not a url', [generateWebhookSecret()]), message()),
    ).toMatchObject({ ok: false, retry: false })
    expect(await webhookAdapter.deliver({ adapter: 'webhook' }, message())).toMatchObject({ ok: false, retry: false })
    expect(receiver.received).toHaveLength(0)
  })

  it('should refuse a loopback receiver when private receivers are not allowed', async () => {
    const receiver = await statusReceiver(204)
    const refused = failureOf(
      await webhookAdapter.deliver(
        webhookTarget(receiver.url, [generateWebhookSecret()], 5_000, { allowPrivate: false }),
        message(),
      ),
    )
    expect(refused.retry).toBe(false)
    expect(receiver.received).toHaveLength(0)
    expect(
      await webhookAdapter.deliver(
        webhookTarget(receiver.url, [generateWebhookSecret()], 5_000, { allowPrivate: true }),
        message(),
      ),
    ).toMatchObject({ ok: true })
  })
})

describe('s3Adapter', () => {
  const BUCKET = 'cms-distribution-test'
  let s3rver: S3rver
  let directory: string
  let client: S3ClientSettings
  let s3: S3Client

  beforeAll(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 's3rver-adapters-'))
    s3rver = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory,
      configureBuckets: [{ name: BUCKET, configs: [] }],
    })
    const { port } = await s3rver.run()
    client = {
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    }
    s3 = new S3Client({ ...client, region: 'us-east-1' })
  })

  afterAll(async () => {
    s3?.destroy()
    await s3rver?.close()
    fs.rmSync(directory, { recursive: true, force: true })
  })

  const target = (bucket = BUCKET, prefix = 'cms/distributions/'): DeliveryTarget => ({
    adapter: 's3',
    s3: { bucket, prefix, client },
  })

  it('should put the rendering with its content type, and delete it on retraction', async () => {
    const sent = message()
    const delivered = await s3Adapter.deliver(target(), sent)
    expect(delivered).toMatchObject({ ok: true, objectKey: 'cms/distributions/website-c1/2026-11-23/heart-day.html' })
    const key = delivered.ok ? delivered.objectKey! : ''

    const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
    expect(object.ContentType).toBe('text/html; charset=utf-8')
    expect(await object.Body!.transformToString('utf-8')).toBe(sent.rendered.body)

    const retracted = await s3Adapter.retract(target(), message({ event: 'content.retracted', objectKey: key }))
    expect(retracted).toMatchObject({ ok: true, objectKey: key })
    await expect(s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))).rejects.toMatchObject({
      name: 'NotFound',
    })

    // A second retraction of the same object is harmless.
    expect(await s3Adapter.retract(target(), message({ objectKey: key }))).toMatchObject({ ok: true })
  })

  it('should not retry a missing bucket', async () => {
    const outcome = failureOf(await s3Adapter.deliver(target('no-such-bucket'), message()))
    expect(outcome).toMatchObject({ retry: false, status: 404 })
    expect(outcome.error).toMatch(/NoSuchBucket/)
  })

  it('should retry when the S3 endpoint cannot be reached', async () => {
    const gone = await statusReceiver(204)
    await gone.close()
    const unreachable: DeliveryTarget = {
      adapter: 's3',
      s3: { bucket: BUCKET, prefix: '', client: { ...client, endpoint: new URL(gone.url).origin } },
    }
    expect(await s3Adapter.deliver(unreachable, message())).toMatchObject({ ok: false, retry: true })
  })

  it('should refuse an unsafe prefix without calling S3', async () => {
    expect(await s3Adapter.deliver(target(BUCKET, '../other'), message())).toMatchObject({ ok: false, retry: false })
  })
})

describe(classifyS3Error.name, () => {
  const s3Error = (name: string, httpStatusCode?: number) =>
    Object.assign(new Error(name), { name, $metadata: { httpStatusCode } })
  it('should not retry configuration errors', () => {
    expect(classifyS3Error(s3Error('AccessDenied', 403))).toEqual({ retry: false, status: 403, code: 'AccessDenied' })
    expect(classifyS3Error(s3Error('NoSuchBucket', 404))).toMatchObject({ retry: false })
    expect(classifyS3Error(s3Error('InvalidAccessKeyId', 403))).toMatchObject({ retry: false })
    expect(classifyS3Error(s3Error('Forbidden', 403))).toMatchObject({ retry: false })
  })
  it('should retry network errors, throttling and 5xx', () => {
    expect(classifyS3Error(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toEqual({
      retry: true,
      code: 'ECONNREFUSED',
    })
    expect(classifyS3Error(s3Error('SlowDown', 503))).toMatchObject({ retry: true, status: 503 })
    expect(classifyS3Error(s3Error('RequestTimeout', 400))).toMatchObject({ retry: true })
    expect(classifyS3Error(s3Error('InternalError', 500))).toMatchObject({ retry: true })
    expect(classifyS3Error(s3Error('TooManyRequests', 429))).toMatchObject({ retry: true })
  })
})

describe('outboxAdapter', () => {
  let root: string
  let dir: string

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-adapters-'))
    dir = path.join(root, 'outbox')
  })

  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true })
  })

  const target = (): DeliveryTarget => ({ adapter: 'outbox', outbox: { dir } })
  const allFiles = (): string[] =>
    fs.existsSync(dir)
      ? (fs.readdirSync(dir, { recursive: true }) as string[])
          .filter((name) => fs.lstatSync(path.join(dir, name)).isFile())
          .sort()
      : []

  it('should write the rendering atomically under channel/date/slug.ext, leaving no temp file', async () => {
    const sent = message()
    expect(await outboxAdapter.deliver(target(), sent)).toMatchObject({
      ok: true,
      objectKey: 'website-c1/2026-11-23/heart-day.html',
    })
    expect(fs.readFileSync(path.join(dir, 'website-c1/2026-11-23/heart-day.html'), 'utf8')).toBe(sent.rendered.body)
    expect(allFiles()).toEqual([path.join('website-c1', '2026-11-23', 'heart-day.html')])
  })

  it('should leave one whole file when the same key is written concurrently', async () => {
    const bodies = Array.from({ length: 20 }, (_, i) => `<p>${String(i % 10).repeat(200_000)}</p>`)
    const outcomes = await Promise.all(
      bodies.map((body) =>
        outboxAdapter.deliver(
          target(),
          message({ ...withSlug('race'), rendered: { contentType: 'text/html', body, ext: 'html' } }),
        ),
      ),
    )
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true)
    expect(bodies).toContain(fs.readFileSync(path.join(dir, 'website-c1/2026-11-23/race.html'), 'utf8'))
    expect(allFiles().filter((name) => path.basename(name).startsWith('.'))).toEqual([])
  })

  it('should remove the file on retraction, and count a missing file as retracted', async () => {
    const delivered = await outboxAdapter.deliver(target(), message(withSlug('to-retract')))
    const key = delivered.ok ? delivered.objectKey! : ''
    expect(fs.existsSync(path.join(dir, key))).toBe(true)
    expect(
      await outboxAdapter.retract(target(), message({ event: 'content.retracted', objectKey: key })),
    ).toMatchObject({ ok: true, objectKey: key })
    expect(fs.existsSync(path.join(dir, key))).toBe(false)
    expect(await outboxAdapter.retract(target(), message({ objectKey: key }))).toMatchObject({ ok: true })
  })

  it('should keep a hostile slug inside the outbox', async () => {
    expect(await outboxAdapter.deliver(target(), message(withSlug('../../../escaped')))).toMatchObject({
      ok: true,
      objectKey: 'website-c1/2026-11-23/escaped.html',
    })
    expect(fs.existsSync(path.join(root, 'escaped.html'))).toBe(false)
  })

  it('should refuse to retract a path outside the outbox', async () => {
    const outside = path.join(root, 'keep-me.txt')
    fs.writeFileSync(outside, 'not yours')
    for (const objectKey of ['../keep-me.txt', outside, 'website-c1/../../keep-me.txt']) {
      const outcome = failureOf(await outboxAdapter.retract(target(), message({ objectKey })))
      expect(outcome.retry, objectKey).toBe(false)
      expect(outcome.error).toMatch(/refused/)
    }
    expect(fs.readFileSync(outside, 'utf8')).toBe('not yours')
  })

  it('should refuse to follow a symlink out of the outbox', async () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-elsewhere-'))
    try {
      fs.mkdirSync(dir, { recursive: true })
      fs.symlinkSync(elsewhere, path.join(dir, 'sms-9'))
      const sms = { channel: { id: '9', kind: 'sms', name: '短信' } }
      expect(await outboxAdapter.deliver(target(), message(sms))).toMatchObject({ ok: false, retry: false })
      expect(fs.readdirSync(elsewhere)).toEqual([])
      fs.writeFileSync(path.join(elsewhere, 'keep.html'), 'not yours')
      expect(await outboxAdapter.retract(target(), message({ ...sms, objectKey: 'sms-9/keep.html' }))).toMatchObject({
        ok: false,
        retry: false,
      })
      expect(fs.existsSync(path.join(elsewhere, 'keep.html'))).toBe(true)
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true })
    }
  })
})

describe(adapterFor.name, () => {
  it('should pick the adapter by target', () => {
    expect(adapterFor({ adapter: 'webhook' })).toBe(webhookAdapter)
    expect(adapterFor({ adapter: 's3' })).toBe(s3Adapter)
    expect(adapterFor({ adapter: 'outbox' })).toBe(outboxAdapter)
    expect(Object.keys(ADAPTERS).sort()).toEqual(['outbox', 's3', 'webhook'])
  })
  it('should throw on an unknown adapter', () => {
    expect(() => adapterFor({ adapter: 'ftp' as never })).toThrow(/Unknown delivery adapter "ftp"/)
    expect(() => adapterFor({ adapter: 'toString' as never })).toThrow(/Unknown/)
  })
})
