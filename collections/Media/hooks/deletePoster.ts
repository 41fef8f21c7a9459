import type { CollectionAfterDeleteHook } from 'payload'

import { idOf } from '@/db/relationIds'
import type { Media } from '@/payload-types'
import { SLUGS } from '../../slugs'

/** A video's poster frame goes with it, unless content still shows the poster on its own. */
export const deletePoster: CollectionAfterDeleteHook<Media> = async ({ doc, req }) => {
  const posterId = idOf(doc.poster)
  if (posterId === null) return
  try {
    await req.payload.delete({ collection: SLUGS.media, id: posterId, overrideAccess: true, depth: 0, req })
  } catch (error) {
    // Refused before any write (the poster is signed content's, or already gone): the video still goes.
    req.payload.logger.warn({ msg: 'poster frame kept', poster: posterId, err: error })
  }
}
