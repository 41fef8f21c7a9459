import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { GENESIS_HASH, auditHash } from '@/audit/chain'
import type { AuditEvent } from '@/payload-types'
import { SLUGS } from '../../slugs'

/** Any constant: the advisory lock that queues audit appends on Postgres. */
const AUDIT_LOCK_KEY = 7_262_001

/**
 * On Postgres, concurrent appends (several workers, simultaneous requests) wait for each other
 * inside their transactions instead of racing for the same sequence number and failing; the lock
 * is released when the transaction ends. SQLite already serialises writers.
 */
const serializeAppends = async (req: PayloadRequest) => {
  const db = req.payload.db as unknown as {
    name: string
    sessions?: Record<string, { db?: { execute: (query: string) => Promise<unknown> } }>
  }
  if (db.name !== 'postgres') return
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session = transactionID !== undefined ? db.sessions?.[String(transactionID)] : undefined
  if (session?.db) await session.db.execute(`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`)
}

/**
 * Links a new event to the last one: sequence number, previous hash and its own hash are
 * computed here, whatever the caller sent. Runs inside the caller's transaction; the unique
 * sequence number makes a concurrent second append fail rather than fork the chain.
 */
export const chainEvent: CollectionBeforeChangeHook<AuditEvent> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  await serializeAppends(req)
  const last = await req.payload.find({
    collection: SLUGS.auditEvents,
    sort: '-seq',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
  })
  const previous = last.docs[0]
  const seq = (previous?.seq ?? 0) + 1
  const prevHash = previous?.hash ?? GENESIS_HASH
  const content = {
    seq,
    action: String(data.action),
    actorId: data.actorId ?? null,
    actorEmail: data.actorEmail ?? null,
    at: data.at ?? new Date().toISOString(),
    targetCollection: data.targetCollection ?? null,
    targetId: data.targetId ?? null,
    versionHash: data.versionHash ?? null,
    detail: data.detail ?? null,
  }
  return { ...content, prevHash, hash: auditHash(prevHash, content) }
}
