import path from 'node:path'

import { fileTypeFromBuffer } from 'file-type'
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { idOf } from '@/db/relationIds'
import { pickLanguage } from '@/errors/messages'
import { isVideoMime } from '@/media/video'
import type { Media } from '@/payload-types'
import { SLUGS } from '../../slugs'
import { inspectVideo, takeInspection } from './inspectVideo'
import { readUploadBytes } from './readUploadBytes'

const CLOUD_STORAGE_CONTEXT = '_payloadCloudStorage'

/**
 * The poster frame as a media image of its own, made inside the video's transaction: Payload
 * resizes it like any image, the storage (disk or S3) keeps it like any image, and it is shown
 * to readers exactly while the video is (the review gate lists it beside the video).
 */
const createPoster = async (req: PayloadRequest, poster: Buffer, video: Partial<Media>) => {
  // A Local API create takes over req.file and the storage plugin's upload bookkeeping; the
  // video's own upload still needs them afterwards.
  const saved = { file: req.file, sizes: req.payloadUploadSizes, storage: req.context[CLOUD_STORAGE_CONTEXT] }
  const name = `${path.parse(video.filename || 'video').name}-poster.jpg`
  try {
    return await req.payload.create({
      collection: SLUGS.media,
      data: {
        alt: `视频封面：${typeof video.alt === 'string' ? video.alt : ''}`.trim(),
        ...(video.credit ? { credit: video.credit } : {}),
      },
      file: { data: poster, mimetype: 'image/jpeg', name, size: poster.length },
      overrideAccess: true,
      depth: 0,
      req,
    })
  } finally {
    req.file = saved.file
    req.payloadUploadSizes = saved.sizes
    if (saved.storage === undefined) delete req.context[CLOUD_STORAGE_CONTEXT]
    else req.context[CLOUD_STORAGE_CONTEXT] = saved.storage
  }
}

/**
 * A new video keeps what ffprobe read from it and gets its poster frame, before anything is
 * stored (verifyUpload read it; a copy made by Payload's duplicate is read here). Both stay as
 * they are on every later change: they describe the file, which never changes.
 */
export const attachVideoFacts: CollectionBeforeChangeHook<Media> = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'create') {
    data.video = originalDoc?.video ?? {}
    data.poster = idOf(originalDoc?.poster) as Media['poster']
    return data
  }
  data.video = {}
  data.poster = null
  const bytes = await readUploadBytes(req.file)
  const mime = bytes ? (await fileTypeFromBuffer(bytes))?.mime : undefined
  if (!bytes || !isVideoMime(mime)) return data
  // An upload declared as application/octet-stream is stored as what its bytes are.
  data.mimeType = mime
  // keepSignedMediaStill, before this hook, has put the digest of these bytes on data.
  const { facts, poster } =
    takeInspection(req, data.sha256) ?? (await inspectVideo(req, bytes, mime, pickLanguage(req.i18n?.language)))
  data.video = facts
  data.poster = (await createPoster(req, poster, data)).id
  return data
}
