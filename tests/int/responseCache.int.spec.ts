// The public response cache (src/public/payload/responseCache.ts) over real HTTP: validators and
// compression, who is answered from memory, and that no change — publish, edit, withdrawal,
// consent revocation or lapse, reference data, media, author credentials, another instance's
// write — is ever served stale.
import http from 'node:http'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { articleData, consentData, storyData, taxonomyData } from '../factories/content'
import { api, as, baseUrl } from '../helpers/api'
import { smallPng, uploadForm } from '../helpers/images'
import { approveThroughReview, publishThroughReview } from '../helpers/review'
import { type RunningServer, startServerProcess } from '../../scripts/lib/serverProcess'

type Raw = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

/** One request without any automatic decompression (fetch would undo the encoding). */
const raw = (
  path: string,
  headers: Record<string, string> = {},
  base = baseUrl(),
  method = 'GET',
  body?: string,
): Promise<Raw> =>
  new Promise((resolve, reject) => {
    const request = http.request(
      new URL(path, base),
      { method, headers: { 'accept-encoding': 'identity', ...headers } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
        res.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(body)
  })

const json = (res: Raw) => JSON.parse(res.body.toString('utf8'))

/**
 * Reads until a response is served from memory, proving the entry is there before a change. The
 * suite's server runs its scheduler every second, and any commit (a job's row included) starts a
 * new epoch on SQLite, so a read may need another try to find its entry.
 */
const cachedBy = async (read: () => Promise<Raw>, label: string): Promise<Raw> => {
  // Any write anywhere (a scheduler tick queuing its jobs, say) empties the cache on every
  // instance, so a read may miss again: keep asking, a little apart, for up to ten seconds.
  for (let attempt = 0; attempt < 50; attempt++) {
    const res = await read()
    if (res.headers['x-cache'] === 'hit') return res
    await new Promise((resolve) => setTimeout(resolve, attempt < 10 ? 20 : 200))
  }
  throw new Error(`${label} was never answered from the cache`)
}

const cached = (path: string, headers: Record<string, string> = {}, base = baseUrl()): Promise<Raw> =>
  cachedBy(() => raw(path, headers, base), path)

const graphql = (query: string, headers: Record<string, string> = {}, base = baseUrl()) =>
  raw('/api/graphql', { 'content-type': 'application/json', ...headers }, base, 'POST', JSON.stringify({ query }))

const staffHeaders = async () => ({ authorization: `JWT ${(await as.editor()).token}` })
const keyHeaders = (key: string) => ({ authorization: `users API-Key ${key}` })

const publishedArticle = async (overrides: Record<string, unknown> = {}) => {
  const created = await api('/api/articles', {
    method: 'POST',
    body: await articleData(overrides),
    auth: await as.editor(),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  await publishThroughReview('articles', created.body.doc.id)
  return created.body.doc.id as number
}

describe('validators and compression', () => {
  it('should answer a repeated read from memory with a strong ETag, and a matching If-None-Match with 304', async () => {
    const path = '/api/articles?limit=10&sort=-publishedAt&depth=0'
    const first = await raw(path)
    expect(first.status).toBe(200)
    expect(['miss', 'hit']).toContain(first.headers['x-cache'])
    const etag = first.headers.etag!
    expect(etag).toMatch(/^"sha256-[A-Za-z0-9_-]{43}"$/)
    expect(first.headers['cache-control']).toBe('no-cache')
    expect(first.headers.vary).toMatch(/Accept-Encoding/)
    expect(first.headers.vary).toMatch(/Accept-Language/)

    const hit = await cached(path)
    expect(hit.headers.etag).toBe(etag)
    expect(hit.body.equals(first.body)).toBe(true)

    const notModified = await raw(path, { 'if-none-match': etag })
    expect(notModified.status).toBe(304)
    expect(notModified.body.length).toBe(0)
    expect(notModified.headers.etag).toBe(etag)
    // Another body's tag, or a weak form of ours from a different representation, is judged by content.
    expect((await raw(path, { 'if-none-match': '"sha256-somethingelse"' })).status).toBe(200)
    expect((await raw(path, { 'if-none-match': `W/${etag.replace(/"$/, '-gz"')}` })).status).toBe(304)
  })

  it('should send brotli and gzip that decode to the same JSON, each with its own ETag', async () => {
    const path = '/api/articles?limit=10'
    const plain = await raw(path)
    expect(plain.headers['content-encoding']).toBeUndefined()
    const br = await raw(path, { 'accept-encoding': 'gzip, br' })
    const gz = await raw(path, { 'accept-encoding': 'gzip' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(br.body.length).toBeLessThan(plain.body.length / 3)
    expect(JSON.parse(zlib.brotliDecompressSync(br.body).toString('utf8'))).toEqual(json(plain))
    expect(JSON.parse(zlib.gunzipSync(gz.body).toString('utf8'))).toEqual(json(plain))
    expect(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size).toBe(3)
    expect(Number(br.headers['content-length'])).toBe(br.body.length)
    // A client refusing brotli gets gzip; one accepting nothing compressed gets the plain bytes.
    expect((await raw(path, { 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip')
    expect((await raw(path, { 'accept-encoding': 'identity' })).body.equals(plain.body)).toBe(true)
  })

  it('should cache GraphQL queries of public collections by their body, and nothing else', async () => {
    const query = '{ Articles(limit: 3, sort: "-publishedAt") { totalDocs docs { id title } } }'
    const hit = await cachedBy(() => graphql(query), query)
    expect(json(hit).data.Articles.docs.length).toBe(3)
    expect((await graphql('{ Articles(limit: 2) { totalDocs } }')).headers['x-cache']).not.toBe('hit')
    for (const other of [
      '{ meUser { user { id } } }',
      'mutation { logoutUser }',
      '{ Articles(draft: true) { totalDocs } }',
      '{ Consents { totalDocs } }',
    ]) {
      const res = await graphql(other)
      expect(res.headers['x-cache'], other).toBe('bypass')
    }
  })
})

describe('who is answered from memory', () => {
  it('should pass staff sessions straight through, private and never stored', async () => {
    const path = '/api/articles?limit=5&depth=0'
    await cached(path)
    for (const headers of [await staffHeaders(), { cookie: `payload-token=${(await as.editor()).token}` }]) {
      const res = await raw(path, headers)
      expect(res.status).toBe(200)
      expect(res.headers['x-cache']).toBe('bypass')
      expect(res.headers['cache-control']).toBe('private, no-store')
    }
    const gql = await graphql(
      '{ Articles(limit: 3, sort: "-publishedAt") { totalDocs docs { id title } } }',
      await staffHeaders(),
    )
    expect(gql.headers['x-cache']).toBe('bypass')
    expect(gql.headers['cache-control']).toBe('private, no-store')
  })

  it('should never cache drafts: a staff read of a draft is private, an anonymous draft=true read passes through', async () => {
    const created = await api('/api/articles', {
      method: 'POST',
      body: await articleData({ title: '草稿不入缓存' }),
      auth: await as.editor(),
    })
    const id = created.body.doc.id
    const asStaff = await raw(`/api/articles/${id}?draft=true`, await staffHeaders())
    expect(asStaff.status).toBe(200)
    expect(asStaff.headers['cache-control']).toBe('private, no-store')
    for (let i = 0; i < 2; i++) {
      const anonymous = await raw(`/api/articles/${id}?draft=true`)
      expect(anonymous.status).toBe(404)
      expect(anonymous.headers['x-cache']).toBe('bypass')
    }
    expect((await raw(`/api/articles?draft=true&limit=1`)).headers['x-cache']).toBe('bypass')
  })

  it('should cache a plain API client apart from anonymous readers, and refuse its key at once when deactivated', async () => {
    const key = `cache-client-${Date.now()}-${Math.random().toString(36).slice(2)}`
    const client = await api('/api/users', {
      method: 'POST',
      body: {
        email: `cache-client-${Date.now()}@cache.test`,
        name: '缓存测试客户端',
        roles: ['api-client'],
        password: 'harbour-lantern-violet-42',
        enableAPIKey: true,
        apiKey: key,
      },
      auth: await as.admin(),
    })
    expect(client.status, JSON.stringify(client.body)).toBe(201)
    const path = '/api/departments?limit=3'
    await cached(path)
    // Its own entry: the anonymous one just stored does not answer it.
    const first = await raw(path, keyHeaders(key))
    expect(first.headers['x-cache']).toBe('miss')
    const hit = await cached(path, keyHeaders(key))
    expect(hit.headers['cache-control']).toBe('private, no-cache')
    expect(json(hit)).toEqual(json(await raw(path)))

    const off = await api(`/api/users/${client.body.doc.id}`, {
      method: 'PATCH',
      body: { deactivated: true },
      auth: await as.admin(),
    })
    expect(off.status, JSON.stringify(off.body)).toBe(200)
    const refused = await raw(path, keyHeaders(key))
    expect(refused.status).toBe(401)
    expect(json(refused).errors[0].code).toBe('account-deactivated')
    expect(refused.headers['cache-control']).toBe('private, no-store')
  })

  it('should pass through keys with more than public reach and sessions with any key', async () => {
    const key = `cache-scoped-${Date.now()}`
    const editorWithKey = await api('/api/users', {
      method: 'POST',
      body: {
        email: `cache-staff-key-${Date.now()}@cache.test`,
        name: '带密钥的编辑',
        roles: ['editor'],
        password: 'harbour-lantern-violet-42',
        enableAPIKey: true,
        apiKey: key,
      },
      auth: await as.admin(),
    })
    expect(editorWithKey.status, JSON.stringify(editorWithKey.body)).toBe(201)
    const res = await raw('/api/articles?limit=1', keyHeaders(key))
    expect(res.status).toBe(200)
    expect(res.headers['x-cache']).toBe('bypass')
    expect(res.headers['cache-control']).toBe('private, no-store')
  })
})

describe('invalidation at once on every kind of change', () => {
  it('should show a publication, an edit published again and a withdrawal on the next read', async () => {
    const count = '/api/articles/count'
    const before = json(await cached(count)).totalDocs
    const id = await publishedArticle({ title: '缓存失效：首次发布' })
    const afterPublish = await raw(count)
    expect(afterPublish.headers['x-cache']).toBe('miss')
    expect(json(afterPublish).totalDocs).toBe(before + 1)

    const one = `/api/articles/${id}?depth=0`
    expect(json(await cached(one)).title).toBe('缓存失效：首次发布')
    // An edit is a draft: readers keep the signed version until it is published again.
    const edited = await api(`/api/articles/${id}`, {
      method: 'PATCH',
      body: { title: '缓存失效：修改后再发布' },
      auth: await as.editor(),
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(json(await cached(one)).title).toBe('缓存失效：首次发布')
    const versionHash = await approveThroughReview('articles', id)
    expect(json(await cached(one)).title).toBe('缓存失效：首次发布')
    const republished = await api(`/api/articles/${id}/workflow/publish`, {
      method: 'POST',
      body: { versionHash },
      auth: await as.publisher(),
    })
    expect(republished.status, JSON.stringify(republished.body)).toBe(200)
    expect(json(await raw(one)).title).toBe('缓存失效：修改后再发布')

    await cached(one)
    const list = `/api/articles?where[id][equals]=${id}&depth=0`
    expect(json(await cached(list)).totalDocs).toBe(1)
    const withdrawn = await api(`/api/articles/${id}/workflow/withdraw`, {
      method: 'POST',
      body: { reason: '缓存测试撤回' },
      auth: await as.publisher(),
    })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    expect((await raw(one)).status).toBe(404)
    expect(json(await raw(list)).totalDocs).toBe(0)
    expect(json(await raw(count)).totalDocs).toBe(before)
  })

  it('should hide a story the moment its consent is revoked: document, list and count', async () => {
    const consent = await api('/api/consents', { method: 'POST', body: consentData(), auth: await as.privacy() })
    expect(consent.status, JSON.stringify(consent.body)).toBe(201)
    const story = await api('/api/patient-stories', {
      method: 'POST',
      body: await storyData({ consent: consent.body.doc.id }),
      auth: await as.editor(),
    })
    expect(story.status, JSON.stringify(story.body)).toBe(201)
    const id = story.body.doc.id
    await publishThroughReview('patient-stories', id)
    const one = `/api/patient-stories/${id}?depth=0`
    const list = `/api/patient-stories?where[id][equals]=${id}&depth=0`
    const count = `/api/patient-stories/count?where[id][equals]=${id}`
    expect((await cached(one)).status).toBe(200)
    expect(json(await cached(list)).totalDocs).toBe(1)
    expect(json(await cached(count)).totalDocs).toBe(1)
    const revoked = await api(`/api/consents/${consent.body.doc.id}/revoke`, {
      method: 'POST',
      body: { reason: '患者要求撤回' },
      auth: await as.privacy(),
    })
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200)
    expect((await raw(one)).status).toBe(404)
    expect(json(await raw(list)).totalDocs).toBe(0)
    expect(json(await raw(count)).totalDocs).toBe(0)
  })

  it('should show a department renamed, alone and populated in an article', async () => {
    const department = await api('/api/departments', {
      method: 'POST',
      body: taxonomyData.departments(),
      auth: await as.admin(),
    })
    expect(department.status, JSON.stringify(department.body)).toBe(201)
    const id = department.body.doc.id
    const articleId = await publishedArticle({ title: '缓存失效：科室名称', department: id })
    const one = `/api/departments/${id}`
    const populated = `/api/articles/${articleId}?depth=1`
    expect(json(await cached(one)).name).toBe('测试科室')
    expect(json(await cached(populated)).department.name).toBe('测试科室')
    const renamed = await api(`/api/departments/${id}`, {
      method: 'PATCH',
      body: { name: '缓存测试更名科室' },
      auth: await as.admin(),
    })
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
    expect(json(await raw(one)).name).toBe('缓存测试更名科室')
    const article = await raw(populated)
    // Whatever the gate makes of it (still published, or withdrawn for review), it is never the old name.
    if (article.status === 200) expect(json(article).department.name).toBe('缓存测试更名科室')
    else expect(article.status).toBe(404)
  })

  it('should show a media file’s new alt text and a doctor’s changed credentials, withdrawing what named the doctor', async () => {
    const upload = await api('/api/media', {
      method: 'POST',
      body: uploadForm(await smallPng(), 'cache-doctor.png', 'image/png', { alt: '医生照片（旧）' }),
      auth: await as.editor(),
    })
    expect(upload.status, JSON.stringify(upload.body)).toBe(201)
    const mediaId = upload.body.doc.id
    const doctor = await api('/api/doctors', {
      method: 'POST',
      body: { ...taxonomyData.doctors(), photo: mediaId },
      auth: await as.editor(),
    })
    expect(doctor.status, JSON.stringify(doctor.body)).toBe(201)
    const doctorId = doctor.body.doc.id
    const articleId = await publishedArticle({ title: '缓存失效：作者资质', authors: [doctorId] })

    const media = `/api/media/${mediaId}`
    expect(json(await cached(media)).alt).toBe('医生照片（旧）')
    const file = await cached(new URL(upload.body.doc.url as string, baseUrl()).pathname)
    expect(file.headers['content-type']).toBe('image/png')
    const altChanged = await api(`/api/media/${mediaId}`, {
      method: 'PATCH',
      body: { alt: '医生照片（新）' },
      auth: await as.editor(),
    })
    expect(altChanged.status, JSON.stringify(altChanged.body)).toBe(200)
    expect(json(await raw(media)).alt).toBe('医生照片（新）')

    const doctorPath = `/api/doctors/${doctorId}`
    const article = `/api/articles/${articleId}?depth=1`
    expect(json(await cached(doctorPath)).title).toBe('主治医师')
    expect(json(await cached(article)).authors[0].title).toBe('主治医师')
    const promoted = await api(`/api/doctors/${doctorId}`, {
      method: 'PATCH',
      body: { title: '主任医师' },
      auth: await as.admin(),
    })
    expect(promoted.status, JSON.stringify(promoted.body)).toBe(200)
    expect(json(await raw(doctorPath)).title).toBe('主任医师')
    // The signed article named the old credentials: the gate withdraws it, and so does the cache.
    expect((await raw(article)).status).toBe(404)
  })
})

describe('time-based changes', () => {
  it('should drop a story, its list and its count at the instant its consent ends, without any write', async () => {
    const consent = await api('/api/consents', { method: 'POST', body: consentData(), auth: await as.privacy() })
    const story = await api('/api/patient-stories', {
      method: 'POST',
      body: await storyData({ consent: consent.body.doc.id }),
      auth: await as.editor(),
    })
    const id = story.body.doc.id
    await publishThroughReview('patient-stories', id)
    // The consent now ends five seconds from here (a privacy officer's edit, then no writes at all).
    const endsAt = Date.now() + 5_000
    const shortened = await api(`/api/consents/${consent.body.doc.id}`, {
      method: 'PATCH',
      body: { validUntil: new Date(endsAt).toISOString() },
      auth: await as.privacy(),
    })
    expect(shortened.status, JSON.stringify(shortened.body)).toBe(200)
    const paths = [
      `/api/patient-stories/${id}?depth=0`,
      `/api/patient-stories?where[id][equals]=${id}&depth=0`,
      `/api/patient-stories/count?where[id][equals]=${id}`,
    ]
    const visible = (res: Raw, index: number) => (index === 0 ? res.status === 200 : json(res).totalDocs === 1)
    for (const [index, path] of paths.entries()) expect(visible(await cached(path), index)).toBe(true)

    // Poll until every read shows the lapse, with a deadline; each is served from memory until then.
    const goneAt: (number | undefined)[] = [undefined, undefined, undefined]
    while (goneAt.some((at) => at === undefined) && Date.now() < endsAt + 10_000) {
      for (const [index, path] of paths.entries()) {
        if (goneAt[index] !== undefined) continue
        const res = await raw(path)
        if (!visible(res, index)) goneAt[index] = Date.now()
        else expect(Date.now(), `${path} was still served after the consent ended`).toBeLessThan(endsAt + 1_000)
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    for (const at of goneAt) {
      expect(at).toBeDefined()
      expect(at! - endsAt).toBeLessThan(1_000)
    }
  })
})

describe('two instances on one database', () => {
  let second: RunningServer

  beforeAll(async () => {
    second = await startServerProcess({ DATABASE_URI: inject('databaseUri'), SEED_DEMO: '0', SCHEDULER: 'off' })
  })

  afterAll(async () => {
    await second?.stop()
  })

  it('should make a change through one instance visible through the other within a second', async () => {
    const department = await api('/api/departments', {
      method: 'POST',
      body: taxonomyData.departments(),
      auth: await as.admin(),
    })
    const id = department.body.doc.id
    const path = `/api/departments/${id}`
    const figures: number[] = []
    for (const [round, name] of ['跨实例更名一', '跨实例更名二', '跨实例更名三'].entries()) {
      expect(json(await cached(path, {}, second.url)).name).not.toBe(name)
      const renamed = await api(path, { method: 'PATCH', body: { name }, auth: await as.admin() })
      expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
      const changedAt = Date.now()
      let seen: number | undefined
      while (Date.now() - changedAt < 2_000) {
        if (json(await raw(path, {}, second.url)).name === name) {
          seen = Date.now()
          break
        }
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      expect(seen, `round ${round}: instance B still served the old name after 2 s`).toBeDefined()
      figures.push(seen! - changedAt)
    }
    console.log(
      `[responseCache] ${inject('dbKind')}: change through A visible through B after ${figures.join(', ')} ms`,
    )
    for (const ms of figures) expect(ms).toBeLessThanOrEqual(1_000)
  })
})
