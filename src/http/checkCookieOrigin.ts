// Cookie-authenticated mutations must come from this site's own pages (or an allowed origin):
// a forged cross-site form or script gets 403 before anything runs. Requests authenticated by
// an Authorization header are left alone: no other site can make a browser send one.
import type { RequestHandler } from 'express'

import { env } from '../env'
import { foreignOrigin, originOf } from './originPolicy'
import { sendError } from './sendError'
import { hasSessionCookie } from './sessionCookie'

export const checkCookieOrigin =
  (cookieName: string): RequestHandler =>
  (req, res, next) => {
    const requestOrigin = `${req.protocol}://${req.get('host') ?? ''}`
    const refused = foreignOrigin({
      method: req.method,
      origin: req.get('origin'),
      referer: req.get('referer'),
      hasSessionCookie: hasSessionCookie(req.headers.cookie, cookieName),
      hasAuthorization: Boolean(req.get('authorization')),
      ownOrigins: [requestOrigin, ...(env.serverUrl ? [originOf(env.serverUrl) ?? env.serverUrl] : [])],
      allowedOrigins: env.corsOrigins,
    })
    if (refused === undefined) {
      next()
      return
    }
    sendError(req, res, 403, 'cross-origin-refused', { origin: refused })
  }
