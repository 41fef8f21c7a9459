// Answers a non-admin's attempt to set a channel's adapter, webhook URL, secret or object prefix
// with a 403 naming the field. Field access (access/adminOnly.ts) already drops such values; this
// says so instead of saving the rest silently. Values equal to what is stored (as the admin form
// sends them back) pass; a secret never does, so the answer cannot confirm a guessed secret.
import type { CollectionBeforeOperationHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { ChannelEndpointForbiddenError } from '@/errors/ChannelEndpointForbiddenError'
import { pickLanguage } from '@/errors/messages'
import { SLUGS } from '../../slugs'

export const ENDPOINT_FIELDS = ['adapter', 'url', 'secret', 'prefix'] as const

/** What a new channel has when these fields are not given. */
const CREATE_DEFAULTS: Record<string, unknown> = { adapter: 'outbox' }

const normalise = (value: unknown): unknown => (value === undefined || value === null || value === '' ? null : value)

/**
 * Whether a written value leaves the field as it is: an empty secret means "keep the stored one"
 * (the admin form never sees it); without a stored value to compare with, only an empty value does.
 */
const keepsStored = (
  field: (typeof ENDPOINT_FIELDS)[number],
  value: unknown,
  baseline: Record<string, unknown> | null,
) => {
  if (field === 'secret' || baseline === null) return value === null
  return value === normalise(baseline[field])
}

export const guardEndpointFields: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (args.overrideAccess === true || checkRole(['admin'], req.user)) return args
  const delivery = (args.data as { delivery?: unknown } | undefined)?.delivery
  if (!delivery || typeof delivery !== 'object') return args
  const written = delivery as Record<string, unknown>

  // updateByID carries `id`; a bulk update (`where`) has no single stored value to compare with.
  const id = (args as { id?: number | string | null }).id
  let baseline: Record<string, unknown> | null = null
  if (operation === 'create') baseline = CREATE_DEFAULTS
  else if (id !== undefined && id !== null) {
    const stored = await req.payload.findByID({
      collection: SLUGS.channels,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    baseline = stored?.delivery ?? {}
  }
  for (const field of ENDPOINT_FIELDS) {
    if (!(field in written)) continue
    if (keepsStored(field, normalise(written[field]), baseline)) continue
    throw new ChannelEndpointForbiddenError(pickLanguage(req.i18n?.language), `delivery.${field}`, req.user ? 403 : 401)
  }
  return args
}
