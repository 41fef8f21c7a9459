// Which cookie-authenticated mutations come from somewhere else: a browser sends the session
// cookie with a cross-site form or script, but it also says where the request came from
// (Origin, or Referer when Origin is missing). Pure.

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export type OriginCheck = {
  method: string
  origin?: string | undefined
  referer?: string | undefined
  /** The request carries the session cookie. */
  hasSessionCookie: boolean
  /** The request carries an Authorization header (JWT or API key), which no other site can make a browser send. */
  hasAuthorization: boolean
  /** This server's own origins: SERVER_URL's and the one the request was addressed to. */
  ownOrigins: readonly string[]
  /** Other origins allowed to send credentialed requests (CORS_ORIGINS). */
  allowedOrigins: readonly string[]
}

/** `scheme://host[:port]` in lower case, or undefined when the text is not an absolute URL. */
export const originOf = (url: string): string | undefined => {
  try {
    const parsed = new URL(url)
    return parsed.origin === 'null' ? undefined : parsed.origin.toLowerCase()
  } catch {
    return undefined
  }
}

/** The foreign origin to name in the refusal, or undefined when the request may go on. */
export const foreignOrigin = (check: OriginCheck): string | undefined => {
  if (!MUTATING.has(check.method.toUpperCase()) || !check.hasSessionCookie || check.hasAuthorization) return undefined
  const claimed = check.origin ?? check.referer
  // A browser always names the source of a cross-site mutation; a request naming none is not
  // from a browser page, so it cannot be a forged one.
  if (claimed === undefined || claimed === '') return undefined
  const source = originOf(claimed)
  // `Origin: null` (sandboxed frames, file: pages) or garbage is never this site.
  if (!source) return claimed.slice(0, 200)
  const trusted = [...check.ownOrigins, ...check.allowedOrigins].map(originOf).filter(Boolean)
  return trusted.includes(source) ? undefined : source
}
