// What GET /api/search accepts, checked before anything is read. Pure: no Payload imports.
import { type QueryPart, parseQuery } from './searchText'

export const SEARCH_COLLECTIONS = ['articles', 'patient-stories'] as const
export type SearchCollection = (typeof SEARCH_COLLECTIONS)[number]

export const MAX_QUERY_LENGTH = 100
export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 50
/** Deep pages of a ranked search are never read by people; the cap keeps OFFSET small. */
export const MAX_PAGE = 100

export type SearchRequest = {
  q: string
  parts: QueryPart[]
  locale: string
  collection?: SearchCollection
  limit: number
  page: number
}

export type SearchRequestProblem =
  | { code: 'search-query-required' }
  | { code: 'search-query-too-long'; max: number }
  | { code: 'invalid-query'; details: string }
  | { code: 'unknown-locale'; locale: string; locales: string }

const one = (params: URLSearchParams, name: string): string | undefined | null => {
  const all = params.getAll(name)
  if (all.length > 1) return null
  return all[0]
}

const integer = (raw: string | undefined, name: string, fallback: number, max: number): number | string => {
  if (raw === undefined) return fallback
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1 || Number(raw) > max)
    return `${name}=${raw.slice(0, 20)}: expected a whole number from 1 to ${max}`
  return Number(raw)
}

export const parseSearchRequest = (
  params: URLSearchParams,
  locales: readonly string[],
  defaultLocale: string,
): SearchRequest | SearchRequestProblem => {
  for (const name of ['q', 'locale', 'collection', 'limit', 'page']) {
    if (one(params, name) === null) return { code: 'invalid-query', details: `${name}: expected one value` }
  }
  const q = (one(params, 'q') ?? '').trim()
  if (!q) return { code: 'search-query-required' }
  if ([...q].length > MAX_QUERY_LENGTH) return { code: 'search-query-too-long', max: MAX_QUERY_LENGTH }
  const locale = one(params, 'locale') ?? defaultLocale
  // The host refuses unknown locales before this (src/http/queryRules.ts); `all` it allows, search does not.
  if (locale === 'all') return { code: 'invalid-query', details: 'locale=all: search reads one locale at a time' }
  if (!locales.includes(locale))
    return { code: 'unknown-locale', locale: locale.slice(0, 20), locales: locales.join(', ') }
  const collection = one(params, 'collection') || undefined
  if (collection !== undefined && !(SEARCH_COLLECTIONS as readonly string[]).includes(collection)) {
    return {
      code: 'invalid-query',
      details: `collection=${collection.slice(0, 40)}: expected ${SEARCH_COLLECTIONS.join(' or ')}`,
    }
  }
  const limit = integer(one(params, 'limit') ?? undefined, 'limit', DEFAULT_LIMIT, MAX_LIMIT)
  if (typeof limit === 'string') return { code: 'invalid-query', details: limit }
  const page = integer(one(params, 'page') ?? undefined, 'page', 1, MAX_PAGE)
  if (typeof page === 'string') return { code: 'invalid-query', details: page }
  return { q, parts: parseQuery(q), locale, collection: collection as SearchCollection | undefined, limit, page }
}
