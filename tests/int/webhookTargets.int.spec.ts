// Who may point a channel where, over the real API: only admins set a channel's adapter, webhook
// URL, secret and prefix (a publisher gets a 403 naming the field, and nothing changes), only
// admins rotate secrets, receivers' response bodies are not readable by analysts, and with
// private receivers not allowed (the default, on a second server) every literal form of an
// internal address is refused when saved. The connect-time refusal is in tests/unit/webhookTargets.spec.ts.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { articleData, channelData } from '../factories/content'
import { api, as, DEMO_PASSWORD } from '../helpers/api'
import { rawSql } from '../../scripts/lib/rawSql'
import { publishThroughReview } from '../helpers/review'
import { startServerProcess, type RunningServer } from '../../scripts/lib/serverProcess'
import { createTestDatabase } from '../../scripts/lib/testDatabase'
import { eventually, type Receiver, startReceiver } from '../../scripts/lib/webhookReceiver'

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
const OTHER_SECRET = 'whsec_dGhpcyBpcyBhbm90aGVyIHNlY3JldCBvZiAyNCsgYnl0ZXM='
/** What a receiver's error page might leak; analysts must never read it back. */
const LEAK = 'RECEIVER-INTERNAL-DETAIL db=10.2.3.4 token=abc123'

// The error envelope is being unified (issue #8 item 10): read the code and field wherever they are.
const codeOf = (body: any): string | undefined =>
  body?.errors?.[0]?.code ?? body?.errors?.[0]?.data?.code ?? body?.errors?.[0]?.extensions?.code
const fieldOf = (body: any): string | undefined =>
  body?.errors?.[0]?.field ?? body?.errors?.[0]?.path ?? body?.errors?.[0]?.data?.errors?.[0]?.path

const readChannel = async (id: number) => (await api(`/api/channels/${id}?depth=0`, { auth: await as.admin() })).body

