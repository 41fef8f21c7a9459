import type { CollectionAfterChangeHook } from 'payload'

import type { KolPartner } from '@/payload-types'
import { voidSignedUses } from '@/review/payload/linkedChanges'
import { SLUGS } from '../../slugs'

/** What readers see of a KOL partner: the name, and whether (and how) paid work is disclosed. */
const DISCLOSED_FIELDS = ['name', 'paid', 'disclosure'] as const

/** A KOL's disclosure changed: every signed version with that partner is reviewed again. */
export const voidOnDisclosureChange: CollectionAfterChangeHook<KolPartner> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  const changed = DISCLOSED_FIELDS.filter(
    (field) => JSON.stringify(doc[field] ?? null) !== JSON.stringify(previousDoc?.[field] ?? null),
  )
  if (changed.length) await voidSignedUses(req, { collection: SLUGS.kolPartners, id: doc.id }, [...changed])
  return doc
}
