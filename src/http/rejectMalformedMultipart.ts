// A body declared multipart/form-data must be one: a boundary in the content type, the body
// opening with it and closing with its terminator. Payload's form parser otherwise fails deep
// inside (busboy's "Unexpected end of form") and answers 500.
import type { RequestHandler } from 'express'

import { sendError } from './sendError'

const boundaryOf = (contentType: string): string | undefined => {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  return match?.[1] ?? match?.[2]
}

export const isWellFormedMultipart = (contentType: string, body: Buffer): boolean => {
  const boundary = boundaryOf(contentType)
  if (!boundary || boundary.length > 70) return false
  const delimiter = `--${boundary}`
  const start = body
    .subarray(0, delimiter.length + 2)
    .toString('latin1')
    .replace(/^\r\n/, '')
  if (!start.startsWith(delimiter)) return false
  return body.lastIndexOf(`${delimiter}--`, undefined, 'latin1') > 0
}

export const rejectMalformedMultipart: RequestHandler = (req, res, next) => {
  const contentType = req.headers['content-type'] ?? ''
  const body = req.body as Buffer | undefined
  if (
    !/^multipart\//i.test(contentType) ||
    !Buffer.isBuffer(body) ||
    body.length === 0 ||
    req.method === 'GET' ||
    req.method === 'HEAD'
  ) {
    next()
    return
  }
  if (!isWellFormedMultipart(contentType, body)) {
    sendError(req, res, 400, 'malformed-multipart')
    return
  }
  next()
}
