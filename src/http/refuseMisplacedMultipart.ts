// Project endpoints take JSON bodies only: a multipart form sent to one (say, by a cross-site
// HTML form) is a 415 before any handler reads it. Multipart stays open where Payload's own
// routes read it: document create/update (uploads, the admin's saves) and the admin's auth forms
// (sign-in, first user, passwords). Other body types: see requireBodyType.
import type { RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'

import { isMisplacedMultipart } from './contentTypePolicy'
import { sendError } from './sendError'

export const refuseMisplacedMultipart = (config: SanitizedConfig): RequestHandler => {
  const collectionSlugs = new Set(config.collections.map((collection) => collection.slug))
  const globalSlugs = new Set((config.globals ?? []).map((global) => global.slug))
  const authSlugs = new Set(
    config.collections.filter((collection) => collection.auth).map((collection) => collection.slug),
  )
  return (req, res, next) => {
    const misplaced = isMisplacedMultipart({
      method: req.method,
      path: req.path,
      contentType: req.get('content-type'),
      bodyLength: Buffer.isBuffer(req.body) ? req.body.length : 0,
      collectionSlugs,
      globalSlugs,
      authSlugs,
    })
    if (!misplaced) {
      next()
      return
    }
    sendError(req, res, 415, 'unsupported-media-type')
  }
}
