// A channel that content was distributed to keeps existing: its distributions (and their
// retractions and metrics) point at it. Disable it instead.
import type { CollectionBeforeDeleteHook } from 'payload'

import { DeleteRefusedError } from '@/errors/DeleteRefusedError'
import { pickLanguage } from '@/errors/messages'
import { SLUGS } from '../../slugs'

export const refuseDeleteWithDistributions: CollectionBeforeDeleteHook = async ({ req, id }) => {
  const { totalDocs } = await req.payload.count({
    collection: SLUGS.distributions,
    where: { channel: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0)
    throw new DeleteRefusedError('channel-has-distributions', pickLanguage(req.i18n?.language), { count: totalDocs })
}
