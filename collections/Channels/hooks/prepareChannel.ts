// Checks a channel's delivery settings where they are written, and keeps its signing secret:
// generated when a webhook channel has none, and on every change the old one is kept signing
// beside the new for a grace period (Standard Webhooks rotation).
import type { CollectionBeforeChangeHook } from 'payload'

import { validateLimitOverrides } from '@/distribution/rules/constraints'
import { generateWebhookSecret, isValidWebhookSecret } from '@/distribution/rules/webhookSecret'
import { webhookUrlProblem } from '@/distribution/rules/webhookUrl'
import { env } from '@/env'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { WebhookTargetRefusedError } from '@/errors/WebhookTargetRefusedError'
import type { Channel } from '@/payload-types'

/** Set on req.context by the rotate endpoint to choose the grace period of one rotation. */
export const ROTATION_GRACE_HOURS = 'rotationGraceHours'

const hint = (secret: string) => `whsec_…${secret.slice(-4)}`

/** The `delivery` group of a channel or a site subscription, as far as this hook reads it. */
type Delivery = {
  adapter?: string | null
  url?: string | null
  secret?: string | null
  previousSecret?: string | null
  previousSecretExpiresAt?: string | null
  secretHint?: string | null
  disabledAt?: string | null
  disabledReason?: string | null
}

/** A channel, or a site subscription (which has no kind, limits or SMS settings). */
type Receiver = {
  id: number
  kind?: Channel['kind']
  limits?: Channel['limits']
  sms?: Channel['sms']
  delivery?: Delivery
}

export const prepareChannel: CollectionBeforeChangeHook<Receiver> = ({ data, operation, originalDoc, req }) => {
  const language = pickLanguage(req.i18n?.language)
  const bad = (details: string, field: string) =>
    new CodedError('channel-bad-settings', 400, language, { details }, field)
  const kind = data.kind ?? originalDoc?.kind
  const stored: Delivery = originalDoc?.delivery ?? {}
  const delivery: Delivery = { ...stored, ...(data.delivery ?? {}) }

  // Judged when it changes (Payload fills unchanged fields in from the stored doc), so a channel
  // whose stored URL a stricter setting now refuses can still be disabled or renamed: the
  // delivery-time guard refuses to call it anyway.
  const endpointWritten =
    operation === 'create' || (delivery.url ?? null) !== (stored.url ?? null) || delivery.adapter !== stored.adapter
  if (delivery.adapter === 'webhook' && endpointWritten) {
    // Literals and internal names only: a name is judged by its address when a delivery connects.
    const problem = webhookUrlProblem(String(delivery.url ?? ''), { allowPrivate: env.webhookAllowPrivate })
    if (problem?.kind === 'target')
      throw new WebhookTargetRefusedError(language, problem.detail ?? String(delivery.url))
    if (problem) throw bad(problem.message, 'delivery.url')
  }
  if (data.limits !== undefined && data.limits !== null) {
    const problems = validateLimitOverrides(kind, data.limits)
    if (problems.length) throw bad(problems.join('；'), 'limits')
  }
  if (kind === 'sms') {
    const signature = data.sms?.signature ?? originalDoc?.sms?.signature ?? ''
    const length = [...signature.replace(/[【】]/g, '')].length
    if (signature && (length < 2 || length > 8))
      throw bad('短信签名须为 2–8 个字 / the SMS signature must be 2–8 characters', 'sms.signature')
  }

  // The secret is write-only: an admin form that never saw it sends nothing or an empty value,
  // which keeps the stored one.
  const written = data.delivery?.secret
  const current = typeof stored.secret === 'string' && stored.secret !== '' ? stored.secret : null
  const next: Delivery = {
    secret: current,
    previousSecret: stored.previousSecret ?? null,
    previousSecretExpiresAt: stored.previousSecretExpiresAt ?? null,
    secretHint: stored.secretHint ?? null,
  }
  if (typeof written === 'string' && written !== '' && written !== current) {
    if (!isValidWebhookSecret(written))
      throw bad(
        '签名密钥须为 whsec_ 加 24–64 字节的 base64 / the secret must be whsec_ + base64 of 24–64 bytes',
        'delivery.secret',
      )
    if (current) {
      const graceHours =
        typeof req.context[ROTATION_GRACE_HOURS] === 'number' ? req.context[ROTATION_GRACE_HOURS] : env.secretGraceHours
      next.previousSecret = current
      next.previousSecretExpiresAt = new Date(Date.now() + graceHours * 3_600_000).toISOString()
    }
    next.secret = written
    next.secretHint = hint(written)
  } else if (delivery.adapter === 'webhook' && !current) {
    const generated = generateWebhookSecret()
    next.secret = generated
    next.secretHint = hint(generated)
  }
  // A receiver's 410 reason goes when an operator clears the flag to resume.
  const disabledReason = delivery.disabledAt ? (stored.disabledReason ?? data.delivery?.disabledReason ?? null) : null
  data.delivery = { ...delivery, ...next, disabledReason }
  return data
}
