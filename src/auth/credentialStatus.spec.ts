import { describe, expect, it } from 'vitest'

import { credentialRefusal, isApiKeyExpired } from './credentialStatus'

const now = new Date('2026-03-01T08:00:00Z')

describe(credentialRefusal.name, () => {
  it('should let an active account act through a session or a key without expiry', () => {
    expect(credentialRefusal({ deactivated: false, _strategy: 'local-jwt' }, now)).toBeUndefined()
    expect(credentialRefusal({ _strategy: 'users-api-key', apiKeyExpiresAt: null }, now)).toBeUndefined()
    expect(credentialRefusal(null, now)).toBeUndefined()
  })

  it('should refuse a deactivated account whatever the credential', () => {
    expect(credentialRefusal({ deactivated: true, _strategy: 'local-jwt' }, now)).toBe('account-deactivated')
    expect(
      credentialRefusal({ deactivated: true, _strategy: 'users-api-key', apiKeyExpiresAt: '2027-01-01' }, now),
    ).toBe('account-deactivated')
  })

  it('should refuse an API key at or after its expiry, but not a session of the same account', () => {
    expect(credentialRefusal({ _strategy: 'users-api-key', apiKeyExpiresAt: '2026-03-01T08:00:00Z' }, now)).toBe(
      'api-key-expired',
    )
    expect(credentialRefusal({ _strategy: 'users-api-key', apiKeyExpiresAt: '2026-02-01T00:00:00Z' }, now)).toBe(
      'api-key-expired',
    )
    expect(
      credentialRefusal({ _strategy: 'users-api-key', apiKeyExpiresAt: '2026-03-01T08:00:01Z' }, now),
    ).toBeUndefined()
    expect(credentialRefusal({ _strategy: 'local-jwt', apiKeyExpiresAt: '2026-02-01T00:00:00Z' }, now)).toBeUndefined()
  })
})

describe(isApiKeyExpired.name, () => {
  it('should treat an unreadable expiry as expired', () => {
    expect(isApiKeyExpired('not a date', now)).toBe(true)
    expect(isApiKeyExpired(undefined, now)).toBe(false)
  })
})
