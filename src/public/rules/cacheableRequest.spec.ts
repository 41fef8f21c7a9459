import { describe, expect, it } from 'vitest'

import { asksForDrafts, cacheDecision, type RequestFacts } from './cacheableRequest'

const get = (pathname: string, more: Partial<RequestFacts> = {}): RequestFacts => ({
  method: 'GET',
  pathname,
  search: '',
  sessionCookie: false,
  hasBody: false,
  ...more,
})
const graphql = (more: Partial<RequestFacts> = {}): RequestFacts => ({
  method: 'POST',
  pathname: '/api/graphql',
  search: '',
  sessionCookie: false,
  hasBody: true,
  contentType: 'application/json',
  ...more,
})

describe(cacheDecision.name, () => {
  it('should cache anonymous reads of public collections: lists, counts, documents by id, media files', () => {
    for (const path of [
      '/api/articles',
      '/api/patient-stories/12',
      '/api/departments/count',
      '/api/doctors/507f1f77bcf86cd799439011',
      '/api/media',
    ]) {
      expect(cacheDecision(get(path))).toEqual({ cacheable: true, route: 'rest', credential: 'anonymous' })
    }
    expect(cacheDecision(get('/api/media/file/photo-1.webp'))).toEqual({
      cacheable: true,
      route: 'file',
      credential: 'anonymous',
    })
  })

  it('should pass through every other path: staff collections, users, versions, custom endpoints, files of other collections', () => {
    for (const path of [
      '/api/consents',
      '/api/users/me',
      '/api/articles/versions',
      '/api/articles/12/workflow',
      '/api/review-queue',
      '/api/consent-documents/file/x.pdf',
      '/api/articles/file/x',
      '/api/articles/access',
      '/api',
      '/api/articles/12/',
    ]) {
      expect(cacheDecision(get(path))).toMatchObject({ cacheable: false, reason: 'path', credentialed: false })
    }
  })

  it('should pass through staff sessions (cookie, JWT, Bearer) and unknown authorization schemes as private', () => {
    expect(cacheDecision(get('/api/articles', { sessionCookie: true }))).toEqual({
      cacheable: false,
      reason: 'session',
      credentialed: true,
    })
    expect(cacheDecision(get('/api/articles', { authorization: 'JWT abc' }))).toEqual({
      cacheable: false,
      reason: 'session',
      credentialed: true,
    })
    expect(cacheDecision(get('/api/articles', { authorization: 'Bearer abc' }))).toEqual({
      cacheable: false,
      reason: 'session',
      credentialed: true,
    })
    expect(cacheDecision(get('/api/articles', { authorization: 'Basic YTpi' }))).toEqual({
      cacheable: false,
      reason: 'authorization',
      credentialed: true,
    })
    // A key with a session cookie is still a session.
    expect(
      cacheDecision(get('/api/articles', { authorization: 'users API-Key k', sessionCookie: true })),
    ).toMatchObject({ reason: 'session' })
  })

  it('should mark API-key reads for key resolution', () => {
    expect(cacheDecision(get('/api/articles/3', { authorization: 'users API-Key secret' }))).toEqual({
      cacheable: true,
      route: 'rest',
      credential: 'api-key',
    })
    expect(cacheDecision(get('/api/articles/3', { authorization: 'users API-Key ' }))).toMatchObject({
      cacheable: false,
      reason: 'authorization',
    })
  })

  it('should pass through writes, drafts, bodies on GET and range requests', () => {
    for (const method of ['POST', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])
      expect(cacheDecision(get('/api/articles', { method }))).toMatchObject({ cacheable: false, reason: 'method' })
    expect(cacheDecision(get('/api/articles', { search: 'draft=true' }))).toMatchObject({ reason: 'draft' })
    expect(cacheDecision(get('/api/articles', { search: 'limit=1&draft=1' }))).toMatchObject({ reason: 'draft' })
    expect(cacheDecision(get('/api/articles', { search: 'draft=false' }))).toMatchObject({ cacheable: true })
    expect(cacheDecision(get('/api/articles', { hasBody: true }))).toMatchObject({ reason: 'body' })
    expect(cacheDecision(get('/api/media/file/a.jpg', { range: 'bytes=0-10' }))).toMatchObject({ reason: 'range' })
  })

  it('should consider GraphQL POSTs with a JSON body only', () => {
    expect(cacheDecision(graphql())).toEqual({ cacheable: true, route: 'graphql', credential: 'anonymous' })
    expect(
      cacheDecision(graphql({ contentType: 'application/json; charset=utf-8', authorization: 'users API-Key k' })),
    ).toEqual({ cacheable: true, route: 'graphql', credential: 'api-key' })
    expect(cacheDecision(graphql({ method: 'GET' }))).toMatchObject({ cacheable: false, reason: 'method' })
    expect(cacheDecision(graphql({ contentType: 'multipart/form-data; boundary=x' }))).toMatchObject({
      cacheable: false,
      reason: 'content-type',
    })
    expect(cacheDecision(graphql({ contentType: 'application/jsonx' }))).toMatchObject({
      cacheable: false,
      reason: 'content-type',
    })
    expect(cacheDecision(graphql({ search: 'draft=true' }))).toMatchObject({ cacheable: false, reason: 'query' })
    expect(cacheDecision(graphql({ authorization: 'JWT t' }))).toMatchObject({
      cacheable: false,
      reason: 'session',
      credentialed: true,
    })
  })
})

describe(asksForDrafts.name, () => {
  it('should read every draft parameter, encoded or repeated', () => {
    expect(asksForDrafts('')).toBe(false)
    expect(asksForDrafts('draft=false')).toBe(false)
    expect(asksForDrafts('draft=false&draft=true')).toBe(true)
    expect(asksForDrafts('dr%61ft=true')).toBe(true)
    expect(asksForDrafts('draft')).toBe(true)
  })
})
