import { describe, expect, it } from 'vitest'

import { type AuditContent, GENESIS_HASH, type StoredAuditEvent, auditHash, verifyChain } from './chain'

const chainOf = (contents: Omit<AuditContent, 'seq'>[]): StoredAuditEvent[] => {
  let prevHash = GENESIS_HASH
  return contents.map((content, index) => {
    const withSeq = { ...content, seq: index + 1 }
    const hash = auditHash(prevHash, withSeq)
    const event = { ...withSeq, prevHash, hash }
    prevHash = hash
    return event
  })
}

const event = (action: string, detail: unknown = {}): Omit<AuditContent, 'seq'> => ({
  action,
  actorId: '1',
  actorEmail: 'privacy@demo.hospital',
  at: '2026-11-23T08:00:00.000Z',
  targetCollection: 'consents',
  targetId: '7',
  versionHash: null,
  detail,
})

describe(verifyChain.name, () => {
  const events = chainOf([
    event('consent.created'),
    event('consent.updated', { fields: ['status'] }),
    event('consent.revoked', { reason: '本人要求' }),
  ])

  it('should accept an intact chain and an empty one', () => {
    expect(verifyChain(events)).toEqual({ ok: true, count: 3 })
    expect(verifyChain([])).toEqual({ ok: true, count: 0 })
  })
  it('should name the event whose content was changed', () => {
    const tampered = events.map((e) => (e.seq === 2 ? { ...e, detail: { fields: ['patientName'] } } : e))
    expect(verifyChain(tampered)).toMatchObject({ ok: false, brokenAt: 2, reason: 'hash-mismatch' })
  })
  it('should catch a rewritten event whose hash was recomputed, at the next link', () => {
    const forged = { ...events[1], action: 'consent.viewed' }
    forged.hash = auditHash(forged.prevHash, forged)
    expect(verifyChain([events[0], forged, events[2]])).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: 'prev-hash-mismatch',
    })
  })
  it('should catch a removed event', () => {
    expect(verifyChain([events[0], events[2]])).toMatchObject({ ok: false, brokenAt: 3, reason: 'sequence-gap' })
  })
  it('should hash a detail with undefined members as it will be stored (without them)', () => {
    const written = auditHash(GENESIS_HASH, { ...event('x', { a: 1, b: undefined }), seq: 1 })
    const stored = auditHash(GENESIS_HASH, {
      ...event('x', JSON.parse(JSON.stringify({ a: 1, b: undefined }))),
      seq: 1,
    })
    expect(written).toBe(stored)
  })
  it('should not depend on the key order of the detail', () => {
    const a = auditHash(GENESIS_HASH, { ...event('x', { a: 1, b: 2 }), seq: 1 })
    const b = auditHash(GENESIS_HASH, { ...event('x', { b: 2, a: 1 }), seq: 1 })
    expect(a).toBe(b)
  })
})
