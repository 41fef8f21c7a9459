import { createHash } from 'node:crypto'

import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import type { Media } from '@/payload-types'
import { signedUsesOf } from '@/review/payload/linkedUse'
import { SLUGS } from '../../slugs'
import { readUploadBytes } from './readUploadBytes'

const refuseIfSigned = async (req: PayloadRequest, id: string | number) => {
  const uses = await signedUsesOf(req, { collection: SLUGS.media, id })
  if (uses.length > 0) {
    const titles = uses.slice(0, 5).map((use) => `《${use.title}》`).join('、')
    throw new CodedError('media-in-use', 409, pickLanguage(req.i18n?.language), { titles })
  }
}

/**
 * A media file is part of what reviewers sign: its bytes never change once uploaded (a new file
 * is a new upload, with its own digest), and its alt text, credit and crop hold still while any
 * content using it is in review, approved or published.
 */
export const keepSignedMediaStill: CollectionBeforeChangeHook<Media> = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    const bytes = await readUploadBytes(req.file)
    data.sha256 = bytes ? createHash('sha256').update(bytes).digest('hex') : null
    return data
  }
  if (req.file) throw new CodedError('media-file-immutable', 409, pickLanguage(req.i18n?.language), {}, 'file')
  data.sha256 = originalDoc?.sha256 ?? null
  if (originalDoc?.id !== undefined) await refuseIfSigned(req, originalDoc.id)
  return data
}

export const refuseDeletingSignedMedia: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await refuseIfSigned(req, id)
}
