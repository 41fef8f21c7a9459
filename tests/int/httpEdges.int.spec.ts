// The HTTP edges of accounts and sessions (issue #8 item 8): cookie-authenticated writes from
// other sites, multipart bodies to JSON-only endpoints, Payload's job runner and document locks
// closed to API clients, and the security headers.
import { describe, expect, it } from 'vitest'

import { api, as, baseUrl, DEMO_PASSWORD, firstId } from '../helpers/api'

// The code at errors[0].code (before the error envelope: errors[0].data.code; GraphQL: extensions.code).
const codeOf = (body: any): string | undefined =>
  body?.errors?.[0]?.code ?? body?.errors?.[0]?.data?.code ?? body?.errors?.[0]?.extensions?.code

const EVIL = 'https://evil.example'

/** A fresh session for the publisher, as a browser would hold it. */
const browserSession = async () => {
  const res = await api('/api/users/login', {
    method: 'POST',
    body: { email: 'publisher@demo.hospital', password: DEMO_PASSWORD },
  })
  expect(res.status).toBe(200)
  return { token: res.body.token as string, id: res.body.user.id as number }
}

describe('cookie-authenticated mutations', () => {
  it('should refuse a write carrying the session cookie from another origin, by Origin or else Referer, and change nothing', async () => {
    const { token, id } = await browserSession()
    const cookie = `payload-lng=zh; payload-token=${token}`
    const before = (await api(`/api/users/${id}`, { auth: await as.admin() })).body.name
    const foreign: Record<string, string>[] = [
      { origin: EVIL },
      { referer: `${EVIL}/phish?x=1` },
      { origin: 'null' },
      { origin: baseUrl().replace('127.0.0.1', '127.0.0.2') },
    ]
    for (const headers of foreign) {
      const res = await api(`/api/users/${id}`, {
        method: 'PATCH',
        body: { name: '被跨站修改' },
        headers: { cookie, ...headers },
      })
      expect(res.status, JSON.stringify(headers)).toBe(403)
      expect(codeOf(res.body)).toBe('cross-origin-refused')
      expect(res.body.errors[0].message).toMatch(/跨站/)
    }
    const del = await api(`/api/users/${id}`, { method: 'DELETE', headers: { cookie, origin: EVIL } })
    expect(del.status).toBe(403)
    const gql = await api('/api/graphql', {
      method: 'POST',
      body: { query: `mutation { updateUser(id: ${id}, data: { name: "被跨站修改" }) { id } }` },
      headers: { cookie, origin: EVIL },
    })
    expect(gql.status).toBe(403)
    expect((await api(`/api/users/${id}`, { auth: await as.admin() })).body.name).toBe(before)
  })

  it("should accept the same write from the server's own origin, from a non-browser client, and by Authorization header", async () => {
    const { token, id } = await browserSession()
    const cookie = `payload-token=${token}`
    const own = await api(`/api/users/${id}`, {
      method: 'PATCH',
      body: { name: '运营发布' },
      headers: { cookie, origin: baseUrl() },
    })
    expect(own.status, JSON.stringify(own.body)).toBe(200)
    const ownReferer = await api(`/api/users/${id}`, {
      method: 'PATCH',
      body: { name: '运营发布' },
      headers: { cookie, referer: `${baseUrl()}/admin/account` },
    })
    expect(ownReferer.status).toBe(200)
    const noBrowser = await api(`/api/users/${id}`, {
      method: 'PATCH',
      body: { name: '运营发布' },
      headers: { cookie },
    })
    expect(noBrowser.status).toBe(200)
    const byHeader = await api(`/api/users/${id}`, {
      method: 'PATCH',
      body: { name: '运营发布' },
      auth: { token },
      headers: { origin: EVIL },
    })
    expect(byHeader.status).toBe(200)
    // Reads are not mutations.
    const read = await api('/api/users/me', { headers: { cookie, origin: EVIL } })
    expect(read.status).toBe(200)
  })
})

