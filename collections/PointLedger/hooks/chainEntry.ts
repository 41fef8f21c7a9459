import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/db/relationIds'
import { serializeLedgerAppends } from '@/incentives/payload/ledger'
import { LEDGER_GENESIS, ledgerHash } from '@/incentives/rules/chain'
import type { PointLedger } from '@/payload-types'
import { SLUGS } from '../../slugs'

/**
 * Links a new entry to the last one: sequence number, previous hash and its own hash are computed
 * here, whatever the caller sent. The unique sequence number makes a racing second append fail
 * rather than fork the chain.
 */
export const chainEntry: CollectionBeforeChangeHook<PointLedger> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  await serializeLedgerAppends(req)
  const last = await req.payload.find({
    collection: SLUGS.pointLedger,
    sort: '-seq',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
  })
  const previous = last.docs[0]
  const seq = (previous?.seq ?? 0) + 1
  const prevHash = previous?.hash ?? LEDGER_GENESIS
  const at = data.at ?? new Date().toISOString()
  const hash = ledgerHash(prevHash, {
    seq,
    kind: String(data.kind),
    contributor: String(idOf(data.contributor)),
    points: Number(data.points ?? 0),
    amountCny: Number(data.amountCny ?? 0),
    settled: Boolean(data.settled),
    key: String(data.key),
    refersTo: idOf(data.refersTo) === null ? null : String(idOf(data.refersTo)),
    at,
  })
  return { ...data, at, seq, prevHash, hash }
}
