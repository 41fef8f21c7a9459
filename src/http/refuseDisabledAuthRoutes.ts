// Payload mounts `/verify/:token` on every auth collection, also where email verification is
// off; there it looks for a field that does not exist and answers 500. Those routes do not exist.
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { sendError } from './sendError'

export const refuseDisabledAuthRoutes =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    const match = /^\/api\/([^/]+)\/verify(?:\/|$)/.exec(req.path)
    const config = match ? payload.collections[match[1] as keyof typeof payload.collections]?.config : undefined
    if (config?.auth && !config.auth.verify) {
      sendError(req, res, 404, 'route-not-found', { path: req.path.slice(0, 200) })
      return
    }
    next()
  }
