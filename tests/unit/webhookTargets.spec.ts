// The connect-time guard against real loopback receivers: with private receivers not allowed, a
// webhook never reaches 127.0.0.1 however the address is written or whatever a name resolves to
// when the socket opens (a rebinding resolver is played by an injected resolver). The receiver
// counts TCP connections, so "refused" means nothing ever connected, not only that no request came.
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { fetch } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'

import {
  createGuardedAgent,
  guardedLookup,
  refusalOf,
  type Resolver,
  TARGET_REFUSED,
} from '@/distribution/adapters/safeAgent'
import type { DeliveryMessage, DeliveryTarget } from '@/distribution/adapters/types'
import { createWebhookAdapter } from '@/distribution/adapters/webhook'
import { generateWebhookSecret } from '@/distribution/rules/webhookSecret'
import { webhookUrlProblem } from '@/distribution/rules/webhookUrl'

type Receiver = { port: number; connections: () => number; requests: () => number; close(): Promise<void> }
const open: Receiver[] = []

const startReceiver = async (): Promise<Receiver> => {
  let connections = 0
  let requests = 0
  const server = http.createServer((_req, res) => {
    requests++
    res.writeHead(204).end()
  })
  server.on('connection', () => connections++)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const receiver: Receiver = {
    port: (server.address() as AddressInfo).port,
    connections: () => connections,
    requests: () => requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
  open.push(receiver)
  return receiver
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((receiver) => receiver.close()))
})

/** A resolver answering from a table, counting its calls; a list per name plays a rebinding DNS server. */
const tableResolver = (table: Record<string, string[][]>) => {
  const calls: string[] = []
  const resolve: Resolver = (hostname) => {
    calls.push(hostname)
    const answers = table[hostname]
    if (!answers)
      return Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }))
    const answer = answers[Math.min(calls.filter((name) => name === hostname).length - 1, answers.length - 1)]
    return Promise.resolve(answer.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })))
  }
  return { resolve, calls }
}

const refusedFetch = async (url: string, agent = createGuardedAgent()) => {
  const error = await fetch(url, { dispatcher: agent, signal: AbortSignal.timeout(5_000) }).then(
    () => null,
    (e: unknown) => e,
  )
  await agent.close()
  return refusalOf(error)
}

describe(createGuardedAgent.name, () => {
  it('should refuse a loopback receiver written in any literal form without connecting', async () => {
    const receiver = await startReceiver()
    for (const host of [
      '127.0.0.1',
      '2130706433',
      '0x7f.1',
      '017700000001',
      '127.1',
      '[::ffff:127.0.0.1]',
      '[::ffff:7f00:1]',
    ]) {
      const refusal = await refusedFetch(`http://${host}:${receiver.port}/hooks`)
      expect(refusal, host).not.toBeNull()
      expect(refusal!.code).toBe(TARGET_REFUSED)
    }
    expect(receiver.connections()).toBe(0)
  })

  it('should refuse a name the system resolves to loopback (localhost) at connect time', async () => {
    const receiver = await startReceiver()
    const refusal = await refusedFetch(`http://localhost:${receiver.port}/hooks`)
    expect(refusal).toMatchObject({ code: TARGET_REFUSED, host: 'localhost' })
    expect(['127.0.0.1', '::1']).toContain(refusal!.address)
    expect(receiver.connections()).toBe(0)
  })

  it('should refuse a rebinding name: public when looked up beforehand, loopback when the socket resolves it', async () => {
    const receiver = await startReceiver()
    const { resolve, calls } = tableResolver({ 'hooks.rebind.test': [['93.184.215.14'], ['127.0.0.1']] })
    // What a pre-flight check would see, and would let through.
    expect(await resolve('hooks.rebind.test', {})).toEqual([{ address: '93.184.215.14', family: 4 }])
    const refusal = await refusedFetch(
      `http://hooks.rebind.test:${receiver.port}/hooks`,
      createGuardedAgent({ resolve }),
    )
    expect(refusal).toMatchObject({ host: 'hooks.rebind.test', address: '127.0.0.1', range: 'loopback' })
    expect(calls).toEqual(['hooks.rebind.test', 'hooks.rebind.test'])
    expect(receiver.connections()).toBe(0)
  })

  it('should refuse a name when any one of its addresses is not public', async () => {
    const receiver = await startReceiver()
    const { resolve } = tableResolver({
      'mixed.test': [['93.184.215.14', '127.0.0.1']],
      'meta.test': [['169.254.169.254']],
      'v6.test': [['::1']],
    })
    for (const host of ['mixed.test', 'meta.test', 'v6.test']) {
      expect(
        await refusedFetch(`http://${host}:${receiver.port}/`, createGuardedAgent({ resolve })),
        host,
      ).toMatchObject({ code: TARGET_REFUSED, host })
    }
    expect(receiver.connections()).toBe(0)
  })

  it('should reach the same receiver without the guard (so the refusals above are the guard’s doing)', async () => {
    const receiver = await startReceiver()
    const response = await fetch(`http://127.0.0.1:${receiver.port}/hooks`, { method: 'POST', body: '{}' })
    expect(response.status).toBe(204)
    expect(receiver.requests()).toBe(1)
  })
})

