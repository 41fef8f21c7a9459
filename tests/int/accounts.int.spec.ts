// Accounts and sessions (issue #8 item 8): password rules on every way a password is set, API keys
// only from admins (scoped, expiring, listed, never shown), deactivated accounts locked out of
// sign-in, sessions and keys, one answer for wrong and locked sign-ins, and the per-address
// sign-in limit (on a server of its own with a low limit).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inject } from 'vitest'

import { DEMO_API_KEY, DEMO_PASSWORD, api, as, type Auth } from '../helpers/api'
import { rawSql } from '../../scripts/lib/rawSql'
import { type RunningServer, startServerProcess } from '../../scripts/lib/serverProcess'
import { createTestDatabase, type TestDatabase } from '../../scripts/lib/testDatabase'

// The error envelope puts the code at errors[0].code (before it moved there: errors[0].data.code;
// on the GraphQL route at errors[0].extensions.code).
const codeOf = (body: any): string | undefined =>
  body?.errors?.[0]?.code ?? body?.errors?.[0]?.data?.code ?? body?.errors?.[0]?.extensions?.code
const fieldOf = (body: any): string | undefined =>
  body?.errors?.[0]?.field ?? body?.errors?.[0]?.data?.errors?.[0]?.field ?? body?.errors?.[0]?.data?.errors?.[0]?.path
const gqlCodeOf = (error: any): string | undefined => error?.extensions?.code ?? error?.extensions?.data?.code

let counter = 0
const uniqueEmail = (label: string) => `${label}-${Date.now().toString(36)}-${++counter}@accounts.test`
const STRONG = 'harbour-lantern-violet-42'
const ANOTHER_STRONG = 'quiet-copper-meadow-97'

