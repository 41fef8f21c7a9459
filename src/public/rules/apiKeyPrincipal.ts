// What an API key means for the public response cache, from the account Payload resolved for it:
// a plain API client (no staff role, no scope beyond `metrics-write`) reads what anonymous
// readers read and may be answered from the cache; a key that may not act now is left to the
// host to refuse (401); anything with more reach goes to Payload every time. Pure.

export type KeyAccount = {
  id?: string | number
  roles?: readonly string[] | null
  apiScopes?: readonly string[] | null
  deactivated?: boolean | null
  apiKeyExpiresAt?: string | Date | null
}

export type KeyVerdict =
  /** The key names nobody Payload knows: Payload reads the request as anonymous. */
  | { kind: 'anonymous' }
  | { kind: 'api-client'; userId: string | number }
  | { kind: 'bypass'; reason: 'refused' | 'staff' | 'scope' | 'not-api-client' }

/** Scopes that add no reading power: their holders read what any API client reads. */
export const READ_NEUTRAL_SCOPES: readonly string[] = ['metrics-write']

/** `refused` comes from src/auth/credentialStatus.ts (deactivated, expired key). */
export const keyVerdict = (account: KeyAccount | null | undefined, refused: boolean): KeyVerdict => {
  if (!account) return { kind: 'anonymous' }
  if (refused) return { kind: 'bypass', reason: 'refused' }
  const roles = account.roles ?? []
  if (!roles.includes('api-client')) return { kind: 'bypass', reason: 'not-api-client' }
  if (roles.some((role) => role !== 'api-client')) return { kind: 'bypass', reason: 'staff' }
  if ((account.apiScopes ?? []).some((scope) => !READ_NEUTRAL_SCOPES.includes(scope)))
    return { kind: 'bypass', reason: 'scope' }
  if (account.id === undefined) return { kind: 'bypass', reason: 'not-api-client' }
  return { kind: 'api-client', userId: account.id }
}

/** How long a key's resolution may be reused: at most `maxMs`, never past the key's expiry. */
export const resolutionLifetime = (account: KeyAccount | null | undefined, now: number, maxMs: number): number => {
  const expires = account?.apiKeyExpiresAt ? new Date(account.apiKeyExpiresAt).getTime() : Number.POSITIVE_INFINITY
  if (Number.isNaN(expires)) return 0
  return Math.max(0, Math.min(maxMs, expires - now))
}
