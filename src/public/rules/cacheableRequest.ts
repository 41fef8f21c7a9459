// Which API requests the public response cache may answer: reads of the collections readers see,
// by anonymous readers and API keys, nothing with a staff session and nothing that asks for
// drafts. Everything else passes straight through to Payload. Pure: no Payload imports.

/** The collections readers see, and so the only ones whose reads are cached. */
export const PUBLIC_COLLECTIONS = [
  'articles',
  'patient-stories',
  'departments',
  'topics',
  'audiences',
  'doctors',
  'media',
] as const

/** Upload collections among them, whose files (`/api/<slug>/file/<name>`) are cached too. */
export const PUBLIC_UPLOADS = ['media'] as const

export type RequestFacts = {
  method: string
  /** Path without the query string, e.g. `/api/articles/12`. */
  pathname: string
  /** The raw query string without `?` (empty when none). */
  search: string
  authorization?: string
  /** True when the Cookie header carries Payload's session cookie. */
  sessionCookie: boolean
  /** True when the request carries a body (Content-Length > 0 or chunked). */
  hasBody: boolean
  contentType?: string
  /** A Range header: partial responses are Payload's to answer. */
  range?: string
}

export type Credential = 'anonymous' | 'api-key'
export type Route = 'rest' | 'file' | 'graphql'

export type CacheDecision =
  | { cacheable: true; route: Route; credential: Credential }
  /** `credentialed`: the request carries a session or a key, so its answer is private. */
  | { cacheable: false; reason: string; credentialed: boolean }

export const GRAPHQL_PATH = '/api/graphql'
/** Public search (src/public/payload/searchEndpoint.ts): public content only, like the lists. */
export const SEARCH_PATH = '/api/search'

/** `users API-Key <key>`: Payload's API-key header for the auth collection `users`. */
export const API_KEY_PREFIX = 'users API-Key '

// A document id: a serial number (SQLite, Postgres) or an ObjectId (MongoDB). Custom endpoints
// and Payload's other routes (versions, access, init …) never look like one.
const ID = /^(?:\d{1,15}|[0-9a-f]{24})$/i

const publicRoute = (pathname: string): Route | undefined => {
  const parts = pathname.split('/')
  // ['', 'api', slug, ...rest]
  if (parts.length < 3 || parts[0] !== '' || parts[1] !== 'api') return undefined
  if (pathname === SEARCH_PATH) return 'rest'
  const slug = parts[2]
  if (!(PUBLIC_COLLECTIONS as readonly string[]).includes(slug)) return undefined
  const rest = parts.slice(3)
  if (rest.length === 0 || (rest.length === 1 && rest[0] === '')) return 'rest'
  if (rest.length === 1 && (rest[0] === 'count' || ID.test(rest[0]))) return 'rest'
  if (rest.length === 2 && rest[0] === 'file' && rest[1] !== '' && (PUBLIC_UPLOADS as readonly string[]).includes(slug))
    return 'file'
  return undefined
}

/** True when the query string asks for drafts (`draft=…` anything but `false`), in any spelling. */
export const asksForDrafts = (search: string): boolean =>
  new URLSearchParams(search).getAll('draft').some((value) => value !== 'false')

const credentialOf = (facts: RequestFacts): Credential | 'session' | 'other' => {
  if (facts.sessionCookie) return 'session'
  const authorization = facts.authorization?.trim()
  if (!authorization) return 'anonymous'
  if (facts.authorization!.startsWith(API_KEY_PREFIX) && facts.authorization!.length > API_KEY_PREFIX.length)
    return 'api-key'
  // `JWT …`, `Bearer …` (staff sessions) and anything Payload might read some other way.
  return /^(?:JWT|Bearer)\s/i.test(authorization) ? 'session' : 'other'
}

export const cacheDecision = (facts: RequestFacts): CacheDecision => {
  const credential = credentialOf(facts)
  const credentialed = credential !== 'anonymous'
  const bypass = (reason: string): CacheDecision => ({ cacheable: false, reason, credentialed })
  if (credential === 'session') return bypass('session')
  if (credential === 'other') return bypass('authorization')
  if (facts.pathname === GRAPHQL_PATH) {
    if (facts.method !== 'POST') return bypass('method')
    if (!facts.contentType || !/^application\/json\s*(?:;|$)/i.test(facts.contentType)) return bypass('content-type')
    if (facts.search) return bypass('query')
    return { cacheable: true, route: 'graphql', credential }
  }
  if (facts.method !== 'GET') return bypass('method')
  const route = publicRoute(facts.pathname)
  if (!route) return bypass('path')
  if (facts.hasBody) return bypass('body')
  if (facts.range !== undefined) return bypass('range')
  if (asksForDrafts(facts.search)) return bypass('draft')
  return { cacheable: true, route, credential }
}
