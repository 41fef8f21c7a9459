import type { CollectionBeforeChangeHook } from 'payload'

import { GENESIS_HASH, auditHash } from '../../../src/audit/chain'
import { SLUGS } from '../../slugs'

/**
 * Links a new event to the last one: sequence number, previous hash and its own hash are
 * computed here, whatever the caller sent. Runs inside the caller's transaction; the unique
 * sequence number makes a concurrent second append fail rather than fork the chain.
 */
export const chainEvent: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
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
