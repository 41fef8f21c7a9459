import { fileTypeFromBuffer } from 'file-type'
import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { env } from '@/env'
import { ImageTooManyPixelsError } from '@/errors/ImageTooManyPixelsError'
import { ImageUnreadableError } from '@/errors/ImageUnreadableError'
import { pickLanguage } from '@/errors/messages'
import { UploadTooLargeError } from '@/errors/UploadTooLargeError'
import { UploadTypeMismatchError } from '@/errors/UploadTypeMismatchError'
import { UploadTypeNotAllowedError } from '@/errors/UploadTypeNotAllowedError'
import { judgeUpload } from '@/media/uploadRules'
import { isVideoMime, VIDEO_MIME_TYPES } from '@/media/video'
import { inspectVideo, keepInspection } from './inspectVideo'
import { readUploadBytes } from './readUploadBytes'

/**
 * Checks an uploaded file's real bytes before Payload resizes or stores it: the declared type
 * must be what the bytes are, within the size limit (videos have their own), and images within
 * the pixel limit (every frame of an animation counted) so a decompression bomb never reaches
 * sharp's resize. A new video must be readable by ffprobe (attachVideoFacts stores what it read).
 */
export const verifyUpload: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const language = pickLanguage(req.i18n?.language)
  const data = (await readUploadBytes(file)) ?? Buffer.alloc(0)
  const detected = await fileTypeFromBuffer(data)
  const allowedMimes = (collection.upload && typeof collection.upload === 'object' ? collection.upload.mimeTypes : undefined) ?? []
  let pixels: number | undefined
  let frames: number | undefined
  if (detected?.mime.startsWith('image/')) {
    try {
      // Reads the headers only; `limitInputPixels: false` so the count is ours to judge. Opened
      // on its first page, so `height` is one frame's (pageHeight, when given, says so too) and
      // `pages` counts the frames of an animated GIF/WebP or a multi-page image.
      const meta = await sharp(data, { limitInputPixels: false }).metadata()
      pixels = (meta.width ?? 0) * (meta.pageHeight ?? meta.height ?? 0)
      frames = meta.pages ?? 1
    } catch {
      throw new ImageUnreadableError(language)
    }
  }
  const verdict = judgeUpload(
    { claimedMime: file.mimetype, detectedMime: detected?.mime, size: data.length, pixels, frames },
    {
      allowedMimes,
      maxBytes: env.mediaMaxBytes,
      maxPixels: env.mediaMaxPixels,
      video: { mimes: VIDEO_MIME_TYPES, maxBytes: env.mediaVideoMaxBytes },
    },
  )
  if (verdict.ok) {
    // A file is never replaced (keepSignedMediaStill), so only a new one is worth reading.
    const mime = detected?.mime
    if (operation === 'create' && isVideoMime(mime)) {
      keepInspection(req, data, await inspectVideo(req, data, mime, language))
    }
    return args
  }
  switch (verdict.reason) {
    case 'too-large':
      throw new UploadTooLargeError(language, verdict.size, verdict.limit)
    case 'not-allowed':
      throw new UploadTypeNotAllowedError(language, verdict.actual)
    case 'mismatch':
      throw new UploadTypeMismatchError(language, verdict.claimed, verdict.actual)
    case 'too-many-pixels':
      throw new ImageTooManyPixelsError(language, verdict.pixels, verdict.limit)
  }
}
