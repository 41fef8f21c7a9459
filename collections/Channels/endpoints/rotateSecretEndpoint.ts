// POST /api/channels/:id/rotate-secret {secret?, graceHours?} — a new signing secret, shown once;
// admins only, as every other endpoint setting. The old one keeps signing beside it for the grace
// period, so receivers can switch without a gap.
import type { Endpoint } from 'payload'

import { SLUGS } from '../../slugs'
import { checkRole } from '@/access/checkRole'
import { ROTATION_GRACE_HOURS } from '../hooks/prepareChannel'
import { generateWebhookSecret, isValidWebhookSecret } from '@/distribution/rules/webhookSecret'
import { env } from '@/env'
import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { ChannelEndpointForbiddenError } from '@/errors/ChannelEndpointForbiddenError'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { readJsonBody } from '@/http/readJsonBody'

type RotatingCollection = typeof SLUGS.channels | typeof SLUGS.siteSubscriptions

/** The endpoint for any collection whose `delivery` group signs webhooks (channels, site subscriptions). */
export const rotateSecretEndpointFor = (
  collection: RotatingCollection,
  notFound: 'channel-not-found' | 'site-subscription-not-found',
  auditAction: string,
): Endpoint => ({
  path: '/:id/rotate-secret',
  method: 'post',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    if (!checkRole(['admin'], req.user))
      throw new ChannelEndpointForbiddenError(language, 'delivery.secret', req.user ? 403 : 401)
    const body = ((await readJsonBody(req)) ?? {}) as { secret?: unknown; graceHours?: unknown }
    if (body.secret !== undefined && (typeof body.secret !== 'string' || !isValidWebhookSecret(body.secret))) {
      throw new CodedError('channel-bad-settings', 400, language, {
        details: 'secret 须为 whsec_ 加 24–64 字节的 base64 / secret must be whsec_ + base64 of 24–64 bytes',
      })
    }
    const graceHours = body.graceHours === undefined ? env.secretGraceHours : Number(body.graceHours)
    if (!Number.isFinite(graceHours) || graceHours < 0 || graceHours > 24 * 30) {
      throw new CodedError('channel-bad-settings', 400, language, {
        details: 'graceHours 须在 0–720 之间 / graceHours must be 0–720',
      })
    }
    const routeId = req.routeParams?.id
    const id = typeof routeId === 'string' ? routeId : ''
    const target = /^\d+$|^[0-9a-f]{24}$/.test(id)
      ? await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true, req })
      : null
    if (!target) throw new CodedError(notFound, 404, language)
    const adapter = target.delivery?.adapter
    if (adapter !== undefined && adapter !== 'webhook')
      throw new CodedError('channel-bad-settings', 400, language, {
        details: '只有 webhook 渠道有签名密钥 / only webhook channels have a secret',
      })
    const secret = body.secret ?? generateWebhookSecret()
    req.context[ROTATION_GRACE_HOURS] = graceHours
    await req.payload.update({ collection, id: target.id, data: { delivery: { secret } }, overrideAccess: true, req })
    await recordAuditEvent(req, {
      action: auditAction,
      targetCollection: collection,
      targetId: target.id,
      detail: { graceHours },
    })
    return Response.json({ secret, previousValidUntil: new Date(Date.now() + graceHours * 3_600_000).toISOString() })
  },
})

export const rotateSecretEndpoint = rotateSecretEndpointFor(
  SLUGS.channels,
  'channel-not-found',
  'channel.secret-rotated',
)
