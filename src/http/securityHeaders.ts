// Headers every response carries: browsers never guess a content type (an uploaded file is never
// run as a script or page), and other sites see at most our origin in Referer. Through helmet's
// single-header middlewares only: its full set (a script CSP, cross-origin isolation and resource
// policies) would break the Next admin and the media that front-end sites embed.
import type { RequestHandler } from 'express'
import helmet from 'helmet'

const noSniff = helmet.xContentTypeOptions()
const referrerPolicy = helmet.referrerPolicy({ policy: 'strict-origin-when-cross-origin' })

export const securityHeaders: RequestHandler = (req, res, next) => {
  noSniff(req, res, () => referrerPolicy(req, res, next))
}
