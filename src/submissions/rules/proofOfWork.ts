// A CAPTCHA-free speed bump for the public submission form: the server hands out a signed
// challenge, the browser searches for a nonce whose SHA-256 over `challenge:nonce` starts with
// `difficulty` zero bits (about 2^difficulty hashes, a second or two on a phone at the default),
// and the server checks the signature, the expiry and the work. Stateless; a solved challenge is
// spent by the submission that stores its digest (a unique column), so it is never used twice.
// Pure: node:crypto only.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

export type Challenge = { token: string; difficulty: number; expiresAt: string }

export type PowRefusal = 'malformed' | 'forged' | 'expired' | 'insufficient'

const VERSION = 'pow1'

const sign = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url')

/** A new challenge: `pow1.<random>.<expires ms>.<difficulty>.<hmac>`. */
export const issueChallenge = (
  secret: string,
  { now, ttlMs, difficulty, random }: { now: number; ttlMs: number; difficulty: number; random: string },
): Challenge => {
  const expires = now + ttlMs
  const body = `${VERSION}.${random}.${expires}.${difficulty}`
  return { token: `${body}.${sign(secret, body)}`, difficulty, expiresAt: new Date(expires).toISOString() }
}

/** Leading zero bits of a digest. */
export const leadingZeroBits = (digest: Uint8Array): number => {
  let bits = 0
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8
      continue
    }
    return bits + Math.clz32(byte) - 24
  }
  return bits
}

export const workDigest = (token: string, nonce: string): Buffer =>
  createHash('sha256').update(`${token}:${nonce}`).digest()

/** Why the solution does not count, or null when it does. */
export const checkSolution = (
  secret: string,
  token: unknown,
  nonce: unknown,
  { now, minDifficulty }: { now: number; minDifficulty: number },
): PowRefusal | null => {
  if (typeof token !== 'string' || typeof nonce !== 'string' || nonce.length === 0 || nonce.length > 64)
    return 'malformed'
  const parts = token.split('.')
  if (parts.length !== 5 || parts[0] !== VERSION) return 'malformed'
  const [, random, expires, difficulty, mac] = parts
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(random) || !/^\d{1,15}$/.test(expires) || !/^\d{1,2}$/.test(difficulty))
    return 'malformed'
  const expected = Buffer.from(sign(secret, parts.slice(0, 4).join('.')))
  const given = Buffer.from(mac)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged'
  if (Number(expires) < now) return 'expired'
  // The difficulty is the one signed into the challenge, never below the server's floor.
  const needed = Math.max(Number(difficulty), minDifficulty)
  return leadingZeroBits(workDigest(token, nonce)) >= needed ? null : 'insufficient'
}

/** What a spent challenge is remembered by. */
export const challengeDigest = (token: string): string => createHash('sha256').update(token).digest('hex')

/** The search the browser runs (also used by tests and the seed): the first nonce that works. */
export const solveChallenge = (token: string, difficulty: number, limit = 1 << 26): string => {
  for (let n = 0; n < limit; n++) {
    const nonce = n.toString(36)
    if (leadingZeroBits(workDigest(token, nonce)) >= difficulty) return nonce
  }
  throw new Error('no nonce found within the limit')
}
