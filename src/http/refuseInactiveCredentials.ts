// Credentials of an account that may not act now — deactivated, or an API key past its expiry —
// are refused with 401 before Payload runs anything, on every route this process serves.
//
// Why here and not in Payload: Payload tries its built-in API-key and session strategies after
// any custom one, so a custom strategy cannot veto them, and a hook cannot turn an authenticated
// request into a 401 without the request running first (anonymous, with possible writes). So the
// host resolves the credentials with Payload's own strategies (no parsing of keys or tokens of
// its own) and checks the account (src/auth/credentialStatus.ts). For the admin's pages the
// session cookie is dropped instead, so Next shows the sign-in page.
import type { RequestHandler } from 'express'
import { executeAuthStrategies, type Payload } from 'payload'

import { credentialRefusal } from '../auth/credentialStatus'
import { LOGIN_PATH } from './loginRequests'
import { sendError } from './sendError'
import { hasSessionCookie, sessionCookieName, withoutSessionCookie } from './sessionCookie'

// Signing in and out work whatever stale cookie the browser still holds.
const OPEN_PATHS = new Set([LOGIN_PATH, '/api/users/logout'])

export const refuseInactiveCredentials = (payload: Payload): RequestHandler => {
  const cookieName = sessionCookieName(payload.config.cookiePrefix)
  return async (req, res, next) => {
    const authorization = req.get('authorization')
    const withCookie = hasSessionCookie(req.headers.cookie, cookieName)
    if ((!authorization && !withCookie) || OPEN_PATHS.has(req.path)) {
      next()
      return
    }
    try {
      const headers = new Headers()
      if (authorization) headers.set('authorization', authorization)
      if (withCookie) headers.set('cookie', req.headers.cookie!)
      const { user } = await executeAuthStrategies({ headers, payload, canSetHeaders: false })
      const refusal = credentialRefusal(user, new Date())
      if (!refusal) {
        next()
        return
      }
      if (!req.originalUrl.startsWith('/api')) {
        const rest = withoutSessionCookie(req.headers.cookie, cookieName)
        if (rest) req.headers.cookie = rest
        else delete req.headers.cookie
        if (authorization) delete req.headers.authorization
        next()
        return
      }
      sendError(req, res, 401, refusal)
    } catch (error) {
      next(error)
    }
  }
}
