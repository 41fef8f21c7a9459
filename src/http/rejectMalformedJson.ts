// Payload answers unparseable JSON, a `null` body or one nested thousands deep with a 500 (or a
// stack overflow); the host answers 400 before it gets there. A JSON body must be an object or
// an array (the metrics ingest takes a bare array of rows), nested at most MAX_JSON_DEPTH deep.
import type { RequestHandler } from 'express'

import { MAX_JSON_DEPTH, jsonDepthExceeds } from './jsonDepth'
import { sendError } from './sendError'

export const rejectMalformedJson: RequestHandler = (req, res, next) => {
  const contentType = req.headers['content-type'] ?? ''
  const body = req.body as Buffer | undefined
  if (!/^application\/(.+\+)?json/i.test(contentType) || !Buffer.isBuffer(body) || body.length === 0) {
    next()
    return
  }
  const text = body.toString('utf8')
  if (jsonDepthExceeds(text)) {
    sendError(req, res, 400, 'json-too-deep', { limit: MAX_JSON_DEPTH })
    return
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    sendError(req, res, 400, 'malformed-json')
    return
  }
  if (typeof parsed !== 'object' || parsed === null) {
    sendError(req, res, 400, 'json-body-not-object', { type: parsed === null ? 'null' : typeof parsed })
    return
  }
  next()
}
