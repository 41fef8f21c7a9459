// Payload answers some unparseable JSON with a 500; the host answers 400 before it gets there.
import type { RequestHandler } from 'express'

import { sendError } from './sendError'

export const rejectMalformedJson: RequestHandler = (req, res, next) => {
  const contentType = req.headers['content-type'] ?? ''
  const body = req.body as Buffer | undefined
  if (!/^application\/(.+\+)?json/i.test(contentType) || !Buffer.isBuffer(body) || body.length === 0) {
    next()
    return
  }
  try {
    JSON.parse(body.toString('utf8'))
    next()
  } catch {
    sendError(req, res, 400, 'malformed-json')
  }
}