const adminChannel = async (url: string, overrides: Record<string, unknown> = {}) => {
  const res = await api('/api/channels', {
    method: 'POST',
    body: channelData({ delivery: { adapter: 'webhook', url, secret: SECRET }, ...overrides }),
    auth: await as.admin(),
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc.id as number
}

describe('channel endpoints are an admin’s to set', () => {
  let receiver: Receiver
  let channel: number

  beforeAll(async () => {
    receiver = await startReceiver([SECRET])
    channel = await adminChannel(receiver.url)
  })
  afterAll(() => receiver.close())

  it('should refuse a publisher creating a channel with any endpoint field, naming the field', async () => {
    const publisher = await as.publisher()
    const cases: [Record<string, unknown>, string][] = [
      [{ adapter: 'webhook', url: receiver.url, secret: SECRET }, 'delivery.adapter'],
      [{ url: receiver.url }, 'delivery.url'],
      [{ adapter: 'outbox', secret: SECRET }, 'delivery.secret'],
      [{ adapter: 's3', prefix: 'sites' }, 'delivery.adapter'],
      [{ prefix: '../../elsewhere' }, 'delivery.prefix'],
    ]
    const before = (await api('/api/channels?limit=0', { auth: await as.admin() })).body.totalDocs
    for (const [delivery, field] of cases) {
      const res = await api('/api/channels', { method: 'POST', body: channelData({ delivery }), auth: publisher })
      expect(res.status, JSON.stringify(res.body)).toBe(403)
      expect(codeOf(res.body)).toBe('channel-endpoint-forbidden')
      expect(fieldOf(res.body)).toBe(field)
      expect(res.body.errors[0].message).toContain('只有管理员')
    }
    expect((await api('/api/channels?limit=0', { auth: await as.admin() })).body.totalDocs).toBe(before)
  })

  it('should let a publisher create a channel that takes the default outbox delivery', async () => {
    const res = await api('/api/channels', {
      method: 'POST',
      body: channelData({ delivery: { adapter: 'outbox' } }),
      auth: await as.publisher(),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.delivery.adapter).toBe('outbox')
  })

  it('should refuse a publisher changing the adapter, URL, secret or prefix of an existing channel, and change nothing', async () => {
    const publisher = await as.publisher()
    const before = await readChannel(channel)
    const cases: [Record<string, unknown>, string][] = [
      [{ url: 'https://hooks.example.com/elsewhere' }, 'delivery.url'],
      [{ secret: OTHER_SECRET }, 'delivery.secret'],
      [{ secret: SECRET }, 'delivery.secret'], // the stored one: no oracle for guessing it
      [{ adapter: 'outbox' }, 'delivery.adapter'],
      [{ prefix: 'p' }, 'delivery.prefix'],
    ]
    for (const [delivery, field] of cases) {
      const res = await api(`/api/channels/${channel}`, {
        method: 'PATCH',
        body: { name: '改名也不行', delivery },
        auth: publisher,
      })
      expect(res.status, JSON.stringify(res.body)).toBe(403)
      expect(codeOf(res.body)).toBe('channel-endpoint-forbidden')
      expect(fieldOf(res.body)).toBe(field)
    }
    const bulk = await api(`/api/channels?where[id][equals]=${channel}`, {
      method: 'PATCH',
      body: { delivery: { url: 'https://hooks.example.com/bulk' } },
      auth: publisher,
    })
    expect(bulk.status, JSON.stringify(bulk.body)).toBe(403)
    const editor = await api(`/api/channels/${channel}`, {
      method: 'PATCH',
      body: { delivery: { url: 'https://hooks.example.com/x' } },
      auth: await as.editor(),
    })
    expect(editor.status).toBe(403)

    const after = await readChannel(channel)
    expect(after.name).toBe(before.name)
    expect(after.delivery).toMatchObject({
      adapter: 'webhook',
      url: receiver.url,
      secretHint: before.delivery.secretHint,
      previousSecretExpiresAt: before.delivery.previousSecretExpiresAt ?? null,
    })
  })

  it('should refuse the same change through GraphQL', async () => {
    const res = await api('/api/graphql', {
      method: 'POST',
      body: {
        query: `mutation { updateChannel(id: ${channel}, data: { delivery: { adapter: webhook, url: "https://hooks.example.com/graphql" } }) { id } }`,
      },
      auth: await as.publisher(),
    })
    expect(res.body.errors?.length, JSON.stringify(res.body)).toBeGreaterThan(0)
    expect(JSON.stringify(res.body.errors)).toMatch(/只有管理员|channel-endpoint-forbidden/)
    expect((await readChannel(channel)).delivery.url).toBe(receiver.url)
  })

  it('should let a publisher run the channel: enable, rename, describe, resume, and send back unchanged endpoint values', async () => {
    const publisher = await as.publisher()
    const res = await api(`/api/channels/${channel}`, {
      method: 'PATCH',
      // What the admin form sends back: the stored adapter and URL, the write-only secret empty.
      body: {
        name: '运营改名的渠道',
        enabled: false,
        description: '运营备注',
        utmMedium: 'referral',
        delivery: { adapter: 'webhook', url: receiver.url, secret: '', disabledAt: null },
      },
      auth: publisher,
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await readChannel(channel)).toMatchObject({
      name: '运营改名的渠道',
      enabled: false,
      description: '运营备注',
      utmMedium: 'referral',
      delivery: { url: receiver.url },
    })
    expect(
      (await api(`/api/channels/${channel}`, { method: 'PATCH', body: { enabled: true }, auth: publisher })).status,
    ).toBe(200)
    const weibo = await adminChannel(receiver.url, { kind: 'weibo' })
    const limits = await api(`/api/channels/${weibo}`, {
      method: 'PATCH',
      body: { limits: { bodyMax: 1_000 } },
      auth: publisher,
    })
    expect(limits.status, JSON.stringify(limits.body)).toBe(200)
    expect((await readChannel(weibo)).limits).toEqual({ bodyMax: 1_000 })
  })

  it('should let an admin change the URL and secret', async () => {
    const other = await startReceiver([OTHER_SECRET])
    try {
      const before = await readChannel(channel)
      const res = await api(`/api/channels/${channel}`, {
        method: 'PATCH',
        body: { delivery: { url: other.url, secret: OTHER_SECRET } },
        auth: await as.admin(),
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      const after = await readChannel(channel)
      expect(after.delivery.url).toBe(other.url)
      expect(after.delivery.secretHint).toBe(`whsec_…${OTHER_SECRET.slice(-4)}`)
      expect(after.delivery.secretHint).not.toBe(before.delivery.secretHint)
      expect(after.delivery.secret).toBeUndefined()
    } finally {
      await other.close()
    }
  })

  it('should let only an admin rotate a secret', async () => {
    const path = `/api/channels/${channel}/rotate-secret`
    for (const persona of ['publisher', 'analyst', 'editor'] as const) {
      const res = await api(path, { method: 'POST', body: {}, auth: await as[persona]() })
      expect(res.status, persona).toBe(403)
      expect(codeOf(res.body), persona).toBe('channel-endpoint-forbidden')
    }
    expect((await api(path, { method: 'POST', body: {} })).status).toBe(401)
    const rotated = await api(path, { method: 'POST', body: { graceHours: 1 }, auth: await as.admin() })
    expect(rotated.status, JSON.stringify(rotated.body)).toBe(200)
    expect(rotated.body.secret).toMatch(/^whsec_/)
  })
})

describe('receivers’ response bodies', () => {
  let failing: Receiver
  let gone: Receiver
  let article: number

  beforeAll(async () => {
    failing = await startReceiver([SECRET], { status: 500, body: `<html>${LEAK}</html>` })
    gone = await startReceiver([SECRET], { status: 410, body: LEAK })
    const created = await api('/api/articles', { method: 'POST', body: await articleData(), auth: await as.editor() })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    article = created.body.doc.id
    await publishThroughReview('articles', article)
  })
  afterAll(async () => {
    await failing.close()
    await gone.close()
  })

  const distribute = async (channel: number) => {
    const res = await api('/api/distributions', {
      method: 'POST',
      body: { contentCollection: 'articles', contentId: article, channel, scheduledAt: new Date().toISOString() },
      auth: await as.publisher(),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc.id as number
  }

  it('should show a failed attempt’s response excerpt to publishers and admins, never to analysts', async () => {
    const id = await distribute(await adminChannel(failing.url))
    const seen = await eventually(
      async () => (await api(`/api/distributions/${id}?depth=0`, { auth: await as.publisher() })).body,
      (d) => (d.attempts ?? []).length > 0 && String(d.lastError ?? '').includes(LEAK),
    )
    expect(seen.lastError).toContain(LEAK)
    expect(seen.attempts[0].error).toContain(LEAK)
    expect((await api(`/api/distributions/${id}?depth=0`, { auth: await as.admin() })).body.lastError).toContain(LEAK)

    const analyst = await as.analyst()
    const one = (await api(`/api/distributions/${id}?depth=0`, { auth: analyst })).body
    const listed = (await api(`/api/distributions?where[id][equals]=${id}&depth=0`, { auth: analyst })).body.docs[0]
    for (const doc of [one, listed]) {
      expect(doc.attempts.length).toBeGreaterThan(0)
      expect(doc.attempts[0].httpStatus).toBe(500) // the fact of the failure stays visible
      expect(doc.lastError).toBeUndefined()
      for (const attempt of doc.attempts) expect(attempt.error).toBeUndefined()
      expect(JSON.stringify(doc)).not.toContain('RECEIVER-INTERNAL')
    }
    // Nor can the text be found by querying on it.
    const probe = await api(`/api/distributions?where[lastError][like]=RECEIVER-INTERNAL&depth=0`, { auth: analyst })
    expect(probe.status === 200 ? probe.body.totalDocs : 0, JSON.stringify(probe.body)).toBe(0)
    // …whereas a publisher finds it, so the probe above was a real one.
    expect(
      (await api(`/api/distributions?where[lastError][like]=RECEIVER-INTERNAL&depth=0`, { auth: await as.publisher() }))
        .body.totalDocs,
    ).toBeGreaterThan(0)
    const graphql = await api('/api/graphql', {
      method: 'POST',
      body: { query: `{ Distribution(id: ${id}) { lastError attempts { error httpStatus } } }` },
      auth: analyst,
    })
    expect(JSON.stringify(graphql.body)).not.toContain('RECEIVER-INTERNAL')
  })

  it('should keep a 410 receiver’s reason on the channel from analysts', async () => {
    const channel = await adminChannel(gone.url)
    await distribute(channel)
    const disabled = await eventually(
      async () => (await api(`/api/channels/${channel}?depth=0`, { auth: await as.publisher() })).body,
      (c) => Boolean(c.delivery?.disabledAt),
    )
    expect(disabled.delivery.disabledReason).toContain(LEAK)
    const analystView = (await api(`/api/channels/${channel}?depth=0`, { auth: await as.analyst() })).body
    expect(analystView.delivery.disabledAt).toBeTruthy()
    expect(analystView.delivery.disabledReason).toBeUndefined()
    expect(JSON.stringify(analystView)).not.toContain('RECEIVER-INTERNAL')
  })
})

describe('private receivers off (the default), on a second server', () => {
  let server: RunningServer
  let drop: () => Promise<void>
  let databaseUri: string
  let outboxDir: string
  const tokens = new Map<string, string>()

  const login = async (persona: 'admin' | 'publisher') => {
    const cached = tokens.get(persona)
    if (cached) return cached
    const res = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${persona}@demo.hospital`, password: DEMO_PASSWORD }),
    })
    expect(res.status, await res.clone().text()).toBe(200)
    const token = ((await res.json()) as { token: string }).token
    tokens.set(persona, token)
    return token
  }

  const call = async (method: string, path: string, body?: unknown, persona: 'admin' | 'publisher' = 'admin') => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `JWT ${await login(persona)}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: res.status, body: await res.json() }
  }

  const channelCount = async () => (await call('GET', '/api/channels?limit=0')).body.totalDocs as number

  beforeAll(async () => {
    const database = await createTestDatabase(inject('dbKind'), 'webhooktargets')
    drop = database.drop
    databaseUri = database.uri
    outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-webhooktargets-outbox-'))
    server = await startServerProcess({
      DATABASE_URI: database.uri,
      SEED_DEMO: '1',
      // Left unset (empty), outside production: the default must be off.
      WEBHOOK_ALLOW_PRIVATE: '',
      DELIVERY_CRON: '* * * * * *',
      // Were a refusal retried, the attempts would pile up a second apart.
      DELIVERY_RETRY_SCHEDULE: '0,1s,1s,1s',
      MAINTENANCE_CRON: '0 0 1 1 *',
      PLANNING_CRON: '0 0 1 1 *',
      OUTBOX_DIR: outboxDir,
    })
  })
  afterAll(async () => {
    await server?.stop()
    await drop?.()
    if (outboxDir) fs.rmSync(outboxDir, { recursive: true, force: true })
  })

  const LITERALS = [
    'https://127.0.0.1/hooks',
    'https://127.1/hooks',
    'https://2130706433/hooks',
    'https://0x7f.1/hooks',
    'https://0x7f000001/hooks',
    'https://017700000001/hooks',
    'https://[::1]/hooks',
    'https://[::ffff:127.0.0.1]/hooks',
    'https://[64:ff9b::a9fe:a9fe]/hooks',
    'https://[2002:7f00:1::]/hooks',
    'https://[fd00::1]/hooks',
    'https://169.254.169.254/latest/meta-data/',
    'https://100.100.100.200/',
    'https://10.0.0.1/hooks',
    'https://192.168.1.10/hooks',
    'https://0.0.0.0/hooks',
    'https://localhost/hooks',
    'https://metadata.google.internal/',
    'https://intranet/hooks',
  ]

  it('should refuse every internal literal and name when a channel is saved, on delivery.url', async () => {
    const before = await channelCount()
    for (const url of LITERALS) {
      const res = await call('POST', '/api/channels', channelData({ delivery: { adapter: 'webhook', url } }))
      expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBe(400)
      expect(codeOf(res.body), url).toBe('webhook-target-refused')
      expect(fieldOf(res.body), url).toBe('delivery.url')
    }
    expect(await channelCount()).toBe(before)
  })

  it('should refuse plain http, and accept a public https receiver', async () => {
    const http = await call(
      'POST',
      '/api/channels',
      channelData({ delivery: { adapter: 'webhook', url: 'http://hooks.example.com/cms' } }),
    )
    expect(http.status).toBe(400)
    expect(codeOf(http.body)).toBe('channel-bad-settings')
    expect(fieldOf(http.body)).toBe('delivery.url')
    const ok = await call(
      'POST',
      '/api/channels',
      channelData({ delivery: { adapter: 'webhook', url: 'https://hooks.example.com/cms' } }),
    )
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
  })

  it('should refuse moving a saved channel to an internal address', async () => {
    const created = await call(
      'POST',
      '/api/channels',
      channelData({ delivery: { adapter: 'webhook', url: 'https://hooks.example.com/cms2' } }),
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const res = await call('PATCH', `/api/channels/${id}`, { delivery: { url: 'https://[::ffff:a9fe:a9fe]/latest/' } })
    expect(res.status).toBe(400)
    expect(codeOf(res.body)).toBe('webhook-target-refused')
    expect((await call('GET', `/api/channels/${id}`)).body.delivery.url).toBe('https://hooks.example.com/cms2')
  })

  it('should let a channel whose stored URL predates the rule be disabled and repaired, not moved to another internal address', async () => {
    const created = await call(
      'POST',
      '/api/channels',
      channelData({ delivery: { adapter: 'webhook', url: 'https://hooks.example.com/cms3' } }),
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await rawSql(databaseUri, 'UPDATE channels SET delivery_url = $1 WHERE id = $2', ['https://127.0.0.1/hooks', id])
    const disabled = await call('PATCH', `/api/channels/${id}`, { enabled: false })
    expect(disabled.status, JSON.stringify(disabled.body)).toBe(200)
    const moved = await call('PATCH', `/api/channels/${id}`, {
      delivery: { adapter: 'webhook', url: 'https://127.0.0.2/hooks' },
    })
    expect(moved.status).toBe(400)
    expect(codeOf(moved.body)).toBe('webhook-target-refused')
    const repaired = await call('PATCH', `/api/channels/${id}`, {
      delivery: { adapter: 'webhook', url: 'https://hooks.example.com/repaired' },
    })
    expect(repaired.status, JSON.stringify(repaired.body)).toBe(200)
  })

  it('should fail a delivery to a stored internal address at once, with the stable code, never reaching the receiver', async () => {
    const receiver = await startReceiver([SECRET])
    try {
      const created = await call(
        'POST',
        '/api/channels',
        channelData({
          delivery: { adapter: 'webhook', url: 'https://hooks.example.com/later-internal', secret: SECRET },
        }),
      )
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const channel = created.body.doc.id
      // A URL saved before the rule (or by hand in the database): the deliverer judges it again.
      await rawSql(databaseUri, 'UPDATE channels SET delivery_url = $1 WHERE id = $2', [
        receiver.url.replace('http://', 'https://'),
        channel,
      ])
      const article = (await call('GET', '/api/articles?where[_status][equals]=published&limit=1&depth=0')).body.docs[0]
        .id
      const made = await call(
        'POST',
        '/api/distributions',
        { contentCollection: 'articles', contentId: article, channel, scheduledAt: new Date().toISOString() },
        'publisher',
      )
      expect(made.status, JSON.stringify(made.body)).toBe(201)
      const read = async () =>
        (await call('GET', `/api/distributions/${made.body.doc.id}?depth=0`, undefined, 'publisher')).body
      const settled = await eventually(read, (d) => d.status === 'failed' || d.status === 'delivered')
      expect(settled.status).toBe('failed')
      expect(settled.lastError).toMatch(/^\[webhook-target-refused\] /)
      expect(settled.attempts).toHaveLength(1)
      expect(settled.attempts[0]).toMatchObject({ outcome: 'failed' })
      // Failed on its first attempt, where a retried error would still be `scheduled` (retries 1 s apart).
      expect(receiver.received).toHaveLength(0)
    } finally {
      await receiver.close()
    }
  })
})
