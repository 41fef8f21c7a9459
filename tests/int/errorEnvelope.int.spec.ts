// One error shape everywhere (issue #8, item 10): Payload's own errors, project endpoints, the
// Express host and unknown routes answer {errors: [{message, code, field?}]}, GraphQL its spec
// shape with extensions.code, in the request's language (Chinese by default).
import { describe, expect, it } from 'vitest'

import { api, as } from '../helpers/api'
import { expectEnvelope, expectGraphqlErrors } from './envelopeAssertions'

describe('error envelope', () => {
  it("should give Payload's own errors stable codes", async () => {
    const notFound = await api('/api/articles/99999999', { auth: await as.admin() })
    expect(notFound.status).toBe(404)
    expectEnvelope(notFound.body)
    expect(notFound.body.errors[0]).toEqual({ code: 'not-found', message: '未找到' })

    const forbidden = await api('/api/articles', { method: 'POST', body: { title: 'x' } })
    expect(forbidden.status).toBe(403)
    expectEnvelope(forbidden.body)
    expect(forbidden.body.errors[0].code).toBe('forbidden')

    const unknownField = await api('/api/articles?where[nosuchfield][equals]=1')
    expect(unknownField.status).toBe(400)
    expect(unknownField.body.errors[0]).toMatchObject({ code: 'invalid-query', field: 'nosuchfield' })

    const wrongPassword = await api('/api/users/login', {
      method: 'POST',
      body: { email: 'editor@demo.hospital', password: 'not-the-password-at-all' },
    })
    expect(wrongPassword.status).toBe(401)
    expectEnvelope(wrongPassword.body)
    expect(wrongPassword.body.errors[0].code).toBe('invalid-credentials')
  })

  it("should name every invalid field in a validation failure and keep the admin's field data", async () => {
    const res = await api('/api/kol-partners', { method: 'POST', body: { kind: 'nonsense' }, auth: await as.editor() })
    expect(res.status).toBe(400)
    expectEnvelope(res.body)
    const [error] = res.body.errors
    expect(error.code).toBe('validation-failed')
    expect(error.fields).toEqual(expect.arrayContaining(['name', 'kind']))
    expect(error.fields).toContain(error.field)
    expect(error.data.errors.every((e: { field: string; path: string }) => e.field === e.path)).toBe(true)
  })

  it("should put a project error's code at the top level", async () => {
    const res = await api('/api/compliance/check', { method: 'POST', body: { text: 42 }, auth: await as.editor() })
    expect(res.status).toBe(400)
    expectEnvelope(res.body)
    expect(res.body.errors[0].code).toBe('check-bad-request')
    const report = await api('/api/campaigns/abc/report', { auth: await as.admin() })
    expect(report.body.errors[0].code).toBe('report-bad-id')
  })

  it('should answer unknown API paths and pages in the envelope', async () => {
    for (const path of ['/api/no-such-collection', '/api/articles/1/no/such/route', '/no/such/page']) {
      const res = await api(path)
      expect(res.status).toBe(404)
      expectEnvelope(res.body, path)
      expect(res.body.errors[0].code).toBe('route-not-found')
    }
  })

  it('should answer in English when asked, Chinese otherwise', async () => {
    const zh = await api('/api/articles', { method: 'POST', body: '{oops', auth: await as.editor() })
    const en = await api('/api/articles', {
      method: 'POST',
      body: '{oops',
      auth: await as.editor(),
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    })
    expect(zh.body.errors[0]).toEqual({ code: 'malformed-json', message: '请求体不是合法的 JSON。' })
    expect(en.body.errors[0]).toEqual({ code: 'malformed-json', message: 'The request body is not valid JSON.' })
    const enNotFound = await api('/api/articles/99999999', {
      auth: await as.admin(),
      headers: { 'accept-language': 'en' },
    })
    expect(enNotFound.body.errors[0]).toEqual({ code: 'not-found', message: 'Not Found' })
  })

  it("should keep GraphQL's shape with the code in extensions", async () => {
    const syntax = await api('/api/graphql', { method: 'POST', body: { query: 'query {' } })
    expectGraphqlErrors(syntax.body)
    expect(syntax.body.errors[0].extensions.code).toBe('graphql-invalid')
    const forbidden = await api('/api/graphql', {
      method: 'POST',
      body: { query: 'mutation { deleteArticle(id: 1) { id } }' },
    })
    expectGraphqlErrors(forbidden.body)
    expect(forbidden.body.errors[0].extensions.code).toBe('forbidden')
    const malformed = await api('/api/graphql', { method: 'POST', body: '{"query":' })
    expect(malformed.status).toBe(400)
    expect(malformed.body.errors[0]).toMatchObject({ extensions: { code: 'malformed-json' } })
  })
})
