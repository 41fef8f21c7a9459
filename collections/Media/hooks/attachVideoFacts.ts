import path from 'node:path'

import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { idOf } from '@/db/relationIds'
import type { Media } from '@/payload-types'
import { SLUGS } from '../../slugs'
import { VIDEO_INSPECTION, type VideoInspection } from './inspectVideo'

const CLOUD_STORAGE_CONTEXT = '_payloadCloudStorage'

/**
 * The poster frame as a media image of its own, made inside the video's transaction: Payload
 * resizes it like any image, the storage (disk or S3) keeps it like any image, and it is shown
 * to readers exactly while the video is (workflow.linkedMedia lists it beside the video).
 */
const createPoster = async (req: PayloadRequest, inspection: VideoInspection, video: Partial<Media>) => {
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
      file: { data: inspection.poster, mimetype: 'image/jpeg', name, size: inspection.poster.length },
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
 * Stores what verifyUpload found in a new video — its probe results and poster frame — and keeps
 * both as they were on every later change: they describe the file, which never changes.
 */
export const attachVideoFacts: CollectionBeforeChangeHook<Media> = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'create') {
    data.video = originalDoc?.video ?? {}
    data.poster = idOf(originalDoc?.poster) as Media['poster']
    return data
  }
  const inspection = req.context[VIDEO_INSPECTION] as VideoInspection | undefined
  delete req.context[VIDEO_INSPECTION]
  data.video = {}
  data.poster = null
  // keepSignedMediaStill, before this hook, has put the digest of the bytes being stored on data.
  if (!inspection || inspection.sha256 !== data.sha256) return data
  data.video = inspection.facts
  data.poster = (await createPoster(req, inspection, data)).id
  return data
}
