// Bad input gets a clear 4xx, never a 500 and never a partial write.
import { describe, expect, it } from 'vitest'

import { api, as } from '../helpers/api'
import { articleData, consentData } from '../factories/content'

const count = async (collection: string) => (await api(`/api/${collection}?limit=0`, { auth: await as.admin() })).body.totalDocs

describe('bad input', () => {
  it('should answer malformed JSON with 400 and a Chinese message by default', async () => {
    const res = await api('/api/articles', { method: 'POST', body: '{"title": "缺少结尾"', auth: await as.editor() })
    expect(res.status).toBe(400)
    expect(res.body.errors[0]).toEqual({ code: 'malformed-json', message: '请求体不是合法的 JSON。' })
  })

  it('should answer in English when the request asks for it', async () => {
    const res = await api('/api/articles', { method: 'POST', body: '{oops', auth: await as.editor(), headers: { 'accept-language': 'en-US,en;q=0.9' } })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('The request body is not valid JSON.')
  })

  it('should refuse wrong field types with 400 naming the field, writing nothing', async () => {
    const before = await count('articles')
    const res = await api('/api/articles', { method: 'POST', body: await articleData({ layer: 'not-a-layer', slug: 'Bad Slug!' }), auth: await as.editor() })
    expect(res.status).toBe(400)
    const paths = res.body.errors[0].data.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['layer', 'slug']))
    expect(await count('articles')).toBe(before)
  })

  it('should refuse saving an article without a reference outside draft mode', async () => {
    const res = await api('/api/articles', { method: 'POST', body: await articleData({ references: [] }), auth: await as.editor() })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('references')
  })

  it('should refuse a reference that has neither URL nor guideline, or a bad URL', async () => {
    const noSource = await api('/api/articles', { method: 'POST', body: await articleData({ references: [{ title: 't', source: 's', accessedAt: '2026-01-01T00:00:00.000Z' }] }), auth: await as.editor() })
    expect(noSource.status).toBe(400)
    const badUrl = await api('/api/articles', { method: 'POST', body: await articleData({ references: [{ title: 't', source: 's', url: 'javascript:alert(1)', accessedAt: '2026-01-01T00:00:00.000Z' }] }), auth: await as.editor() })
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
    expect((await api('/api/articles/not-an-id', { method: 'PATCH', body: { summary: 'x' }, auth })).status).toBeLessThan(500)
    expect((await api('/api/articles/99999999', { method: 'PATCH', body: { summary: 'x' }, auth })).status).toBe(404)
    expect((await api('/api/articles/99999999', { method: 'DELETE', auth })).status).toBe(404)
  })

  it('should refuse a relationship to a document that does not exist', async () => {
    const before = await count('articles')
    const res = await api('/api/articles', { method: 'POST', body: await articleData({ department: 99999999 }), auth: await as.editor() })
    expect(res.status).toBe(400)
    expect(await count('articles')).toBe(before)
  })

  it('should refuse a query on an unknown field with 400', async () => {
    expect((await api('/api/articles?where[nosuchfield][equals]=1')).status).toBe(400)
  })

  it('should refuse a child patient consent without a guardian, in Chinese, naming the field', async () => {
    const before = await count('consents')
    const res = await api('/api/consents', { method: 'POST', body: consentData({ patientAgeYears: 8 }), auth: await as.privacy() })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toContain('监护人')
    expect(res.body.errors[0].data.code).toBe('consent-guardian-required')
    expect(await count('consents')).toBe(before)
    const withGuardian = await api('/api/consents', { method: 'POST', body: consentData({ patientAgeYears: 8, guardianName: '监护人乙', guardianRelationship: '母亲' }), auth: await as.privacy() })
    expect(withGuardian.status).toBe(201)
  })

  it('should refuse a consent that ends before it starts', async () => {
    const res = await api('/api/consents', { method: 'POST', body: consentData({ validUntil: '2025-01-01T00:00:00.000Z' }), auth: await as.privacy() })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.code).toBe('consent-dates')
  })

  it('should refuse a paid KOL without a disclosure', async () => {
    const res = await api('/api/kol-partners', { method: 'POST', body: { name: '付费博主', kind: 'influencer', paid: true, status: 'active' }, auth: await as.editor() })
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

describe('health probes', () => {
  it('should report the process up and the database ready', async () => {
    expect(await api('/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } })
    expect(await api('/readyz')).toMatchObject({ status: 200, body: { status: 'ready' } })
  })
})
