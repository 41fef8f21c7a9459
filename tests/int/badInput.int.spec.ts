// Bad input gets a clear 4xx, never a 500 and never a partial write.
import { describe, expect, it } from 'vitest'

import { api, as } from '../helpers/api'
import { articleData, consentData } from '../factories/content'

const count = async (collection: string) =>
  (await api(`/api/${collection}?limit=0`, { auth: await as.admin() })).body.totalDocs

describe('bad input', () => {
  it('should answer malformed JSON with 400 and a Chinese message by default', async () => {
    const res = await api('/api/articles', { method: 'POST', body: '{"title": "缺少结尾"', auth: await as.editor() })
    expect(res.status).toBe(400)
    expect(res.body.errors[0]).toEqual({ code: 'malformed-json', message: '请求体不是合法的 JSON。' })
  })

  it('should answer in English when the request asks for it', async () => {
    const res = await api('/api/articles', {
      method: 'POST',
      body: '{oops',
      auth: await as.editor(),
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('The request body is not valid JSON.')
  })

  it('should refuse wrong field types with 400 naming the field, writing nothing', async () => {
    const before = await count('articles')
    const res = await api('/api/articles', {
      method: 'POST',
      body: await articleData({ layer: 'not-a-layer', slug: 'Bad Slug!' }),
      auth: await as.editor(),
    })
    expect(res.status).toBe(400)
    const paths = res.body.errors[0].data.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['layer', 'slug']))
    expect(await count('articles')).toBe(before)
  })

  it('should refuse saving an article without a reference outside draft mode', async () => {
    const res = await api('/api/articles', {
      method: 'POST',
      body: await articleData({ references: [] }),
      auth: await as.editor(),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('references')
  })

  it('should refuse a reference that has neither URL nor guideline, or a bad URL', async () => {
    const noSource = await api('/api/articles', {
      method: 'POST',
      body: await articleData({ references: [{ title: 't', source: 's', accessedAt: '2026-01-01T00:00:00.000Z' }] }),
      auth: await as.editor(),
    })
    expect(noSource.status).toBe(400)
    const badUrl = await api('/api/articles', {
      method: 'POST',
      body: await articleData({
        references: [{ title: 't', source: 's', url: 'javascript:alert(1)', accessedAt: '2026-01-01T00:00:00.000Z' }],
      }),
      auth: await as.editor(),
    })
    expect(badUrl.status).toBe(400)
  })

  it('should refuse a duplicate slug with 400', async () => {
    const data = await articleData()
    expect((await api('/api/articles', { method: 'POST', body: data, auth: await as.editor() })).status).toBe(201)
    const again = await api('/api/articles', { method: 'POST', body: { ...data }, auth: await as.editor() })
    expect(again.status).toBe(400)
    expect(JSON.stringify(again.body)).toContain('slug')
  })

  it('should answer unknown ids with 404 and non-numeric ids with 400, never 500', async () => {
    const auth = await as.admin()
    expect((await api('/api/articles/99999999', { auth })).status).toBe(404)
    expect((await api('/api/consents/99999999', { auth })).status).toBe(404)
    const textId = await api('/api/articles/not-an-id', { auth })
    expect(textId.status).toBe(400)
    expect(textId.body.errors[0].message).toBeTruthy()
    expect((await api('/api/articles?where[department][equals]=abc', { auth })).status).toBe(400)
    expect(
      (await api('/api/articles/not-an-id', { method: 'PATCH', body: { summary: 'x' }, auth })).status,
    ).toBeLessThan(500)
    expect((await api('/api/articles/99999999', { method: 'PATCH', body: { summary: 'x' }, auth })).status).toBe(404)
    expect((await api('/api/articles/99999999', { method: 'DELETE', auth })).status).toBe(404)
  })

  it('should refuse a relationship to a document that does not exist', async () => {
    const before = await count('articles')
    const res = await api('/api/articles', {
      method: 'POST',
      body: await articleData({ department: 99999999 }),
      auth: await as.editor(),
    })
    expect(res.status).toBe(400)
    expect(await count('articles')).toBe(before)
  })

  it('should refuse a query on an unknown field with 400', async () => {
    expect((await api('/api/articles?where[nosuchfield][equals]=1')).status).toBe(400)
  })

  it('should refuse a child patient consent without a guardian, in Chinese, naming the field', async () => {
    const before = await count('consents')
    const res = await api('/api/consents', {
      method: 'POST',
      body: consentData({ patientAgeYears: 8 }),
      auth: await as.privacy(),
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toContain('监护人')
    expect(res.body.errors[0].code).toBe('consent-guardian-required')
    expect(await count('consents')).toBe(before)
    const withGuardian = await api('/api/consents', {
      method: 'POST',
      body: consentData({ patientAgeYears: 8, guardianName: '监护人乙', guardianRelationship: '母亲' }),
      auth: await as.privacy(),
    })
    expect(withGuardian.status).toBe(201)
  })

  it('should refuse a consent that ends before it starts', async () => {
    const res = await api('/api/consents', {
      method: 'POST',
      body: consentData({ validUntil: '2025-01-01T00:00:00.000Z' }),
      auth: await as.privacy(),
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].code).toBe('consent-dates')
  })

  it('should refuse a paid KOL without a disclosure', async () => {
    const res = await api('/api/kol-partners', {
      method: 'POST',
      body: { name: '付费博主', kind: 'influencer', paid: true, status: 'active' },
      auth: await as.editor(),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('disclosure')
  })

  it('should refuse a JSON body over the limit with 413', async () => {
    const huge = JSON.stringify({ summary: 'x'.repeat(3 * 1024 * 1024) })
    const res = await api('/api/articles', { method: 'POST', body: huge, auth: await as.editor() })
    expect(res.status).toBe(413)
    expect(res.body.errors[0].code).toBe('payload-too-large')
  })

  it('should answer an unknown route with a JSON 404', async () => {
    const res = await api('/no/such/page')
    expect(res.status).toBe(404)
    expect(res.body.errors[0].code).toBe('route-not-found')
    expect((await api('/api/no-such-collection')).status).toBe(404)
  })
})

// Each of these answered 500 before the host checked requests centrally (issue #8, item 9).
describe('bad input that used to answer 500', () => {
  const expectRefused = (res: { status: number; body: any }, status: number, code: string) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status)
    expect(res.body.errors[0]).toMatchObject({ code, message: expect.any(String) })
  }

  it('should refuse a JSON body that is null, a number or a string', async () => {
    const before = await count('corrections')
    expectRefused(await api('/api/corrections', { method: 'POST', body: 'null' }), 400, 'json-body-not-object')
    expectRefused(
      await api('/api/corrections', { method: 'POST', body: '5', auth: await as.editor() }),
      400,
      'json-body-not-object',
    )
    expectRefused(
      await api('/api/articles', { method: 'POST', body: '"x"', auth: await as.editor() }),
      400,
      'json-body-not-object',
    )
    expect(await count('corrections')).toBe(before)
  })

  it('should refuse a page or limit that is not a whole number in range', async () => {
    expectRefused(await api('/api/articles?page=99999999999999999999'), 400, 'invalid-query')
    expectRefused(await api('/api/articles?page=0'), 400, 'invalid-query')
    expectRefused(await api('/api/articles?limit=-1', { auth: await as.apiClient() }), 400, 'invalid-query')
  })

  it('should refuse a duplicated query parameter', async () => {
    expectRefused(await api('/api/articles?limit=1&limit=2'), 400, 'duplicate-query-parameter')
  })

  it('should refuse a date filter that is not a date, for anonymous readers too', async () => {
    const res = await api('/api/articles?where[createdAt][greater_than]=notadate')
    expectRefused(res, 400, 'invalid-query')
    expect(res.body.errors[0].message).toContain('notadate')
  })

  it('should refuse a geo operator on a text field and an object inside an `in` list', async () => {
    expectRefused(await api('/api/articles?where[title][near]=1,2'), 400, 'invalid-query')
    expectRefused(await api('/api/articles?where[slug][in][0][x]=1'), 400, 'invalid-query')
    expectRefused(await api('/api/articles?where[or]=1'), 400, 'invalid-query')
  })

  it('should refuse rich text nested 5,000 levels deep, writing nothing', async () => {
    const before = await count('articles')
    const deep = `{"title":"深","body":{"root":${'{"type":"paragraph","children":['.repeat(5000)}{"type":"text","text":"x"}${']}'.repeat(5000)}}}`
    expectRefused(
      await api('/api/articles', { method: 'POST', body: deep, auth: await as.editor() }),
      400,
      'json-too-deep',
    )
    expect(await count('articles')).toBe(before)
  })

  it('should refuse a multipart content type with a body that is not multipart', async () => {
    const res = await api('/api/corrections', {
      method: 'POST',
      body: '{"article":1}',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
    })
    expectRefused(res, 400, 'malformed-multipart')
  })

  it('should refuse a body type Payload does not read, and treat an empty write as {}', async () => {
    expectRefused(
      await api('/api/articles', {
        method: 'POST',
        body: 'hello',
        auth: await as.editor(),
        headers: { 'content-type': 'text/plain' },
      }),
      415,
      'unsupported-media-type',
    )
    const empty = await api('/api/corrections', { method: 'POST', body: '' })
    expect(empty.status).toBe(400)
    expect(empty.body.errors[0].code).toMatch(/^[a-z-]+$/)
  })

  it("should refuse GraphQL fragments that spread each other in a cycle, in GraphQL's shape", async () => {
    const query = 'fragment A on Article { ...B } fragment B on Article { ...A } query { Articles { docs { ...A } } }'
    const res = await api('/api/graphql', { method: 'POST', body: { query } })
    expect(res.status).toBe(400)
    expect(res.body.errors[0]).toMatchObject({
      message: expect.any(String),
      extensions: { code: 'graphql-fragment-cycle' },
    })
  })

  it('should answer a media file that does not exist with 404', async () => {
    expectRefused(await api('/api/media/file/missing.jpg'), 404, 'file-not-found')
    expectRefused(await api('/api/media/file/missing.jpg', { auth: await as.admin() }), 404, 'file-not-found')
  })

  it('should answer email verification, which is off, as an unknown route', async () => {
    expectRefused(await api('/api/users/verify/x', { method: 'POST' }), 404, 'route-not-found')
  })

  it('should create a document copied from another, row ids included, with fresh row ids', async () => {
    const auth = await as.editor()
    const original = await api('/api/articles', { method: 'POST', body: await articleData(), auth })
    expect(original.status).toBe(201)
    const rowIds = original.body.doc.references.map((row: { id: string }) => row.id)
    // Everything but what the server sets: the rows of `references` keep their ids.
    const copy = { ...original.body.doc }
    for (const key of ['id', 'createdAt', 'updatedAt', 'workflow', '_status', 'publishedAt']) delete copy[key]
    const res = await api('/api/articles', { method: 'POST', body: { ...copy, slug: `${copy.slug}-copy` }, auth })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc.references.map((row: { title: string }) => row.title)).toEqual(
      original.body.doc.references.map((row: { title: string }) => row.title),
    )
    expect(res.body.doc.references.map((row: { id: string }) => row.id)).not.toEqual(expect.arrayContaining(rowIds))
    const again = await api(`/api/articles/${original.body.doc.id}?depth=0&draft=true`, { auth: await as.admin() })
    expect(again.body.references.map((row: { id: string }) => row.id)).toEqual(rowIds)
  })

  it("should give a GraphQL create new row ids when it copies another document's, and leave the original alone", async () => {
    const auth = await as.admin()
    const original = await api('/api/articles', { method: 'POST', body: await articleData(), auth: await as.editor() })
    const rowIds = original.body.doc.references.map((row: { id: string }) => row.id)
    const references = original.body.doc.references.map(
      ({ id, title, source, guideline, accessedAt }: Record<string, string>) => ({
        id,
        title,
        source,
        guideline,
        accessedAt,
      }),
    )
    const before = await count('articles')
    const query =
      'mutation($data: mutationArticleInput!) { createArticle(data: $data, draft: true) { id references { id } } }'
    const res = await api('/api/graphql', {
      method: 'POST',
      body: {
        query,
        variables: {
          data: { title: 'copy', layer: 'what', format: 'graphic', slug: `gql-copy-${Date.now()}`, references },
        },
      },
      auth,
    })
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined()
    expect(res.body.data.createArticle.references.map((row: { id: string }) => row.id)).not.toEqual(
      expect.arrayContaining(rowIds),
    )
    expect(await count('articles')).toBe(before + 1)
    const again = await api(`/api/articles/${original.body.doc.id}?depth=0&draft=true`, { auth })
    expect(again.body.references.map((row: { id: string }) => row.id)).toEqual(rowIds)
  })

  it('should refuse deleting a user with sign-offs, saying to deactivate instead', async () => {
    const auth = await as.admin()
    const signOff = await api('/api/sign-offs?limit=1&depth=0', { auth })
    const reviewer = signOff.body.docs[0].reviewer
    const res = await api(`/api/users/${reviewer}`, { method: 'DELETE', auth })
    expectRefused(res, 409, 'user-has-history')
    expect(res.body.errors[0].message).toContain('已停用')
    const english = await api(`/api/users?where[id][equals]=${reviewer}`, {
      method: 'DELETE',
      auth,
      headers: { 'accept-language': 'en' },
    })
    expect(english.body.errors[0]).toMatchObject({
      code: 'user-has-history',
      message: expect.stringContaining('Deactivated'),
    })
    expect((await api(`/api/users/${reviewer}`, { auth })).status).toBe(200)
  })

  it('should refuse deleting a channel with distributions, saying to disable it instead', async () => {
    const auth = await as.admin()
    const distribution = await api('/api/distributions?limit=1&depth=0&where[channel][exists]=true', { auth })
    const channel = distribution.body.docs[0].channel
    const res = await api(`/api/channels/${channel}`, { method: 'DELETE', auth })
    expectRefused(res, 409, 'channel-has-distributions')
    expect(res.body.errors[0].message).toContain('启用')
    expect((await api(`/api/channels/${channel}`, { auth })).status).toBe(200)
  })

  it('should still delete a channel that has no distributions', async () => {
    const auth = await as.admin()
    const created = await api('/api/channels', {
      method: 'POST',
      body: { name: `空渠道-${Date.now()}`, kind: 'website', enabled: true },
      auth,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect((await api(`/api/channels/${created.body.doc.id}`, { method: 'DELETE', auth })).status).toBe(200)
  })
})

describe('health probes', () => {
  it('should report the process up and the database ready', async () => {
    expect(await api('/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } })
    expect(await api('/readyz')).toMatchObject({ status: 200, body: { status: 'ready' } })
  })
})
