// Buffers a request body up to a limit that depends on what is sent: uploads may be large,
// JSON may not. A body over the limit is refused before Payload sees any of it.
import express, { type RequestHandler } from 'express'

import { env } from '../env'

const isMultipart = (contentType: string | undefined) => Boolean(contentType?.startsWith('multipart/'))

// A multipart body carries the file (an image or a video, each with its own limit) plus its form
// fields and boundaries.
const UPLOAD_LIMIT = Math.max(env.mediaMaxBytes, env.mediaVideoMaxBytes) + 1024 * 1024

const uploadParser = express.raw({ type: () => true, limit: UPLOAD_LIMIT })
const otherParser = express.raw({ type: () => true, limit: env.jsonBodyLimitBytes })

export const readBody: RequestHandler = (req, res, next) =>
  (isMultipart(req.headers['content-type']) ? uploadParser : otherParser)(req, res, next)

export const bodyLimitFor = (contentType: string | undefined): number =>
  isMultipart(contentType) ? UPLOAD_LIMIT : env.jsonBodyLimitBytes
