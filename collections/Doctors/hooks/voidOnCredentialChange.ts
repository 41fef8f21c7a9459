import type { CollectionAfterChangeHook } from 'payload'

import type { Doctor } from '@/payload-types'
import { voidSignedUses } from '@/review/payload/linkedChanges'
import { SLUGS } from '../../slugs'

/** What readers see of an author beside the content they signed. */
export const AUTHOR_CREDENTIAL_FIELDS = ['name', 'title', 'department', 'specialty', 'photo', 'user'] as const

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
const idOrValue = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? value.id : value)

/** An author's credentials changed: every signed version naming them is reviewed again. */
export const voidOnCredentialChange: CollectionAfterChangeHook<Doctor> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  const changed = AUTHOR_CREDENTIAL_FIELDS.filter(
    (field) => !same(idOrValue(doc[field]), idOrValue(previousDoc?.[field])),
  )
  if (changed.length) await voidSignedUses(req, { collection: SLUGS.doctors, id: doc.id }, [...changed])
  return doc
}
