// Counts of public rows, kept between requests. A paginated list answers `totalDocs`, and the SQL
// adapters count every matching row for it: O(matches), 40–200 ms for a topic or audience filter
// at 100,000 articles, while the page itself costs under a millisecond of SQL. The count changes
// only when what is public changes, which is exactly when the response cache's epoch moves or a
// time boundary passes; so a count is kept under the same rules as a cached response (stored only
// under the epoch its read started in, with the boundary known, and dropped at the next boundary
// or change, here or on another instance) and the next page, depth, locale fallback or field
// selection of the same filter reads just its page.
//
// It wraps the database adapter's `find`: reads that carry a public read rule (anonymous readers,
// API clients) outside a transaction; everything else goes through untouched.
import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import { ruleInstant } from '@/access/ruleInstant'
import { countKey, paginationFor } from '../rules/countKey'
import { isFresh, storableFromInstant, type Ticket } from '../rules/freshness'
import { publicCacheEpoch } from './cacheEpoch'

type Known = { total: number; epoch: number; expiresAt: number }
type FindArgs = Parameters<Payload['db']['find']>[0]
type FindResult = Awaited<ReturnType<Payload['db']['find']>>

const WRAPPED = Symbol.for('cms.countMemo')

export type CountMemoDeps = {
  /** The epoch and boundary as a read starts. */
  ticket: () => Ticket
  /** Whether changes from other instances are known to reach this one in time. */
  healthy: (now: number) => boolean
}

export const installCountMemo = (payload: Payload, { ticket, healthy }: CountMemoDeps): void => {
  const db = payload.db as Payload['db'] & { [WRAPPED]?: true }
  if (db[WRAPPED]) return
  db[WRAPPED] = true

  const known = new LRUCache<string, Known>({ max: 10_000 })
  publicCacheEpoch.subscribe(() => known.clear())
  const find = db.find.bind(db)

  const findWithKnownCount = async (args: FindArgs): Promise<FindResult> => {
    const limit = args.limit ?? 0
    const page = args.page ?? 1
    const keyed =
      args.pagination === false || limit <= 0 || args.req?.transactionID
        ? null
        : countKey(args.collection, args.locale, args.where, ruleInstant)
    if (keyed === null) return find(args)
    const { key, instant } = keyed

    const now = Date.now()
    const entry = known.get(key)
    if (entry && isFresh(entry, publicCacheEpoch.current(), now) && healthy(now)) {
      const result = await find({ ...args, pagination: false })
      // The adapter's early answer for a page its joined filter left empty: the same either way.
      if (result.totalPages === 0) return result
      return { ...result, ...paginationFor(entry.total, limit, page), limit: args.limit ?? result.limit, page }
    }

    const started = ticket()
    const result = await find(args)
    if (result.totalPages !== 0) {
      const at = Date.now()
      const until = storableFromInstant(started, publicCacheEpoch.current(), at, instant)
      if (until !== undefined && healthy(at))
        known.set(key, { total: result.totalDocs, epoch: started.epoch, expiresAt: until })
    }
    return result
  }
  db.find = findWithKnownCount as Payload['db']['find']
}
