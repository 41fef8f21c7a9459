// The controlled clock of the deadline endpoints: `asOf` runs a check as of the present or a later
// moment (never an earlier one: that would replay reminders nobody missed). Absent means now.
import type { PayloadRequest } from 'payload'

import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'

export const asOfFrom = (req: PayloadRequest, value: unknown, now = Date.now()): Date => {
  const asOf = value === undefined ? new Date(now) : new Date(typeof value === 'string' ? value : NaN)
  if (Number.isNaN(asOf.getTime()) || asOf.getTime() < now - 60_000)
    throw new CodedError('deadline-as-of-invalid', 400, pickLanguage(req.i18n?.language), {}, 'asOf')
  return asOf
}
