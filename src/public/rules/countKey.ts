// The key under which the count memo (src/public/payload/countMemo.ts) keeps how many public rows
// a query matches. A query is the client's filter combined with the public read rule, and the
// rule holds the instant it was built for; that instant is replaced by a token, so the same filter
// read a moment later has the same key — valid because the memo forgets every count at the next
// time boundary (a re-review date, a consent's start or end), before which the rule's instant
// changes nothing. Only values inside a rule object stamped by src/access/ruleInstant.ts are
// replaced: a client's value equal to that instant stays what it is. Pure.

const RULE = '\u0000rule'
const NOW = '\u0000now'

type InstantOf = (value: object) => string | undefined

/**
 * `collection|locale|where` and the earliest instant (ms) of the stamped rules in it, or null when
 * the query holds no stamped public rule (staff reads, overrideAccess reads): those are not memoized.
 */
export const countKey = (
  collection: string,
  locale: string | undefined,
  where: unknown,
  instantOf: InstantOf,
): { key: string; instant: number } | null => {
  let instantMs = Number.POSITIVE_INFINITY
  const walk = (value: unknown, instant: string | undefined): unknown => {
    if (value instanceof Date) {
      const iso = value.toISOString()
      return iso === instant ? NOW : iso
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, instant))
    if (value !== null && typeof value === 'object') {
      const own = instantOf(value)
      if (own !== undefined) instantMs = Math.min(instantMs, Date.parse(own))
      const inner = own ?? instant
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(value).sort()) out[key] = walk((value as Record<string, unknown>)[key], inner)
      return own !== undefined ? { [RULE]: out } : out
    }
    return typeof value === 'string' && value === instant ? NOW : value
  }
  const shape = JSON.stringify(walk(where, undefined)) ?? 'null'
  return Number.isFinite(instantMs)
    ? { key: `${collection}\u0000${locale ?? ''}\u0000${shape}`, instant: instantMs }
    : null
}

/** A page's pagination fields for a known total, exactly as Payload's SQL adapters compute them. */
export const paginationFor = (totalDocs: number, limit: number, page: number) => {
  if (totalDocs === 0) {
    return {
      totalDocs: 0,
      totalPages: 1,
      pagingCounter: 1,
      hasPrevPage: false,
      hasNextPage: false,
      prevPage: null,
      nextPage: null,
    }
  }
  const totalPages = limit > 0 ? Math.ceil(totalDocs / limit) : 1
  const hasPrevPage = page > 1
  const hasNextPage = totalPages > page
  return {
    totalDocs,
    totalPages,
    pagingCounter: (page - 1) * limit + 1,
    hasPrevPage,
    hasNextPage,
    prevPage: hasPrevPage ? page - 1 : null,
    nextPage: hasNextPage ? page + 1 : null,
  }
}
