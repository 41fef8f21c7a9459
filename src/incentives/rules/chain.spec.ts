import { describe, expect, it } from 'vitest'

import { type ChainedContent, LEDGER_GENESIS, type StoredEntry, ledgerHash, verifyLedger } from './chain'

const chainOf = (contents: Omit<ChainedContent, 'seq'>[]): StoredEntry[] => {
  let prevHash = LEDGER_GENESIS
  return contents.map((content, index) => {
    const withSeq = { ...content, seq: index + 1 }
    const hash = ledgerHash(prevHash, withSeq)
    const stored = { ...withSeq, prevHash, hash }
    prevHash = hash
    return stored
  })
}

const entry = (kind: string, points: number, refersTo: string | null = null): Omit<ChainedContent, 'seq'> => ({
  kind,
  contributor: '3',
  points,
  amountCny: kind === 'approval' ? 300 : 0,
  settled: true,
  key: `${kind}:${points}:${refersTo}`,
  refersTo,
  at: '2026-11-20T02:00:00.000Z',
})

describe(verifyLedger.name, () => {
  const entries = chainOf([entry('grant', 10), entry('approval', 50, '1'), entry('reversal', -50, '2')])

  it('should find an intact chain intact', () => {
    expect(verifyLedger(entries)).toEqual({ ok: true, count: 3 })
  })

  it('should name the entry whose points were changed, removed or reordered', () => {
    const changed = entries.map((e) => (e.seq === 2 ? { ...e, points: 500 } : e))
    expect(verifyLedger(changed)).toMatchObject({ ok: false, brokenAt: 2, reason: 'hash-mismatch' })
    expect(verifyLedger([entries[0], entries[2]])).toMatchObject({ ok: false, brokenAt: 3, reason: 'sequence-gap' })
    const money = entries.map((e) => (e.seq === 2 ? { ...e, amountCny: 3000 } : e))
    expect(verifyLedger(money)).toMatchObject({ ok: false, brokenAt: 2 })
  })
})
