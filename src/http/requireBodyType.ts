// Payload's REST handlers read a write's body only when it is `application/json` (exactly) or
// multipart; any other body, or none, leaves the document data undefined and the operation
// fails with a 500. So a write without a body is a write of `{}`, and a body of any other type
// is refused 415 (a form body only rides along with Payload's method-override GET).
import type { RequestHandler } from 'express'

import { sendError } from './sendError'

const WRITES = new Set(['POST', 'PATCH', 'PUT'])

export const requireBodyType: RequestHandler = (req, res, next) => {
  if (!WRITES.has(req.method)) {
    next()
    return
  }
  const body = req.body as Buffer | undefined
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
  if (!Buffer.isBuffer(body) || body.length === 0) {
    if (mediaType === '' || mediaType === 'application/json') {
      req.body = Buffer.from('{}')
      req.headers['content-type'] = 'application/json'
      req.headers['content-length'] = '2'
    }
    next()
    return
  }
  if (mediaType === 'application/json' || mediaType.startsWith('multipart/')) {
    // Payload compares the media type exactly; `Application/JSON` would go unread.
    if (mediaType === 'application/json') req.headers['content-type'] = 'application/json'
    next()
    return
  }
  const override = String(
    req.headers['x-payload-http-method-override'] ?? req.headers['x-http-method-override'] ?? '',
  ).toUpperCase()
  if (mediaType === 'application/x-www-form-urlencoded' && req.method === 'POST' && override === 'GET') {
    next()
    return
  }
  sendError(req, res, 415, 'unsupported-media-type')
}