describe(guardedLookup.name, () => {
  const lookup = (resolve: Resolver, hostname: string, all: boolean) =>
    new Promise<{ error: NodeJS.ErrnoException | null; address: unknown; family?: number }>((done) =>
      guardedLookup(resolve)(hostname, { all }, (error, address, family) => done({ error, address, family })),
    )
  const { resolve } = tableResolver({
    'public.test': [['93.184.215.14', '2606:4700:4700::1111']],
    'private.test': [['10.0.0.7']],
  })

  it('should hand out public addresses in the form the socket asked for', async () => {
    expect(await lookup(resolve, 'public.test', false)).toEqual({ error: null, address: '93.184.215.14', family: 4 })
    expect(await lookup(resolve, 'public.test', true)).toMatchObject({
      error: null,
      address: [
        { address: '93.184.215.14', family: 4 },
        { address: '2606:4700:4700::1111', family: 6 },
      ],
    })
  })
  it('should answer a private address with a refusal and a missing name with the resolver’s error', async () => {
    expect((await lookup(resolve, 'private.test', true)).error).toMatchObject({
      code: TARGET_REFUSED,
      address: '10.0.0.7',
      range: 'private',
    })
    expect((await lookup(resolve, 'nowhere.test', false)).error).toMatchObject({ code: 'ENOTFOUND' })
  })
})

const message = (): DeliveryMessage => ({
  messageId: `msg_${randomUUID()}`,
  event: 'content.published',
  occurredAt: '2026-11-23T02:00:00.000Z',
  channel: { id: 'c1', kind: 'website', name: '医院官网' },
  content: { collection: 'articles', id: 'a1', versionHash: 'c0ffee', title: '世界心脏日', slug: 'heart-day' },
  rendered: { contentType: 'text/html; charset=utf-8', body: '<p>规律运动</p>', ext: 'html' },
  date: '2026-11-23',
})

const target = (url: string, allowPrivate: boolean): DeliveryTarget => ({
  adapter: 'webhook',
  webhook: { url, secrets: [generateWebhookSecret()], timeoutMs: 5_000, allowPrivate },
})

describe(createWebhookAdapter.name, () => {
  it('should fail for good, with the stable code, when a saved name resolves to loopback at delivery time', async () => {
    const receiver = await startReceiver()
    const { resolve } = tableResolver({ 'hooks.rebind.test': [['127.0.0.1']], '127.0.0.1.nip.io': [['127.0.0.1']] })
    const adapter = createWebhookAdapter({ resolve })
    for (const host of ['hooks.rebind.test', '127.0.0.1.nip.io']) {
      const url = `https://${host}:${receiver.port}/hooks/cms`
      // The save-time check cannot know where the name points, so it lets the URL through.
      expect(webhookUrlProblem(url, { allowPrivate: false }), host).toBeNull()
      for (const outcome of [
        await adapter.deliver(target(url, false), message()),
        await adapter.retract(target(url, false), message()),
      ]) {
        expect(outcome, host).toMatchObject({ ok: false, retry: false })
        expect(!outcome.ok && outcome.error, host).toMatch(
          new RegExp(`^\\[${TARGET_REFUSED}\\] .*${host.replace(/\./g, '\\.')} → 127\\.0\\.0\\.1/loopback`),
        )
      }
    }
    expect(receiver.connections()).toBe(0)
  })

  it('should refuse a stored loopback literal or internal name before any lookup', async () => {
    const receiver = await startReceiver()
    const { resolve, calls } = tableResolver({})
    const adapter = createWebhookAdapter({ resolve })
    for (const host of ['127.0.0.1', '2130706433', '[::ffff:127.0.0.1]', 'localhost', '169.254.169.254']) {
      const outcome = await adapter.deliver(target(`https://${host}:${receiver.port}/hooks/cms`, false), message())
      expect(outcome, host).toMatchObject({ ok: false, retry: false })
      expect(!outcome.ok && outcome.error, host).toMatch(/^\[webhook-target-refused\] Webhook 地址不能指向本机/)
    }
    expect(calls).toEqual([])
    expect(receiver.connections()).toBe(0)
  })

  it('should deliver to the loopback receiver only when private receivers are allowed', async () => {
    const receiver = await startReceiver()
    const adapter = createWebhookAdapter()
    expect(
      await adapter.deliver(target(`http://127.0.0.1:${receiver.port}/hooks/cms`, false), message()),
    ).toMatchObject({ ok: false, retry: false })
    expect(receiver.connections()).toBe(0)
    expect(await adapter.deliver(target(`http://127.0.0.1:${receiver.port}/hooks/cms`, true), message())).toMatchObject(
      { ok: true, status: 204 },
    )
    expect(receiver.requests()).toBe(1)
  })
})
