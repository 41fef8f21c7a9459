import { describe, expect, it } from 'vitest'

import { type BodyRequest, isAuthFormRoute, isDocumentWriteRoute, isMisplacedMultipart } from './contentTypePolicy'

const collections = new Set(['articles', 'media', 'users', 'channel-metrics', 'planning-reminders'])
const globals = new Set(['site-settings'])
const authSlugs = new Set(['users'])
const MULTIPART = 'multipart/form-data; boundary=x'

const request = (
  method: string,
  path: string,
  contentType: string | undefined,
  extra: Partial<BodyRequest> = {},
): BodyRequest => ({
  method,
  path,
  contentType,
  bodyLength: 10,
  collectionSlugs: collections,
  globalSlugs: globals,
  authSlugs,
  ...extra,
})

describe(isMisplacedMultipart.name, () => {
  it('should refuse multipart bodies to project endpoints and GraphQL', () => {
    expect(isMisplacedMultipart(request('POST', '/api/channel-metrics/ingest', MULTIPART))).toBe(true)
    expect(isMisplacedMultipart(request('POST', '/api/compliance/check', MULTIPART))).toBe(true)
    expect(isMisplacedMultipart(request('POST', '/api/articles/1/workflow/submit', MULTIPART))).toBe(true)
    expect(isMisplacedMultipart(request('POST', '/api/planning-reminders/run', MULTIPART))).toBe(true)
    expect(isMisplacedMultipart(request('POST', '/api/users/api-keys', MULTIPART))).toBe(true)
    expect(isMisplacedMultipart(request('POST', '/api/graphql', 'Multipart/Form-Data; boundary=x'))).toBe(true)
  })

  it("should accept multipart on Payload's own create, update, duplicate and restore routes", () => {
    expect(isMisplacedMultipart(request('POST', '/api/media', MULTIPART))).toBe(false)
    expect(isMisplacedMultipart(request('PATCH', '/api/articles/12', MULTIPART))).toBe(false)
    expect(isMisplacedMultipart(request('PATCH', '/api/articles', MULTIPART))).toBe(false)
    expect(isMisplacedMultipart(request('POST', '/api/articles/12/duplicate', MULTIPART))).toBe(false)
    expect(isMisplacedMultipart(request('POST', '/api/articles/versions/7', MULTIPART))).toBe(false)
    expect(isMisplacedMultipart(request('POST', '/api/globals/site-settings', MULTIPART))).toBe(false)
  })

  it('should accept multipart on the auth forms the admin posts (sign-in, first user, passwords, unlock)', () => {
    for (const action of [
      'login',
      'first-register',
      'forgot-password',
      'reset-password',
      'unlock',
      'logout',
      'refresh-token',
    ]) {
      expect(isMisplacedMultipart(request('POST', `/api/users/${action}`, MULTIPART)), action).toBe(false)
    }
  })

  it('should leave JSON and empty bodies to the other checks', () => {
    expect(isMisplacedMultipart(request('POST', '/api/compliance/check', 'application/json'))).toBe(false)
    expect(isMisplacedMultipart(request('POST', '/api/compliance/check', MULTIPART, { bodyLength: 0 }))).toBe(false)
  })
})

describe(isDocumentWriteRoute.name, () => {
  it('should not mistake project endpoints or unknown slugs for document routes', () => {
    expect(isDocumentWriteRoute('POST', '/api/channel-metrics/ingest', collections, globals)).toBe(false)
    expect(isDocumentWriteRoute('POST', '/api/articles/1/workflow', collections, globals)).toBe(false)
    expect(isDocumentWriteRoute('POST', '/api/compliance', collections, globals)).toBe(false)
    expect(isDocumentWriteRoute('PATCH', '/api/articles/versions', collections, globals)).toBe(false)
    expect(isDocumentWriteRoute('POST', '/api/globals/unknown', collections, globals)).toBe(false)
    expect(isDocumentWriteRoute('GET', '/api/articles', collections, globals)).toBe(false)
    expect(isDocumentWriteRoute('PATCH', '/api/articles/1/', collections, globals)).toBe(true)
  })
})

describe(isAuthFormRoute.name, () => {
  it('should know only POSTs to the auth actions of auth collections', () => {
    expect(isAuthFormRoute('POST', '/api/users/login', authSlugs)).toBe(true)
    expect(isAuthFormRoute('GET', '/api/users/login', authSlugs)).toBe(false)
    expect(isAuthFormRoute('POST', '/api/articles/login', authSlugs)).toBe(false)
    expect(isAuthFormRoute('POST', '/api/users/login/extra', authSlugs)).toBe(false)
    expect(isAuthFormRoute('POST', '/api/users/me', authSlugs)).toBe(false)
  })
})
