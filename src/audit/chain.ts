// The audit trail's hash chain: each event's hash covers its content and the previous event's
// hash, so changing, removing or reordering any stored event breaks every link after it.
import { createHash } from 'node:crypto'

export const GENESIS_HASH = '0'.repeat(64)

export type AuditContent = {
  seq: number
  action: string
  actorId: string | null
  actorEmail: string | null
  at: string // ISO time
  targetCollection: string | null
  targetId: string | null
  versionHash: string | null
  detail: unknown
}

export type StoredAuditEvent = AuditContent & { prevHash: string; hash: string }

// As stored: JSON drops undefined members, so the hash must too, or a stored event would never
// verify against the hash computed when it was written.
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => [key, canonical(record[key])]),
    )
  }
  return value ?? null
}

export const auditHash = (prevHash: string, content: AuditContent): string =>
  createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(
      JSON.stringify(
        canonical({
          seq: content.seq,
          action: content.action,
          actorId: content.actorId,
          actorEmail: content.actorEmail,
          at: new Date(content.at).toISOString(),
          targetCollection: content.targetCollection,
          targetId: content.targetId,
          versionHash: content.versionHash,
          detail: content.detail ?? null,
        }),
      ),
    )
    .digest('hex')

export type ChainVerdict =
  | { ok: true; count: number }
  | { ok: false; count: number; brokenAt: number; reason: 'sequence-gap' | 'prev-hash-mismatch' | 'hash-mismatch' }

/** Walks events in sequence order and names the first broken link. */
export const verifyChain = (events: readonly StoredAuditEvent[]): ChainVerdict => {
  let prevHash = GENESIS_HASH
  for (const [index, event] of events.entries()) {
    if (event.seq !== index + 1) return { ok: false, count: events.length, brokenAt: event.seq, reason: 'sequence-gap' }
    if (event.prevHash !== prevHash)
      return { ok: false, count: events.length, brokenAt: event.seq, reason: 'prev-hash-mismatch' }
    if (auditHash(prevHash, event) !== event.hash)
      return { ok: false, count: events.length, brokenAt: event.seq, reason: 'hash-mismatch' }
    prevHash = event.hash
  }
  return { ok: true, count: events.length }
}
