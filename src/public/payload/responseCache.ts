// The response cache for public reads: anonymous and API-client GETs of the collections readers
// see (REST, media files) and GraphQL queries of them, answered from memory with a strong ETag,
// 304s and brotli/gzip compressed once per entry. Everything else — staff sessions, writes,
// drafts, other paths — goes straight to Payload (`x-cache: bypass`).
//
// Never staler than the gate: an entry is served only under the epoch it was stored in (every
// change here or on another instance bumps it, see cacheInvalidation.ts and invalidationSignal.ts)
// and before the next time boundary (boundaryKeeper.ts); a response is stored under the epoch its
// request started in, so a read that overlapped a write is never stored as fresh.
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import type { Request, RequestHandler, Response } from 'express'
import { LRUCache } from 'lru-cache'
import { executeAuthStrategies, formatNames, type Payload, toWords } from 'payload'

import { credentialRefusal } from '@/auth/credentialStatus'
import { env } from '@/env'
import { readBody } from '@/http/readBody'
import { requestLanguage } from '@/http/sendError'
import { hasSessionCookie, sessionCookieName } from '@/http/sessionCookie'
import { keyVerdict, type KeyVerdict, resolutionLifetime } from '../rules/apiKeyPrincipal'
import { cacheDecision, PUBLIC_COLLECTIONS, type Route } from '../rules/cacheableRequest'
import { cacheKey, principalOf } from '../rules/cacheKey'
import {
  chooseEncoding,
  type Encoding,
  etagFor,
  isCompressible,
  notModified,
  PRIVATE_CACHE_CONTROL,
  publicCacheControl,
} from '../rules/conditional'
import { isFresh, storableUntil, type Ticket } from '../rules/freshness'
import { isCacheableGraphqlBody, publicRootFields } from '../rules/graphqlQuery'
import { startBoundaryKeeper } from './boundaryKeeper'
import { publicCacheEpoch } from './cacheEpoch'
import { installCountMemo } from './countMemo'
import { startInvalidationSignal } from './invalidationSignal'

export type ResponseCacheSettings = {
  enabled: boolean
  maxBytes: number
  sharedMaxAgeSeconds: number
}

export const settingsFromEnv = (): ResponseCacheSettings => ({
  enabled: env.cache !== 'off',
  maxBytes: Math.max(1, env.cacheMaxMb) * 1024 * 1024,
  sharedMaxAgeSeconds: Math.max(0, env.cacheSharedMaxAge),
})

type Entry = {
  epoch: number
  expiresAt: number
  /** Headers of Payload's answer worth repeating (content type, a file's security policy …). */
  headers: [string, string][]
  body: Buffer
  /** SHA-256 of the body, base64url: the ETag. */
  digest: string
  compressible: boolean
  variants: Partial<Record<'br' | 'gzip', Buffer>>
  pending: Partial<Record<'br' | 'gzip', Promise<Buffer>>>
}

/** Headers of Payload's answer kept with an entry; everything else is the host's to set per request. */
const KEPT_HEADERS = [
  'content-type',
  'content-disposition',
  'content-security-policy',
  'content-language',
  'accept-ranges',
  'last-modified',
]

const ANONYMOUS = principalOf(undefined)
const PRIVATE_REVALIDATE = 'private, no-cache'

/** A key resolution is reused at most this long (and never past the key's expiry). */
const KEY_RESOLUTION_MS = 1_000

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

