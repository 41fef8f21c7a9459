import type { CollectionBeforeChangeHook } from 'payload'

import { GENESIS_HASH, auditHash } from '@/audit/chain'
import { advisoryTransactionLock } from '@/db/advisoryLock'
import type { AuditEvent } from '@/payload-types'
import { SLUGS } from '../../slugs'

/** Any constant: the advisory lock that queues audit appends on Postgres. */
const AUDIT_LOCK_KEY = 7_262_001

/**
 * Links a new event to the last one: sequence number, previous hash and its own hash are
 * computed here, whatever the caller sent. Runs inside the caller's transaction; the unique
 * sequence number makes a concurrent second append fail rather than fork the chain.
 */
export const chainEvent: CollectionBeforeChangeHook<AuditEvent> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  await advisoryTransactionLock(req, AUDIT_LOCK_KEY)
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
