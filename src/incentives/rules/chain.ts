// The ledger's hash chain, like the audit trail's: each entry's hash covers its content and the
// previous entry's hash, so changing, removing or reordering a stored entry breaks every later link.
import { createHash } from 'node:crypto'

export const LEDGER_GENESIS = '0'.repeat(64)

export type ChainedContent = {
  seq: number
  kind: string
  contributor: string
  points: number
  amountCny: number
  settled: boolean
  key: string
  refersTo: string | null
  at: string
}

export const ledgerHash = (prevHash: string, c: ChainedContent): string =>
  createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(
      JSON.stringify([
        c.seq,
        c.kind,
        String(c.contributor),
        Number(c.points),
        Math.round(Number(c.amountCny) * 100),
        Boolean(c.settled),
        c.key,
        c.refersTo === null ? null : String(c.refersTo),
        new Date(c.at).toISOString(),
      ]),
    )
    .digest('hex')

export type BrokenLink = 'sequence-gap' | 'prev-hash-mismatch' | 'hash-mismatch'

export type StoredEntry = ChainedContent & { prevHash: string; hash: string }

/** Whether one stored entry links correctly after the previous one (null) or how it breaks. */
export const checkLink = (entry: StoredEntry, expectedSeq: number, prevHash: string): BrokenLink | null => {
  if (entry.seq !== expectedSeq) return 'sequence-gap'
  if (entry.prevHash !== prevHash) return 'prev-hash-mismatch'
  if (ledgerHash(prevHash, entry) !== entry.hash) return 'hash-mismatch'
  return null
}

export type LedgerVerdict =
  { ok: true; count: number } | { ok: false; count: number; brokenAt: number; reason: BrokenLink }

export const verifyLedger = (entries: readonly StoredEntry[]): LedgerVerdict => {
  let prevHash = LEDGER_GENESIS
  for (const [index, entry] of entries.entries()) {
    const broken = checkLink(entry, index + 1, prevHash)
    if (broken) return { ok: false, count: entries.length, brokenAt: entry.seq, reason: broken }
    prevHash = entry.hash
  }
  return { ok: true, count: entries.length }
}
