// Validators and cache headers of cached public responses: a strong ETag per representation
// (`"sha256-<digest>"`, `…-br`, `…-gz` for the compressed ones), the If-None-Match decision
// (weak comparison, as RFC 9110 asks for it) and Cache-Control from the settings. Pure.

export type Encoding = 'br' | 'gzip' | 'identity'

const SUFFIX: Record<Encoding, string> = { identity: '', br: '-br', gzip: '-gz' }

/** The ETag of one representation of a body whose SHA-256 (base64url) is `digest`. */
export const etagFor = (digest: string, encoding: Encoding): string => `"sha256-${digest}${SUFFIX[encoding]}"`

/** The body digest an ETag of ours names, whatever its encoding suffix and W/ prefix; undefined if not ours. */
export const digestOfTag = (tag: string): string | undefined => {
  const match = /^(?:W\/)?"sha256-([A-Za-z0-9_-]+?)(?:-br|-gz)?"$/.exec(tag.trim())
  return match?.[1]
}

/**
 * True when If-None-Match names this body in any of its representations (or is `*`): the client
 * holds the same content, so a 304 answers it. Every representation of one body is the same
 * content, so a client that cached the gzip one may revalidate it against a brotli answer.
 */
export const notModified = (ifNoneMatch: string | undefined, digest: string): boolean => {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  return ifNoneMatch.split(',').some((tag) => digestOfTag(tag) === digest)
}

/**
 * Cache-Control of a cached public response. By default every cache must revalidate each time
 * (the ETag makes that a 304); with a shared max-age a CDN may serve it that many seconds without
 * asking — and may then be that much staler than the review gate — while browsers still revalidate.
 */
export const publicCacheControl = (sharedMaxAgeSeconds: number): string =>
  sharedMaxAgeSeconds > 0
    ? `public, max-age=0, must-revalidate, s-maxage=${Math.floor(sharedMaxAgeSeconds)}`
    : 'no-cache'

/** Answers for a signed-in person or a key with more than public reach: never stored anywhere. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

/**
 * The encoding to send from an Accept-Encoding header: brotli or gzip, whichever the client rates
 * higher, brotli on a tie (browsers list `gzip, deflate, br` and mean no preference), identity when
 * neither is acceptable. Never a 406: identity is always sent rather than nothing.
 */
export const chooseEncoding = (acceptEncoding: string | undefined): Encoding => {
  if (!acceptEncoding) return 'identity'
  const q: Record<string, number> = {}
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const value = qParam ? Number(qParam.slice(2)) : 1
    q[name] = Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0
  }
  const rate = (coding: string) => q[coding] ?? q['*'] ?? 0
  const br = rate('br')
  const gzip = Math.max(rate('gzip'), q['x-gzip'] ?? 0)
  if (br <= 0 && gzip <= 0) return 'identity'
  return br >= gzip ? 'br' : 'gzip'
}

/** Worth compressing: text-like bodies of at least 1 KiB (images and archives are compressed already). */
export const isCompressible = (contentType: string | undefined, length: number): boolean =>
  length >= 1024 &&
  Boolean(
    contentType && /^(?:application\/(?:[\w.+-]*\+)?(?:json|xml|javascript)|text\/|image\/svg\+xml)/i.test(contentType),
  )