const compress = (body: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer> =>
  encoding === 'br'
    ? brotli(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          // A default list of 10 (76 KB): quality 5 takes 1 ms for 11.4 KB, 9 takes 18 ms for 10.9 KB
          // and 11 about 100 ms for 10.3 KB — paid by the reader of every miss.
          [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzip(body, { level: 6 })

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('base64url')

const hasBody = (req: Request): boolean =>
  Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined

/** Sets `Cache-Control: private, no-store` as the headers go out, whatever the handler set. */
const forcePrivate = (res: Response) => {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below and called with apply(this)
  const writeHead = res.writeHead
  res.writeHead = function (this: Response, ...args: unknown[]) {
    this.setHeader('cache-control', PRIVATE_CACHE_CONTROL)
    return (writeHead as (...a: unknown[]) => Response).apply(this, args)
  } as Response['writeHead']
}

/** The root GraphQL fields of the public collections, named as Payload names them. */
const graphqlRootNames = (payload: Payload): Set<string> =>
  new Set(
    PUBLIC_COLLECTIONS.flatMap((slug) => {
      const config = payload.collections[slug as keyof typeof payload.collections]?.config
      if (!config || config.graphQL === false) return []
      const custom: { singularName?: string; pluralName?: string } =
        typeof config.graphQL === 'object' ? config.graphQL : {}
      const names = formatNames(slug)
      return publicRootFields({
        singular: custom.singularName ? toWords(custom.singularName, true) : names.singular,
        plural: custom.pluralName ? toWords(custom.pluralName, true) : names.plural,
      })
    }),
  )

export const responseCache = (
  payload: Payload,
  settings: ResponseCacheSettings = settingsFromEnv(),
): RequestHandler => {
  const cookieName = sessionCookieName(payload.config.cookiePrefix)
  if (!settings.enabled) {
    return (req, res, next) => {
      if (hasSessionCookie(req.headers.cookie, cookieName) || req.headers.authorization) forcePrivate(res)
      next()
    }
  }

  const cacheControl = publicCacheControl(settings.sharedMaxAgeSeconds)
  const maxEntryBytes = Math.min(8 * 1024 * 1024, Math.floor(settings.maxBytes / 8))
  const entries = new LRUCache<string, Entry>({
    maxSize: settings.maxBytes,
    sizeCalculation: (entry, key) =>
      entry.body.length + (entry.variants.br?.length ?? 0) + (entry.variants.gzip?.length ?? 0) + key.length * 2 + 512,
  })
  type Resolution = { verdict: KeyVerdict; until: number }
  const keys = new LRUCache<string, Resolution>({ max: 1_000 })
  const resolving = new Map<string, Promise<KeyVerdict>>()
  const graphqlNames = graphqlRootNames(payload)

  const signal = startInvalidationSignal(payload)
  const boundary = startBoundaryKeeper(payload, () => entries.clear())
  // Totals of public lists follow the same rules as entries (countMemo.ts).
  installCountMemo(payload, {
    ticket: () => ({ epoch: publicCacheEpoch.current(), boundary: boundary.current() }),
    healthy: signal.healthy,
  })
  publicCacheEpoch.subscribe(() => {
    // Entries of older epochs can never be served again: free their memory now. A key's account
    // may have changed too (deactivated, new scope, new expiry).
    entries.clear()
    keys.clear()
    resolving.clear()
  })

  const resolveKey = async (authorization: string): Promise<KeyVerdict> => {
    const id = sha256(authorization)
    const known = keys.get(id)
    if (known && Date.now() < known.until) return known.verdict
    const inFlight = resolving.get(id)
    if (inFlight) return inFlight
    const epoch = publicCacheEpoch.current()
    const work = (async () => {
      const { user } = await executeAuthStrategies({
        headers: new Headers({ authorization }),
        payload,
        canSetHeaders: false,
      })
      const now = Date.now()
      const account = user as unknown as Parameters<typeof keyVerdict>[0] & Parameters<typeof credentialRefusal>[0]
      const verdict = keyVerdict(account, credentialRefusal(account, new Date(now)) !== undefined)
      const lifetime = resolutionLifetime(account, now, KEY_RESOLUTION_MS)
      if (lifetime > 0 && publicCacheEpoch.current() === epoch) keys.set(id, { verdict, until: now + lifetime })
      return verdict
    })()
    resolving.set(id, work)
    try {
      return await work
    } finally {
      if (resolving.get(id) === work) resolving.delete(id)
    }
  }

  const variant = (key: string, entry: Entry, encoding: 'br' | 'gzip'): Buffer | Promise<Buffer> => {
    const ready = entry.variants[encoding]
    if (ready) return ready
    entry.pending[encoding] ??= compress(entry.body, encoding).then((buffer) => {
      entry.variants[encoding] = buffer
      delete entry.pending[encoding]
      // Count the variant against the memory bound (set again recomputes the entry's size).
      if (entries.peek(key) === entry) entries.set(key, entry)
      return buffer
    })
    return entry.pending[encoding]
  }

  const send = async (
    req: Request,
    res: Response,
    key: string,
    entry: Entry,
    outcome: 'hit' | 'miss',
    control: string,
  ) => {
    res.setHeader('x-cache', outcome)
    res.setHeader('cache-control', control)
    res.vary('Accept-Encoding')
    res.vary('Accept-Language')
    res.removeHeader('content-length')
    res.removeHeader('content-encoding')
    const encoding: Encoding = entry.compressible ? chooseEncoding(req.headers['accept-encoding']) : 'identity'
    res.setHeader('etag', etagFor(entry.digest, encoding))
    if (notModified(req.headers['if-none-match'], entry.digest)) {
      res.statusCode = 304
      res.end()
      return
    }
    for (const [name, value] of entry.headers) res.setHeader(name, value)
    const body = encoding === 'identity' ? entry.body : await variant(key, entry, encoding)
    if (encoding !== 'identity') res.setHeader('content-encoding', encoding)
    res.setHeader('content-length', body.length)
    res.statusCode = 200
    res.end(body)
  }

  /** Lets the request through to Payload, holding its answer back to store and send it as an entry. */
  const capture = (
    req: Request,
    res: Response,
    next: (error?: unknown) => void,
    key: string,
    ticket: Ticket,
    route: Route,
    control: string,
  ) => {
    const chunks: Buffer[] = []
    let length = 0
    /* eslint-disable @typescript-eslint/unbound-method -- saved to be restored, always called on res */
    const write = res.write
    const end = res.end
    /* eslint-enable @typescript-eslint/unbound-method */
    const release = () => {
      res.write = write
      res.end = end
    }
    const toBuffer = (chunk: unknown, encoding: unknown): Buffer => {
      if (Buffer.isBuffer(chunk)) return chunk
      if (typeof chunk === 'string')
        return Buffer.from(chunk, (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding)
      return Buffer.from(chunk as Uint8Array)
    }
    // Too large, or not a 200: send what was held back and stream the rest untouched.
    const passThrough = () => {
      release()
      res.setHeader('x-cache', 'miss')
      for (const chunk of chunks.splice(0)) (write as (chunk: Buffer) => boolean).call(res, chunk)
    }

    res.write = function (this: Response, chunk: unknown, encoding?: unknown, callback?: unknown) {
      if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
      const buffer = toBuffer(chunk, encoding)
      chunks.push(buffer)
      length += buffer.length
      if (res.statusCode !== 200 || length > maxEntryBytes) passThrough()
      if (typeof callback === 'function') process.nextTick(callback)
      return true
    } as Response['write']

    res.end = function (this: Response, chunk?: unknown, encoding?: unknown, callback?: unknown) {
      if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined]
      if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
      if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, encoding))
      release()
      const body = Buffer.concat(chunks)
      const done = typeof callback === 'function' ? (callback as () => void) : undefined
      const contentType = String(res.getHeader('content-type') ?? '')
      const storable =
        res.statusCode === 200 &&
        body.length <= maxEntryBytes &&
        !res.getHeader('set-cookie') &&
        !res.getHeader('content-encoding') &&
        contentType !== '' &&
        (route === 'file' || /^application\/json\b/i.test(contentType)) &&
        // A GraphQL answer with errors (partial data, a refused field) is not worth keeping.
        (route !== 'graphql' || !body.includes('"errors"'))
      if (!storable) {
        res.setHeader('x-cache', 'miss')
        return (end as (chunk: Buffer, callback?: () => void) => Response).call(res, body, done)
      }
      const entry: Entry = {
        epoch: ticket.epoch,
        expiresAt: 0,
        headers: KEPT_HEADERS.flatMap((name) => {
          const value = res.getHeader(name)
          return value === undefined
            ? []
            : [[name, Array.isArray(value) ? value.join(', ') : String(value)] as [string, string]]
        }),
        body,
        digest: sha256(body),
        compressible: isCompressible(contentType, body.length),
        variants: {},
        pending: {},
      }
      const now = Date.now()
      const until = storableUntil(ticket, publicCacheEpoch.current(), now)
      if (until !== undefined && signal.healthy(now)) {
        entry.expiresAt = until
        entries.set(key, entry)
      }
      send(req, res, key, entry, 'miss', control).then(done, (error: unknown) =>
        res.headersSent ? res.destroy(error as Error) : next(error),
      )
      return res
    } as Response['end']

    next()
  }

  const bypass = (res: Response, next: () => void, credentialed: boolean) => {
    res.setHeader('x-cache', 'bypass')
    if (credentialed) forcePrivate(res)
    next()
  }

  const readRequestBody = (req: Request, res: Response): Promise<void> =>
    new Promise((resolve, reject) =>
      readBody(req, res, (error?: unknown) =>
        error
          ? reject(error instanceof Error ? error : new Error('request body could not be read', { cause: error }))
          : resolve(),
      ),
    )

  return (req, res, next) => {
    // What this request may store is fixed now, before anything is read.
    const ticket: Ticket = { epoch: publicCacheEpoch.current(), boundary: boundary.current() }
    const url = req.originalUrl
    const query = url.indexOf('?')
    const decision = cacheDecision({
      method: req.method,
      pathname: query === -1 ? url : url.slice(0, query),
      search: query === -1 ? '' : url.slice(query + 1),
      authorization: req.headers.authorization,
      sessionCookie: hasSessionCookie(req.headers.cookie, cookieName),
      hasBody: hasBody(req),
      contentType: req.headers['content-type'],
      range: req.headers.range,
    })
    if (!decision.cacheable) return bypass(res, next, decision.credentialed)
    const credentialed = decision.credential === 'api-key'
    if (!signal.healthy(Date.now())) return bypass(res, next, credentialed)

    const serve = async () => {
      let principal = ANONYMOUS
      if (credentialed) {
        const verdict = await resolveKey(req.headers.authorization!)
        // A refused key (expired, deactivated) gets its 401 from the host; more reach, Payload's answer.
        if (verdict.kind === 'bypass') return bypass(res, next, true)
        if (verdict.kind === 'api-client') principal = principalOf(verdict.userId)
      }
      let bodyHash: string | undefined
      if (decision.route === 'graphql') {
        await readRequestBody(req, res)
        const body = req.body as Buffer | undefined
        if (!Buffer.isBuffer(body) || body.length === 0) return bypass(res, next, credentialed)
        bodyHash = sha256(body)
      }
      const key = cacheKey({
        method: req.method,
        origin: `${req.protocol}://${req.headers.host ?? ''}`,
        url,
        language: requestLanguage(req.headers),
        principal,
        bodyHash,
      })
      // An API client's answer is its own: a shared cache in front must not hand it to others.
      const control = principal === ANONYMOUS ? cacheControl : PRIVATE_REVALIDATE
      const entry = entries.get(key)
      const now = Date.now()
      if (entry && isFresh(entry, publicCacheEpoch.current(), now) && signal.healthy(now)) {
        await send(req, res, key, entry, 'hit', control)
        return
      }
      if (decision.route === 'graphql' && !isCacheableGraphqlBody((req.body as Buffer).toString('utf8'), graphqlNames))
        return bypass(res, next, credentialed)
      capture(req, res, next, key, ticket, decision.route, control)
    }
    serve().catch(next)
  }
}