describe('request bodies', () => {
  it('should refuse text, form and untyped bodies to project endpoints with 415', async () => {
    const auth = await as.editor()
    const article = await firstId('articles')
    const cases: [string, string | undefined, string][] = [
      ['/api/compliance/check', 'text/plain', JSON.stringify({ text: '根治高血压', kind: 'article' })],
      ['/api/compliance/check', 'application/x-www-form-urlencoded', 'text=根治&kind=article'],
      [`/api/articles/${article}/workflow/withdraw`, 'text/plain', JSON.stringify({ reason: '测试' })],
    ]
    for (const [path, type, body] of cases) {
      const res = await api(path, { method: 'POST', body, auth, headers: type ? { 'content-type': type } : {} })
      expect(res.status, `${path} ${type}`).toBe(415)
      expect(codeOf(res.body)).toBe('unsupported-media-type')
    }
  })

  it('should refuse multipart bodies to project endpoints with 415', async () => {
    const form = () => {
      const data = new FormData()
      data.set('_payload', JSON.stringify({ rows: [] }))
      return data
    }
    const ingest = await api('/api/channel-metrics/ingest', {
      method: 'POST',
      body: form(),
      auth: await as.metricsClient(),
    })
    expect(ingest.status).toBe(415)
    expect(codeOf(ingest.body)).toBe('unsupported-media-type')
    const article = await firstId('articles')
    const submit = await api(`/api/articles/${article}/workflow/submit`, {
      method: 'POST',
      body: form(),
      auth: await as.editor(),
    })
    expect(submit.status).toBe(415)
    const check = await api('/api/compliance/check', { method: 'POST', body: form(), auth: await as.editor() })
    expect(check.status).toBe(415)
  })

  it("should keep Payload's own multipart create, update and sign-in and the admin's POST-as-GET list queries working", async () => {
    const auth = await as.admin()
    const data = new FormData()
    data.set('_payload', JSON.stringify({ name: '表单创建的科室', code: `form-${Date.now()}` }))
    const created = await api('/api/departments', { method: 'POST', body: data, auth })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const updateForm = new FormData()
    updateForm.set('_payload', JSON.stringify({ name: '表单修改的科室' }))
    const updated = await api(`/api/departments/${created.body.doc.id}`, { method: 'PATCH', body: updateForm, auth })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    const listed = await api('/api/departments', {
      method: 'POST',
      body: `where[id][equals]=${created.body.doc.id}`,
      auth,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' },
    })
    expect(listed.status).toBe(200)
    expect(listed.body.docs[0].name).toBe('表单修改的科室')
    // The admin's sign-in form posts multipart too.
    const signIn = new FormData()
    signIn.set('_payload', JSON.stringify({ email: 'analyst@demo.hospital', password: DEMO_PASSWORD }))
    const login = await api('/api/users/login', { method: 'POST', body: signIn })
    expect(login.status, JSON.stringify(login.body)).toBe(200)
    expect(login.body.token).toEqual(expect.any(String))
    const json = await api('/api/compliance/check', {
      method: 'POST',
      body: { text: '多喝水。', kind: 'article' },
      auth: await as.editor(),
    })
    expect(json.status).not.toBe(415)
  })
})

describe("Payload's job runner and document locks", () => {
  it('should run jobs over HTTP for admins only', async () => {
    for (const persona of ['anonymous', 'apiClient', 'metricsClient', 'editor', 'publisher', 'analyst'] as const) {
      const res = await api('/api/payload-jobs/run?queue=http-edges-empty', { auth: await as[persona]() })
      expect(res.status, persona).toBe(401)
    }
    const run = await api('/api/payload-jobs/run?queue=http-edges-empty', { auth: await as.admin() })
    expect(run.status, JSON.stringify(run.body)).toBe(200)
    // No Payload task has a schedule (node-cron runs ours), so the route does not exist — where
    // Payload itself would answer an admin with a 500.
    for (const persona of ['anonymous', 'apiClient', 'admin'] as const) {
      const schedules = await api('/api/payload-jobs/handle-schedules?queue=http-edges-empty', {
        auth: await as[persona](),
      })
      expect(schedules.status, persona).toBe(404)
      expect(schedules.body.errors[0].code).toBe('route-not-found')
    }
  })

  it('should keep document locks from API clients and anonymous readers, over REST and GraphQL, but not from staff', async () => {
    for (const persona of ['anonymous', 'apiClient', 'metricsClient'] as const) {
      const auth = await as[persona]()
      const list = await api('/api/payload-locked-documents', { auth })
      expect(list.status, persona).toBe(403)
      const create = await api('/api/payload-locked-documents', {
        method: 'POST',
        body: { globalSlug: 'x', user: { relationTo: 'users', value: 1 } },
        auth,
      })
      expect(create.status, persona).toBe(403)
      const gql = await api('/api/graphql', {
        method: 'POST',
        body: { query: '{ PayloadLockedDocuments { docs { id } } }' },
        auth,
      })
      expect(gql.body.errors?.length, `${persona}: ${JSON.stringify(gql.body)}`).toBeGreaterThan(0)
      expect(gql.body.data?.PayloadLockedDocuments ?? null).toBeNull()
    }
    for (const persona of ['editor', 'admin'] as const) {
      const list = await api('/api/payload-locked-documents', { auth: await as[persona]() })
      expect(list.status, persona).toBe(200)
    }
  })
})

describe('security headers', () => {
  it('should send nosniff and the referrer policy on every response', async () => {
    for (const path of ['/healthz', '/api/articles?limit=1', '/api/no-such-route', '/admin']) {
      const res = await fetch(`${baseUrl()}${path}`)
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
    }
  })

  it('should forbid framing the admin', async () => {
    for (const path of ['/admin', '/admin/collections/articles']) {
      const res = await fetch(`${baseUrl()}${path}`)
      expect(res.headers.get('x-frame-options'), path).toBe('DENY')
      expect(res.headers.get('content-security-policy'), path).toBe("frame-ancestors 'none'")
    }
  })

  it('should not mark the session cookie Secure over plain HTTP (see accounts.int.spec.ts for HTTPS)', async () => {
    const res = await fetch(`${baseUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'analyst@demo.hospital', password: DEMO_PASSWORD }),
    })
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).not.toMatch(/;\s*Secure/i)
  })
})