const createUser = async (data: Record<string, unknown>) => {
  const res = await api('/api/users', {
    method: 'POST',
    body: { name: '账号测试', roles: ['editor'], password: STRONG, ...data },
    auth: await as.admin(),
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number; email: string }
}

const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  api('/api/users/login', { method: 'POST', body: { email, password }, headers })

const countByEmail = async (email: string) =>
  (await api(`/api/users?where[email][equals]=${encodeURIComponent(email)}&limit=1`, { auth: await as.admin() })).body
    .totalDocs

const me = (auth: Auth) => api('/api/users/me', { auth })

// Wrong-password answers are compared with this account's, so no demo account collects failures.
let decoy: { email: string }
beforeAll(async () => {
  decoy = await createUser({ email: uniqueEmail('decoy') })
})
const wrongPassword = () => signIn(decoy.email, 'not-the-password-at-all')

describe('passwords', () => {
  it('should refuse a short password on create with 400 on the password field, and write nothing', async () => {
    const email = uniqueEmail('short')
    const res = await api('/api/users', {
      method: 'POST',
      body: { email, name: '短密码', roles: ['editor'], password: 'x7#Qp!2vLm9' },
      auth: await as.admin(),
    })
    expect(res.status).toBe(400)
    expect(codeOf(res.body)).toBe('password-too-short')
    expect(fieldOf(res.body)).toBe('password')
    expect(res.body.errors[0].message).toContain('12')
    expect(await countByEmail(email)).toBe(0)
  })

  it('should refuse common passwords and one made of the account e-mail, in Chinese by default and English on request', async () => {
    const email = uniqueEmail('common')
    for (const password of ['password1234', 'qwertyuiop123', '123456789012', 'test-password', email]) {
      const res = await api('/api/users', {
        method: 'POST',
        body: { email, name: '常见密码', roles: ['editor'], password },
        auth: await as.admin(),
      })
      expect(res.status, password).toBe(400)
      expect(codeOf(res.body), password).toBe('password-too-common')
      expect(fieldOf(res.body)).toBe('password')
      expect(res.body.errors[0].message).toMatch(/密码过于常见/)
    }
    const english = await api('/api/users', {
      method: 'POST',
      body: { email, name: '常见密码', roles: ['editor'], password: 'password1234' },
      auth: await as.admin(),
      headers: { 'accept-language': 'en' },
    })
    expect(english.body.errors[0].message).toMatch(/too common/)
    expect(await countByEmail(email)).toBe(0)
  })

  it('should refuse a weak new password on update (REST and GraphQL) and keep the old one working', async () => {
    const user = await createUser({ email: uniqueEmail('change') })
    const auth = { token: (await signIn(user.email, STRONG)).body.token as string }
    const weak = await api(`/api/users/${user.id}`, { method: 'PATCH', body: { password: 'letmein12345' }, auth })
    expect(weak.status).toBe(400)
    expect(codeOf(weak.body)).toBe('password-too-common')
    expect(fieldOf(weak.body)).toBe('password')
    const short = await api(`/api/users/${user.id}`, { method: 'PATCH', body: { password: 'abc' }, auth })
    expect(codeOf(short.body)).toBe('password-too-short')

    const graphql = await api('/api/graphql', {
      method: 'POST',
      body: { query: `mutation { updateUser(id: ${user.id}, data: { password: "iloveyou1234" }) { id } }` },
      auth,
    })
    expect(graphql.body.errors?.[0]?.message).toMatch(/密码过于常见/)
    expect(gqlCodeOf(graphql.body.errors?.[0])).toBe('password-too-common')

    expect((await signIn(user.email, STRONG)).status).toBe(200)
    expect((await signIn(user.email, 'letmein12345')).status).toBe(401)

    const good = await api(`/api/users/${user.id}`, { method: 'PATCH', body: { password: ANOTHER_STRONG }, auth })
    expect(good.status, JSON.stringify(good.body)).toBe(200)
    expect((await signIn(user.email, ANOTHER_STRONG)).status).toBe(200)
  })

  it('should refuse a weak password through the reset-password link', async () => {
    const user = await createUser({ email: uniqueEmail('reset') })
    expect((await api('/api/users/forgot-password', { method: 'POST', body: { email: user.email } })).status).toBe(200)
    const [row] = await rawSql(
      inject('databaseUri'),
      'SELECT reset_password_token AS token FROM users WHERE email = $1',
      [user.email],
    )
    const token = String(row?.token)
    const weak = await api('/api/users/reset-password', { method: 'POST', body: { token, password: '111111111111' } })
    expect(weak.status).toBe(400)
    expect(codeOf(weak.body)).toBe('password-too-common')
    expect((await signIn(user.email, STRONG)).status).toBe(200)
    const good = await api('/api/users/reset-password', { method: 'POST', body: { token, password: ANOTHER_STRONG } })
    expect(good.status, JSON.stringify(good.body)).toBe(200)
    expect((await signIn(user.email, ANOTHER_STRONG)).status).toBe(200)
  })

  it('should accept the demo accounts password the suite signs in with', async () => {
    expect((await signIn('editor@demo.hospital', DEMO_PASSWORD)).status).toBe(200)
  })
})

describe('API keys', () => {
  it('should refuse a staff member giving themselves a key (REST and GraphQL), and the key should authenticate nobody', async () => {
    const user = await createUser({ email: uniqueEmail('selfkey') })
    const auth = { token: (await signIn(user.email, STRONG)).body.token as string }
    const ownKey = `self-issued-${Date.now()}`

    const both = await api(`/api/users/${user.id}`, {
      method: 'PATCH',
      body: { enableAPIKey: true, apiKey: ownKey },
      auth,
    })
    expect(both.status).toBe(403)
    expect(codeOf(both.body)).toBe('api-key-admin-only')
    const keyOnly = await api(`/api/users/${user.id}`, { method: 'PATCH', body: { apiKey: ownKey }, auth })
    expect(keyOnly.status).toBe(403)
    const enableOnly = await api(`/api/users/${user.id}`, { method: 'PATCH', body: { enableAPIKey: true }, auth })
    expect(enableOnly.status).toBe(403)
    const graphql = await api('/api/graphql', {
      method: 'POST',
      body: {
        query: `mutation { updateUser(id: ${user.id}, data: { enableAPIKey: true, apiKey: "${ownKey}" }) { id } }`,
      },
      auth,
    })
    expect(gqlCodeOf(graphql.body.errors?.[0])).toBe('api-key-admin-only')

    expect((await me({ apiKey: ownKey })).body.user ?? null).toBeNull()
    // Editing their own name still works.
    const rename = await api(`/api/users/${user.id}`, { method: 'PATCH', body: { name: '改名成功' }, auth })
    expect(rename.status, JSON.stringify(rename.body)).toBe(200)
  })

  it('should let an admin issue a scoped, expiring key, list it without the key, and stop it at its expiry', async () => {
    const key = `issued-key-${Date.now()}-${Math.random().toString(36).slice(2)}`
    const expiresAt = new Date(Date.now() + 24 * 3600 * 1000).toISOString()
    const client = await createUser({
      email: uniqueEmail('client'),
      roles: ['api-client'],
      apiScopes: ['metrics-write'],
      apiKeyExpiresAt: expiresAt,
      enableAPIKey: true,
      apiKey: key,
    })
    const who = await me({ apiKey: key })
    expect(who.body.user?.id).toBe(client.id)

    const listed = await api('/api/users/api-keys', { auth: await as.admin() })
    expect(listed.status).toBe(200)
    const entry = listed.body.docs.find((doc: any) => doc.id === client.id)
    expect(entry).toMatchObject({
      email: client.email,
      roles: ['api-client'],
      scopes: ['metrics-write'],
      expired: false,
      enabled: true,
      deactivated: false,
    })
    expect(new Date(entry.expiresAt).toISOString()).toBe(expiresAt)
    expect(listed.body.docs.some((doc: any) => doc.email === 'website@demo.hospital' && doc.enabled)).toBe(true)
    const text = JSON.stringify(listed.body)
    expect(text).not.toContain(key)
    expect(text).not.toContain(DEMO_API_KEY)
    expect(text).not.toMatch(/apiKey"|apiKeyIndex/)

    // Past its expiry the key opens nothing, not even public reads.
    const lapse = await api(`/api/users/${client.id}`, {
      method: 'PATCH',
      body: { apiKeyExpiresAt: new Date(Date.now() - 60_000).toISOString() },
      auth: await as.admin(),
    })
    expect(lapse.status, JSON.stringify(lapse.body)).toBe(200)
    for (const path of ['/api/users/me', '/api/articles?limit=1']) {
      const res = await api(path, { auth: { apiKey: key } })
      expect(res.status, path).toBe(401)
      expect(codeOf(res.body)).toBe('api-key-expired')
      expect(res.body.errors[0].message).toMatch(/过期/)
    }
    const ingest = await api('/api/channel-metrics/ingest', {
      method: 'POST',
      body: { rows: [] },
      auth: { apiKey: key },
    })
    expect(ingest.status).toBe(401)
    const gql = await api('/api/graphql', {
      method: 'POST',
      body: { query: '{ meUser { user { id } } }' },
      auth: { apiKey: key },
    })
    expect(gql.status).toBe(401)
    expect(codeOf(gql.body)).toBe('api-key-expired')
    const relisted = await api('/api/users/api-keys', { auth: await as.admin() })
    expect(relisted.body.docs.find((doc: any) => doc.id === client.id)).toMatchObject({ expired: true, enabled: false })
  })

  it('should list keys for admins only', async () => {
    for (const persona of ['editor', 'publisher', 'apiClient', 'metricsClient', 'anonymous'] as const) {
      const res = await api('/api/users/api-keys', { auth: await as[persona]() })
      expect(res.status, persona).toBe(403)
      expect(codeOf(res.body), persona).toBe('api-keys-forbidden')
    }
  })
})

describe('deactivated accounts', () => {
  it('should end their sessions and keys at once, refuse their sign-in like a wrong password, and keep old sessions dead after reactivation', async () => {
    const person = await createUser({ email: uniqueEmail('leaver') })
    const key = `leaver-key-${Date.now()}-${Math.random().toString(36).slice(2)}`
    const client = await createUser({
      email: uniqueEmail('leaver-client'),
      roles: ['api-client'],
      enableAPIKey: true,
      apiKey: key,
    })
    const token = (await signIn(person.email, STRONG)).body.token as string
    expect((await me({ token })).body.user?.id).toBe(person.id)
    expect((await me({ apiKey: key })).body.user?.id).toBe(client.id)

    for (const id of [person.id, client.id]) {
      const res = await api(`/api/users/${id}`, {
        method: 'PATCH',
        body: { deactivated: true },
        auth: await as.admin(),
      })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
    }

    // Deactivating ended the session: the token now identifies nobody, by header or cookie.
    expect((await me({ token })).body.user ?? null).toBeNull()
    expect((await api('/api/users/me', { headers: { cookie: `payload-token=${token}` } })).body.user ?? null).toBeNull()
    const write = await api(`/api/users/${person.id}`, {
      method: 'PATCH',
      body: { name: '停用后改名' },
      auth: { token },
    })
    expect(write.status).toBe(403)
    const byKey = await api('/api/articles?limit=1', { auth: { apiKey: key } })
    expect(byKey.status).toBe(401)
    expect(codeOf(byKey.body)).toBe('account-deactivated')

    const refused = await signIn(person.email, STRONG)
    const wrong = await wrongPassword()
    expect(refused.status).toBe(401)
    expect(refused.body).toEqual(wrong.body)
    expect(refused.body.token).toBeUndefined()

    await api(`/api/users/${person.id}`, { method: 'PATCH', body: { deactivated: false }, auth: await as.admin() })
    // The old session was ended, not merely suspended.
    expect((await me({ token })).body.user ?? null).toBeNull()
    expect((await signIn(person.email, STRONG)).status).toBe(200)
  })

  it('should refuse a live session of an account deactivated behind the API (in the database) with 401', async () => {
    const person = await createUser({ email: uniqueEmail('db-deactivated') })
    const token = (await signIn(person.email, STRONG)).body.token as string
    await rawSql(inject('databaseUri'), 'UPDATE users SET deactivated = TRUE WHERE id = $1', [person.id])
    for (const res of [
      await me({ token }),
      await api('/api/users/me', { headers: { cookie: `payload-token=${token}` } }),
    ]) {
      expect(res.status).toBe(401)
      expect(codeOf(res.body)).toBe('account-deactivated')
      expect(res.body.errors[0].message).toMatch(/已停用/)
    }
    const gql = await api('/api/graphql', {
      method: 'POST',
      body: { query: '{ meUser { user { id } } }' },
      auth: { token },
    })
    expect(gql.status).toBe(401)
    expect(codeOf(gql.body)).toBe('account-deactivated')
  })

  it('should not let anyone but an admin deactivate or reactivate an account', async () => {
    const user = await createUser({ email: uniqueEmail('self-deactivate'), deactivated: true })
    const asOther = await api(`/api/users/${user.id}`, {
      method: 'PATCH',
      body: { deactivated: false },
      auth: await as.editor(),
    })
    expect(asOther.status).toBe(403)
    const after = await api(`/api/users/${user.id}`, { auth: await as.admin() })
    expect(after.body.deactivated).toBe(true)
  })
})

describe('sign-in answers', () => {
  it('should answer a locked account exactly as a wrong password or an unknown e-mail, and let only admins unlock', async () => {
    const user = await createUser({ email: uniqueEmail('locked') })
    // maxLoginAttempts is 10: the tenth failure locks the account.
    for (let i = 0; i < 10; i++) expect((await signIn(user.email, `wrong-guess-number-${i}`)).status).toBe(401)
    const lockedRight = await signIn(user.email, STRONG)
    const lockedWrong = await signIn(user.email, 'yet-another-wrong-guess')
    const wrong = await wrongPassword()
    const unknown = await signIn(uniqueEmail('nobody'), 'not-the-password-at-all')
    for (const res of [lockedRight, lockedWrong, wrong, unknown]) {
      expect(res.status).toBe(401)
      expect(res.body).toEqual(wrong.body)
      expect(codeOf(res.body)).toBe(codeOf(wrong.body))
    }
    expect(JSON.stringify(lockedRight.body)).not.toMatch(/锁定|locked/i)

    // GraphQL answers the same.
    const gqlLocked = await api('/api/graphql', {
      method: 'POST',
      body: { query: `mutation { loginUser(email: "${user.email}", password: "${STRONG}") { token } }` },
    })
    const gqlWrong = await api('/api/graphql', {
      method: 'POST',
      body: { query: `mutation { loginUser(email: "${decoy.email}", password: "not-the-password-at-all") { token } }` },
    })
    expect(gqlLocked.body.errors?.[0]?.message).toBe(gqlWrong.body.errors?.[0]?.message)
    expect(gqlCodeOf(gqlLocked.body.errors?.[0])).toBe(gqlCodeOf(gqlWrong.body.errors?.[0]))

    const byEditor = await api('/api/users/unlock', {
      method: 'POST',
      body: { email: user.email },
      auth: await as.editor(),
    })
    expect(byEditor.status).toBe(403)
    expect((await signIn(user.email, STRONG)).status).toBe(401)
    const byAdmin = await api('/api/users/unlock', {
      method: 'POST',
      body: { email: user.email },
      auth: await as.admin(),
    })
    expect(byAdmin.status, JSON.stringify(byAdmin.body)).toBe(200)
    expect((await signIn(user.email, STRONG)).status).toBe(200)
  })
})

describe('a server with a sign-in limit of 3 per address, HTTPS cookies and an allowed origin', () => {
  let server: RunningServer
  let database: TestDatabase
  const ALLOWED = 'https://www.demo.hospital'
  const admin = { email: 'first@limit.test', password: STRONG }
  const call = async (
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const response = await fetch(`${server.url}${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const text = await response.text()
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined }
  }
  const from = (address: string) => ({ 'x-forwarded-for': address })
  const login = (address: string, password: string) =>
    call('/api/users/login', { method: 'POST', body: { email: admin.email, password }, headers: from(address) })
  const gqlLogin = (address: string, password: string) =>
    call('/api/graphql', {
      method: 'POST',
      body: { query: `mutation { loginUser(email: "${admin.email}", password: "${password}") { token } }` },
      headers: from(address),
    })

  beforeAll(async () => {
    database = await createTestDatabase('sqlite', 'accounts')
    server = await startServerProcess({
      DATABASE_URI: database.uri,
      SEED_DEMO: '0',
      SCHEDULER: 'off',
      TRUST_PROXY: 'loopback',
      LOGIN_RATE_LIMIT: '3',
      LOGIN_RATE_WINDOW_MINUTES: '15',
      COOKIE_SECURE: '1',
      CORS_ORIGINS: ALLOWED,
    })
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
  })

  it('should hold the first registered user to the password rules, and mark its cookie Secure', async () => {
    const weak = await call('/api/users/first-register', {
      method: 'POST',
      body: { ...admin, password: 'password1234', name: '首位管理员', roles: ['admin'] },
    })
    expect(weak.status).toBe(400)
    expect(codeOf(weak.body)).toBe('password-too-common')
    const first = await call('/api/users/first-register', {
      method: 'POST',
      body: { ...admin, name: '首位管理员', roles: ['admin'] },
    })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    const cookie = first.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/HttpOnly/i)
  })

  it('should answer the fourth failed sign-in from one address with 429, even with the right password, while other addresses go on', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await login('203.0.113.5', `wrong-guess-number-${i}`)
      expect(res.status).toBe(401)
    }
    const limited = await login('203.0.113.5', admin.password)
    expect(limited.status).toBe(429)
    expect(codeOf(limited.body)).toBe('login-rate-limited')
    expect(limited.body.errors[0].message).toMatch(/分钟后再试/)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)

    const elsewhere = await login('203.0.113.6', admin.password)
    expect(elsewhere.status).toBe(200)
  })

  it('should not count successful sign-ins', async () => {
    for (let i = 0; i < 5; i++) expect((await login('203.0.113.8', admin.password)).status).toBe(200)
  })

  it('should count GraphQL sign-ins against the same limit, and refuse several in one request', async () => {
    const batch = await call('/api/graphql', {
      method: 'POST',
      body: {
        query: `mutation { a: loginUser(email: "${admin.email}", password: "x") { token } b: loginUser(email: "${admin.email}", password: "y") { token } }`,
      },
      headers: from('203.0.113.7'),
    })
    expect(batch.status).toBe(400)
    expect(codeOf(batch.body)).toBe('graphql-login-batch')
    for (let i = 0; i < 2; i++) expect((await gqlLogin('203.0.113.7', `wrong-guess-number-${i}`)).status).toBe(200)
    // REST and GraphQL share one count per address: the third failure, then the limit.
    expect((await login('203.0.113.7', 'wrong-guess-number-2')).status).toBe(401)
    const limited = await gqlLogin('203.0.113.7', admin.password)
    expect(limited.status).toBe(429)
    expect(codeOf(limited.body)).toBe('login-rate-limited')
  })

  it('should accept cookie-authenticated writes from an origin in CORS_ORIGINS and refuse others', async () => {
    const token = (await login('203.0.113.9', admin.password)).body.token as string
    const id = (await call('/api/users/me', { headers: { authorization: `JWT ${token}` } })).body.user.id
    const headers = (origin: string) => ({ cookie: `payload-token=${token}`, origin })
    const allowed = await call(`/api/users/${id}`, {
      method: 'PATCH',
      body: { name: '允许的来源' },
      headers: headers(ALLOWED),
    })
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(200)
    const refused = await call(`/api/users/${id}`, {
      method: 'PATCH',
      body: { name: '别的来源' },
      headers: headers('https://evil.example'),
    })
    expect(refused.status).toBe(403)
    expect(codeOf(refused.body)).toBe('cross-origin-refused')
  })
})
