// POST /api/site-subscriptions/:id/rotate-secret {secret?, graceHours?} — as a channel's: a new
// signing secret shown once, the old one signing beside it for the grace period. Admins only.
import type { Endpoint } from 'payload'

import { SLUGS } from '../../slugs'
import { ROTATION_GRACE_HOURS } from '../../Channels/hooks/prepareChannel'
import { checkRole } from '../../../src/access/checkRole'
import { recordAuditEvent } from '../../../src/audit/recordAuditEvent'
import { generateWebhookSecret, isValidWebhookSecret } from '../../../src/distribution/webhookSecret'
import { env } from '../../../src/env'
import { ChannelEndpointForbiddenError } from '../../../src/errors/ChannelEndpointForbiddenError'
import { CodedError } from '../../../src/errors/CodedError'
import { pickLanguage } from '../../../src/errors/messages'

export const rotateSubscriptionSecret: Endpoint = {
  path: '/:id/rotate-secret',
  method: 'post',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    if (!checkRole(['admin'], req.user)) throw new ChannelEndpointForbiddenError(language, 'delivery.secret', req.user ? 403 : 401)
    const body = ((req.json ? await req.json().catch(() => ({})) : {}) ?? {}) as { secret?: unknown; graceHours?: unknown }
    if (body.secret !== undefined && (typeof body.secret !== 'string' || !isValidWebhookSecret(body.secret))) {
      throw new CodedError('channel-bad-settings', 400, language, { details: 'secret 须为 whsec_ 加 24–64 字节的 base64 / secret must be whsec_ + base64 of 24–64 bytes' })
    }
    const graceHours = body.graceHours === undefined ? env.secretGraceHours : Number(body.graceHours)
    if (!Number.isFinite(graceHours) || graceHours < 0 || graceHours > 24 * 30) {
      throw new CodedError('channel-bad-settings', 400, language, { details: 'graceHours 须在 0–720 之间 / graceHours must be 0–720' })
    }
    const id = String(req.routeParams?.id ?? '')
    const subscription = /^\d+$|^[0-9a-f]{24}$/.test(id)
      ? await req.payload.findByID({ collection: SLUGS.siteSubscriptions, id, depth: 0, overrideAccess: true, disableErrors: true, req })
      : null
    if (!subscription) throw new CodedError('site-subscription-not-found', 404, language)
    const secret = (body.secret as string | undefined) ?? generateWebhookSecret()
    req.context[ROTATION_GRACE_HOURS] = graceHours
    await req.payload.update({ collection: SLUGS.siteSubscriptions, id: subscription.id, data: { delivery: { secret } }, overrideAccess: true, req })
    await recordAuditEvent(req, { action: 'site-subscription.secret-rotated', targetCollection: SLUGS.siteSubscriptions, targetId: subscription.id, detail: { graceHours } })
    return Response.json({ secret, previousValidUntil: new Date(Date.now() + graceHours * 3_600_000).toISOString() })
  },
}
