// The admin is never shown inside another page (clickjacking): X-Frame-Options for older
// browsers, CSP frame-ancestors for the rest. Only that directive: a script or style policy
// would break Next's inline bootstrapping. (Live preview frames the site, not the admin.)
import type { RequestHandler } from 'express'
import helmet from 'helmet'

const frameguard = helmet.frameguard({ action: 'deny' })
const frameAncestors = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: { defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc, frameAncestors: ["'none'"] },
})

export const refuseFraming: RequestHandler = (req, res, next) => {
  frameguard(req, res, () => frameAncestors(req, res, next))
}
