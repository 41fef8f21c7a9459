// CORS for the API (`CORS_ORIGINS`), with the `cors` package: listed origins get their own
// origin back (and credentials), `*` lets any site read public content without credentials, and
// a preflight from any other origin is refused in the error envelope. Registered before the
// response cache, so cache hits carry the same headers.
import cors from 'cors'
import type { RequestHandler } from 'express'

import { corsDecision, isPreflight } from '../public/rules/corsPolicy'
import { sendError } from './sendError'

export const apiCors = (allowed: readonly string[]): RequestHandler => {
  const withCors = cors((req, callback) => {
    const decision = corsDecision(req.headers.origin, allowed)
    callback(null, {
      origin: decision?.allowOrigin ?? false,
      credentials: decision?.credentials ?? false,
      methods: ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE'],
      allowedHeaders: [
        'authorization',
        'content-type',
        'accept-language',
        'if-none-match',
        'x-payload-http-method-override',
      ],
      exposedHeaders: ['etag', 'x-cache', 'retry-after', 'content-language'],
      maxAge: 600,
    })
  })
  return (req, res, next) => {
    if (
      isPreflight(req.method, req.headers['access-control-request-method']) &&
      !corsDecision(req.headers.origin, allowed)
    ) {
      sendError(req, res, 403, 'cors-origin-refused', { origin: String(req.headers.origin ?? '').slice(0, 100) })
      return
    }
    // `Vary: Origin` always: a shared cache must not hand one origin's answer to another.
    res.vary('Origin')
    withCors(req, res, next)
  }
}
