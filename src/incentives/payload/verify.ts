// Walks the stored ledger in sequence order, a page at a time, and names the first broken link.
import type { Payload } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { idOf } from '@/db/relationIds'
import { LEDGER_GENESIS, type LedgerVerdict, checkLink } from '../rules/chain'

const PAGE = 1000

export const verifyStoredLedger = async (payload: Payload): Promise<LedgerVerdict> => {
  let prevHash = LEDGER_GENESIS
  let count = 0
  for (let page = 1; ; page++) {
    const batch = await payload.find({
      collection: SLUGS.pointLedger,
      sort: 'seq',
      limit: PAGE,
      page,
      depth: 0,
      overrideAccess: true,
    })
    for (const e of batch.docs) {
      count++
      const refersTo = idOf(e.refersTo)
      const broken = checkLink(
        {
          seq: e.seq,
          kind: e.kind,
          contributor: String(idOf(e.contributor)),
          points: e.points,
          amountCny: e.amountCny,
          settled: Boolean(e.settled),
          key: e.key,
          refersTo: refersTo === null ? null : String(refersTo),
          at: e.at,
          prevHash: e.prevHash,
          hash: e.hash,
        },
        count,
        prevHash,
      )
      if (broken) return { ok: false, count, brokenAt: e.seq, reason: broken }
      prevHash = e.hash
    }
    if (!batch.hasNextPage) break
  }
  return { ok: true, count }
}
