import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/db/relationIds'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { SYSTEM_CONTRIBUTOR, contributorKey } from '@/incentives/payload/contributors'
import type { Contributor } from '@/payload-types'
import { SLUGS } from '../../slugs'

/**
 * A contributor is one person or organisation: staff by account, KOL/KOC by partner record,
 * partner organisations by name. Managers create those; a family is enrolled by the system when
 * their opted-in submission is accepted. The key makes a second record for the same one fail.
 */
export const prepareContributor: CollectionBeforeChangeHook<Contributor> = async ({
  data,
  operation,
  req,
  context,
}) => {
  if (operation !== 'create') return data
  const language = pickLanguage(req.i18n?.language)
  const kind = data.kind
  const system = Boolean(context?.[SYSTEM_CONTRIBUTOR])
  const need = (field: string) =>
    new CodedError('contributor-link-required', 400, language, { kind: kind ?? '', field }, field)
  let key: string
  if (kind === 'staff') {
    const user = idOf(data.user)
    if (user === null) throw need('user')
    key = contributorKey({ kind, user })
  } else if (kind === 'kol') {
    const kol = idOf(data.kolPartner)
    if (kol === null) throw need('kolPartner')
    key = contributorKey({ kind, kolPartner: kol })
  } else if (kind === 'partner') {
    if (!data.organisation?.trim()) throw need('organisation')
    key = contributorKey({ kind, organisation: data.organisation })
  } else {
    // Families exist only through their own accepted, opted-in submission.
    if (!system || !data.key) throw need('submissions')
    key = data.key
  }
  const existing = await req.payload.count({
    collection: SLUGS.contributors,
    where: { key: { equals: key } },
    overrideAccess: true,
    req,
  })
  if (existing.totalDocs > 0) throw new CodedError('contributor-exists', 409, language, {}, 'key')
  return {
    ...data,
    key,
    ...(kind === 'staff' ? { kolPartner: null, organisation: null } : {}),
    ...(kind === 'kol' ? { user: null, organisation: null } : {}),
    ...(kind === 'partner' || kind === 'family' ? { user: null, kolPartner: null } : {}),
  }
}
