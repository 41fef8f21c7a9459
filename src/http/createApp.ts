// The Express application: Payload's REST and GraphQL API through its Fetch handlers, health
// probes, and (optionally) Next.js for the admin. No listening here, so tests can mount it.
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

import { SLUGS } from '../../collections/slugs'
import { env } from '../env'
import { bodyLimitFor, readBody } from './readBody'
import { graphqlGuards, restGuards } from './apiGuards'
import { envelopeGraphqlResponse, envelopeRestResponse } from './envelopeResponse'
import { sendError } from './sendError'
import { sendFetchResponse, toFetchRequest } from './fetchBridge'
import { restrictLockedDocuments } from '../auth/lockedDocumentsAccess'
import { checkCookieOrigin } from './checkCookieOrigin'
import { loginRateLimit } from './loginRateLimit'
import { refuseFraming } from './refuseFraming'
import { refuseInactiveCredentials } from './refuseInactiveCredentials'
import { refuseMisplacedMultipart } from './refuseMisplacedMultipart'
import { securityHeaders } from './securityHeaders'
import { sessionCookieName } from './sessionCookie'
import { responseCache } from '../public/payload/responseCache'
import { apiCors } from './apiCors'
import { submissionFormRoutes } from '../submissions/payload/formRoutes'

export type AppOptions = {
  config: SanitizedConfig
  payload: Payload
  /** Next's request handler for the admin, or undefined when the admin is off. */
  adminHandler?: RequestHandler
}

// Without a language cookie Payload follows the browser; the hospital's default is Chinese.
const chineseAdminByDefault: RequestHandler = (req, _res, next) => {
  const cookie = req.headers.cookie ?? ''
  if (!/(?:^|;\s*)payload-lng=/.test(cookie)) {
    req.headers.cookie = cookie ? `${cookie}; payload-lng=zh` : 'payload-lng=zh'
  }
  next()
}

export const createApp = ({ config, payload, adminHandler }: AppOptions): Express => {
  const app = express()
  app.disable('x-powered-by')
  app.set('query parser', 'extended')
  if (env.trustProxy) app.set('trust proxy', env.trustProxy)
  app.use(securityHeaders)
  restrictLockedDocuments(payload)
  // Accounts and sessions: cross-site cookie mutations, JSON-only endpoints, the per-address
  // sign-in limit (one counter for REST and GraphQL), accounts that may not act.
  const inactiveCredentials = refuseInactiveCredentials(payload)
  const sessionGuards = [
    checkCookieOrigin(sessionCookieName(config.cookiePrefix)),
    refuseMisplacedMultipart(config),
    loginRateLimit(),
    inactiveCredentials,
  ]

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })
  app.get('/readyz', async (_req, res) => {
    try {
      await payload.count({ collection: SLUGS.departments, overrideAccess: true })
      res.json({ status: 'ready' })
    } catch (error) {
      res.status(503).json({ status: 'unavailable', message: (error as Error).message })
    }
  })

  // Browsers on the hospital's sites (CORS_ORIGINS); before the cache, so hits carry it too.
  app.use('/api', apiCors(env.corsOrigins))
  // Public reads answered from memory (src/public/payload/responseCache.ts); the rest passes through.
  app.use('/api', responseCache(payload))
  const graphql = GRAPHQL_POST(config)
  app.post('/api/graphql', readBody, ...graphqlGuards, ...sessionGuards, async (req, res) => {
    await sendFetchResponse(
      await envelopeGraphqlResponse(req, await graphql(toFetchRequest(req, req.body as Buffer))),
      res,
    )
  })
  app.all('/api{/*rest}', readBody, ...restGuards(payload), ...sessionGuards, async (req, res) => {
    const response = await handleEndpoints({ config, request: toFetchRequest(req, req.body as Buffer) })
    await sendFetchResponse(await envelopeRestResponse(payload, req, response), res)
  })

  // The public submission form (co-creation): static pages that call /api/submissions/*.
  app.use('/submit', submissionFormRoutes())

  app.use('/admin', refuseFraming, inactiveCredentials)
  if (adminHandler) {
    app.get('/', (_req, res) => res.redirect('/admin'))
    app.all(['/admin', '/admin/{*rest}'], chineseAdminByDefault, adminHandler)
    app.all(['/_next/{*rest}', '/__nextjs{*rest}', '/favicon.ico'], adminHandler)
  }

  app.use((req, res) => sendError(req, res, 404, 'route-not-found', { path: req.path }))

  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- Express knows an error handler by its four parameters
  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    const status = (error as { status?: number }).status
    if ((error as { type?: string }).type === 'entity.too.large' || status === 413) {
      sendError(req, res, 413, 'payload-too-large', { limit: bodyLimitFor(req.headers['content-type']) })
      return
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      sendError(req, res, status, 'malformed-json')
      return
    }
    payload.logger.error({ err: error, msg: `Unhandled error on ${req.method} ${req.originalUrl}` })
    if (!res.headersSent) sendError(req, res, 500, 'internal-error')
  }
  app.use(onError)
  return app
}
