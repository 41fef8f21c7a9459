import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { challengeDigest, checkSolution, issueChallenge, leadingZeroBits, solveChallenge } from './proofOfWork'

const SECRET = 'test-secret'
const NOW = Date.parse('2026-11-26T08:00:00Z')
const issue = (difficulty = 8, ttlMs = 600_000) =>
  issueChallenge(SECRET, { now: NOW, ttlMs, difficulty, random: 'abcdefghijklmnop' })

describe(leadingZeroBits.name, () => {
  it('should count the zero bits before the first one bit', () => {
    expect(leadingZeroBits(Uint8Array.from([0, 0, 0x80]))).toBe(16)
    expect(leadingZeroBits(Uint8Array.from([0, 0x01]))).toBe(15)
    expect(leadingZeroBits(Uint8Array.from([0xff]))).toBe(0)
    expect(leadingZeroBits(Uint8Array.from([0, 0]))).toBe(16)
  })
})

describe(checkSolution.name, () => {
  it('should accept a solved challenge before it expires', () => {
    const challenge = issue()
    const nonce = solveChallenge(challenge.token, challenge.difficulty)
    expect(checkSolution(SECRET, challenge.token, nonce, { now: NOW + 1000, minDifficulty: 8 })).toBeNull()
  })
  it('should refuse an expired challenge, a forged one and too little work', () => {
    const challenge = issue()
    const nonce = solveChallenge(challenge.token, challenge.difficulty)
    expect(checkSolution(SECRET, challenge.token, nonce, { now: NOW + 600_001, minDifficulty: 8 })).toBe('expired')
    expect(checkSolution('other-secret', challenge.token, nonce, { now: NOW, minDifficulty: 8 })).toBe('forged')
    // Lowering the difficulty in the token breaks its signature.
    const lowered = challenge.token.replace('.8.', '.1.')
    expect(checkSolution(SECRET, lowered, nonce, { now: NOW, minDifficulty: 1 })).toBe('forged')
    // A challenge signed with a low difficulty still needs the server's floor.
    const easy = issue(1)
    const weak = solveChallenge(easy.token, 1)
    // (a 1-bit solution has 20 zero bits by chance once in half a million tries)
    expect(checkSolution(SECRET, easy.token, weak, { now: NOW, minDifficulty: 20 })).toBe('insufficient')
    expect(challengeDigest(easy.token)).not.toBe(challengeDigest(challenge.token))
  })
  it('should call anything that is not a challenge malformed, never throw', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (token, nonce) => {
        const result = checkSolution(SECRET, token, nonce, { now: NOW, minDifficulty: 8 })
        expect(['malformed', 'forged', 'expired', 'insufficient']).toContain(result)
      }),
    )
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 64 }), (token, nonce) => {
        expect(checkSolution(SECRET, token, nonce, { now: NOW, minDifficulty: 8 })).not.toBeNull()
      }),
    )
  })
})
