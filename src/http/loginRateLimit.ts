// Sign-in attempts per client address (Payload's maxLoginAttempts counts per account; this stops
// one address trying many accounts). Failed REST logins count; every GraphQL login counts, since
// GraphQL answers a failed one with 200. In memory, per instance: a restart or another instance
// starts its own count. The client address follows TRUST_PROXY (see createApp).
import type { Request, RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

import { env } from '../env'
import { GRAPHQL_PATH, LOGIN_PATH, graphqlLoginCount } from './loginRequests'
import { sendError } from './sendError'

const bodyText = (req: Request): string => (Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '')

const isGraphqlLogin = (req: Request) =>
  req.method === 'POST' && req.path === GRAPHQL_PATH && graphqlLoginCount(bodyText(req)) > 0

const isRestLogin = (req: Request) => req.method === 'POST' && req.path === LOGIN_PATH

export const loginRateLimit = ({
  limit = env.loginRateLimit,
  windowMinutes = env.loginRateWindowMinutes,
}: { limit?: number; windowMinutes?: number } = {}): RequestHandler => {
  const limiter = rateLimit({
    windowMs: windowMinutes * 60_000,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (req) => !isRestLogin(req) && !isGraphqlLogin(req),
    skipSuccessfulRequests: true,
    requestWasSuccessful: (req, res) => !isGraphqlLogin(req) && res.statusCode < 400,
    handler: (req, res) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime
      const minutes = resetTime ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 60_000)) : windowMinutes
      sendError(req, res, 429, 'login-rate-limited', { minutes })
    },
  })
  return (req, res, next) => {
    // One login per GraphQL request, or a batch of aliased logins would count as one attempt.
    if (req.method === 'POST' && req.path === GRAPHQL_PATH && graphqlLoginCount(bodyText(req)) > 1) {
      sendError(req, res, 400, 'graphql-login-batch')
      return
    }
    void limiter(req, res, next)
  }
}
