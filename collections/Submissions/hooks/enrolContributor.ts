import type { CollectionAfterChangeHook } from 'payload'

import { enrolSubmitter } from '@/incentives/payload/contributors'
import type { Submission } from '@/payload-types'

/** Accepted, from outside, opted in: the sender becomes a contributor (in the accept's transaction). */
export const enrolContributor: CollectionAfterChangeHook<Submission> = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && doc.status === 'accepted' && previousDoc?.status !== 'accepted')
    await enrolSubmitter(req, doc)
  return doc
}
