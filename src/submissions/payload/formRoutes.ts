// The public submission form at /submit and its tracking page at /submit/track, served by the
// host as static files (src/submissions/form) under a strict Content-Security-Policy: scripts and
// styles from this origin only, requests to this origin only, never framed.
import path from 'node:path'

import express, { type Router } from 'express'

import { ROOT_DIR } from '@/env'

const FORM_DIR = path.join(ROOT_DIR, 'src', 'submissions', 'form')
const ASSETS = new Set(['submit.js', 'sha256.js', 'submit.css'])

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

export const submissionFormRoutes = (): Router => {
  const router = express.Router()
  router.use((_req, res, next) => {
    res.set('content-security-policy', CSP)
    res.set('x-frame-options', 'DENY')
    next()
  })
  const page = (file: string) => (_req: express.Request, res: express.Response) => {
    res.set('cache-control', 'no-cache')
    res.sendFile(path.join(FORM_DIR, file))
  }
  router.get(['/', ''], page('index.html'))
  router.get('/track', page('track.html'))
  router.get('/assets/:file', (req, res, next) => {
    if (!ASSETS.has(req.params.file)) return next()
    res.set('cache-control', 'public, max-age=300')
    res.sendFile(path.join(FORM_DIR, req.params.file))
  })
  return router
}
