// Payload mounts `/verify/:token` on every auth collection, also where email verification is
// off; there it looks for a field that does not exist and answers 500. And it mounts
// `/payload-jobs/handle-schedules`, which answers 500 when no Payload job has a schedule (ours are
// run by node-cron, src/scheduler.ts). Those routes do not exist here.
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { sendError } from './sendError'

export const refuseDisabledAuthRoutes =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    const match = /^\/api\/([^/]+)\/verify(?:\/|$)/.exec(req.path)
    const config = match ? payload.collections[match[1] as keyof typeof payload.collections]?.config : undefined
    const unscheduled = /^\/api\/payload-jobs\/handle-schedules\/?$/.test(req.path) && !payload.config.jobs?.scheduling
    if ((config?.auth && !config.auth.verify) || unscheduled) {
      sendError(req, res, 404, 'route-not-found', { path: req.path.slice(0, 200) })
      return
    }
    next()
  }
