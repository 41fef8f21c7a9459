// POST /api/site-subscriptions/:id/rotate-secret {secret?, graceHours?} — as a channel's: a new
// signing secret shown once, the old one signing beside it for the grace period. Admins only.
import { SLUGS } from '../../slugs'
import { rotateSecretEndpointFor } from '../../Channels/endpoints/rotateSecretEndpoint'

export const rotateSubscriptionSecret = rotateSecretEndpointFor(
  SLUGS.siteSubscriptions,
  'site-subscription-not-found',
  'site-subscription.secret-rotated',
)
