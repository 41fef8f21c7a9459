// The links that choose a piece's review track are written once, when the product creates the
// piece: `submission` (co-created: 运营初审, compliance, the sender may not sign) when operations
// accept a submission, `incident` (a holding statement: the fast track) when a statement is
// drafted. Field access already keeps clients from writing them, but a version restore drops a
// field the user may not update instead of keeping it (Payload's restore skips the refill), which
// would quietly move a co-created piece to the ordinary track. So every update keeps the stored
// links, whatever path it came by.
import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/db/relationIds'

export const CREATION_LINKS = ['submission', 'incident'] as const

export const keepCreationLinks: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc) return data
  for (const link of CREATION_LINKS) {
    if (link in originalDoc || link in data) data[link] = idOf((originalDoc as Record<string, unknown>)[link])
  }
  return data
}
