import { describe, expect, it } from 'vitest'

import { keyVerdict, resolutionLifetime } from './apiKeyPrincipal'

const NOW = Date.parse('2026-11-26T00:00:00.000Z')

describe(keyVerdict.name, () => {
  it('should share reads of plain API clients, with or without the metrics scope', () => {
    expect(keyVerdict({ id: 7, roles: ['api-client'] }, false)).toEqual({ kind: 'api-client', userId: 7 })
    expect(keyVerdict({ id: 8, roles: ['api-client'], apiScopes: ['metrics-write'] }, false)).toEqual({
      kind: 'api-client',
      userId: 8,
    })
  })

  it('should read an unknown key as anonymous, as Payload does', () => {
    expect(keyVerdict(null, false)).toEqual({ kind: 'anonymous' })
  })

  it('should leave refused keys, staff, other scopes and role-less accounts to Payload', () => {
    expect(keyVerdict({ id: 1, roles: ['api-client'] }, true)).toEqual({ kind: 'bypass', reason: 'refused' })
    expect(keyVerdict({ id: 1, roles: ['api-client', 'editor'] }, false)).toEqual({ kind: 'bypass', reason: 'staff' })
    expect(keyVerdict({ id: 1, roles: ['admin'] }, false)).toEqual({ kind: 'bypass', reason: 'not-api-client' })
    expect(keyVerdict({ id: 1, roles: [] }, false)).toEqual({ kind: 'bypass', reason: 'not-api-client' })
    expect(keyVerdict({ id: 1, roles: ['api-client'], apiScopes: ['drafts-read'] }, false)).toEqual({
      kind: 'bypass',
      reason: 'scope',
    })
  })
})

describe(resolutionLifetime.name, () => {
  it('should reuse a resolution at most the given time and never past the key expiry', () => {
    expect(resolutionLifetime({ apiKeyExpiresAt: null }, NOW, 1_000)).toBe(1_000)
    expect(resolutionLifetime({ apiKeyExpiresAt: new Date(NOW + 300).toISOString() }, NOW, 1_000)).toBe(300)
    expect(resolutionLifetime({ apiKeyExpiresAt: new Date(NOW - 1).toISOString() }, NOW, 1_000)).toBe(0)
    expect(resolutionLifetime({ apiKeyExpiresAt: 'garbage' }, NOW, 1_000)).toBe(0)
    expect(resolutionLifetime(null, NOW, 1_000)).toBe(1_000)
  })
})
