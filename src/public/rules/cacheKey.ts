// The key of a cached response: everything that can change what Payload answers to a public
// read — method, host, the URL exactly as sent, the reader's language, who is asking (anonymous
// readers share entries; each API client has its own) and, for GraphQL, the body. Pure.

export type KeyParts = {
  method: string
  /** Host header (absolute URLs Payload builds may follow it) and protocol. */
  origin: string
  /** Path and query string exactly as sent (`req.originalUrl`). */
  url: string
  language: string
  /** `anonymous`, or the API client's user id: an API client may see its own account. */
  principal: string
  /** SHA-256 of a GraphQL request body, or empty. */
  bodyHash?: string
}

// A separator no header, URL or hash can contain unescaped.
const SEP = '\u0000'

export const cacheKey = (parts: KeyParts): string =>
  [parts.method, parts.origin, parts.url, parts.language, parts.principal, parts.bodyHash ?? ''].join(SEP)

/** The part of a key naming who asks, for anonymous readers and for one API client. */
export const principalOf = (userId: string | number | undefined): string =>
  userId === undefined ? 'anonymous' : `user:${String(userId)}`
