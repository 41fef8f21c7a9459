import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/db/relationIds'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { SYSTEM_HONOUR, honourKey } from '@/incentives/payload/honours'
import type { Honour } from '@/payload-types'
import { SLUGS } from '../../slugs'

/**
 * A manager's honour (or the system's, from a rule): who awarded it and when are set here, and a
 * contributor holds one title once.
 */
export const prepareHonour: CollectionBeforeChangeHook<Honour> = async ({ data, operation, req, context }) => {
  if (operation !== 'create') return data
  const language = pickLanguage(req.i18n?.language)
  const contributor = idOf(data.contributor)
  const title = data.title?.trim()
  if (contributor === null)
    throw new CodedError('incentive-bad-input', 400, language, { field: 'contributor' }, 'contributor')
  if (!title) throw new CodedError('incentive-bad-input', 400, language, { field: 'title' }, 'title')
  const key = honourKey(contributor, title)
  const existing = await req.payload.count({
    collection: SLUGS.honours,
    where: { key: { equals: key } },
    overrideAccess: true,
    req,
  })
  if (existing.totalDocs > 0) throw new CodedError('incentive-duplicate', 409, language, {}, 'title')
  const system = Boolean(context?.[SYSTEM_HONOUR])
  return {
    ...data,
    title,
    key,
    rule: system ? (data.rule ?? null) : null,
    awardedBy: system ? null : (req.user?.id ?? null),
    at: new Date().toISOString(),
  }
}
