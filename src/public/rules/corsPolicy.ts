// Which browser origins may call the API, and with what: the CORS answer for one request.
// Pure: `CORS_ORIGINS` is passed in. Credentials (cookies) only ever go to origins named one by
// one, never through `*`.

export type CorsDecision = { allowOrigin: string; credentials: boolean } | null

export const corsDecision = (origin: string | undefined, allowed: readonly string[]): CorsDecision => {
  if (!origin) return null
  if (allowed.includes(origin)) return { allowOrigin: origin, credentials: true }
  if (allowed.includes('*')) return { allowOrigin: '*', credentials: false }
  return null
}

/** A browser's preflight: OPTIONS carrying Access-Control-Request-Method. */
export const isPreflight = (method: string, requestMethod: string | undefined): boolean =>
  method === 'OPTIONS' && Boolean(requestMethod)
