// Whether an authenticated account may act right now: a deactivated account acts through no
// session and no key, and an API key past its expiry authenticates nobody. Pure.

export type AccountState = {
  deactivated?: boolean | null
  apiKeyExpiresAt?: string | Date | null
  /** How Payload authenticated the request: `users-api-key` for a key, `local-jwt` for a session. */
  _strategy?: string | null
}

export type CredentialRefusal = 'account-deactivated' | 'api-key-expired'

export const isApiKeyExpired = (expiresAt: string | Date | null | undefined, now: Date): boolean => {
  if (!expiresAt) return false
  const at = new Date(expiresAt).getTime()
  // An unreadable date is treated as expired: a key is never valid by accident.
  return Number.isNaN(at) || at <= now.getTime()
}

export const isApiKeyStrategy = (strategy: string | null | undefined): boolean => Boolean(strategy?.endsWith('api-key'))

/** Why the account behind these credentials may not act now, or undefined when it may. */
export const credentialRefusal = (user: AccountState | null | undefined, now: Date): CredentialRefusal | undefined => {
  if (!user) return undefined
  if (user.deactivated) return 'account-deactivated'
  if (isApiKeyStrategy(user._strategy) && isApiKeyExpired(user.apiKeyExpiresAt, now)) return 'api-key-expired'
  return undefined
}
