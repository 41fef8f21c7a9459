import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Doctor } from '@/payload-types'
import { refreshMediaVisibility } from '@/review/payload/mediaVisibility'

/** A doctor's photo is public while a doctor uses it: readers may fetch it, and no longer after. */
export const refreshPhotoVisibility: CollectionAfterChangeHook<Doctor> = async ({ doc, previousDoc, req }) => {
  await refreshMediaVisibility(req, [doc.photo, previousDoc?.photo])
  return doc
}

export const refreshPhotoAfterDelete: CollectionAfterDeleteHook<Doctor> = async ({ doc, req }) => {
  await refreshMediaVisibility(req, [doc.photo])
  return doc
}
