import type { CollectionConfig } from 'payload'

import { publicMediaOrStaff } from '@/access/publicMedia'
import { hasRole } from '@/access/hasRole'
import { env } from '@/env'
import { VIDEO_MIME_TYPES } from '@/media/video'
import { SLUGS } from '../slugs'
import { attachVideoFacts } from './hooks/attachVideoFacts'
import { deletePoster } from './hooks/deletePoster'
import { keepSignedMediaStill, refuseDeletingSignedMedia } from './hooks/keepSignedMediaStill'
import { verifyUpload } from './hooks/verifyUpload'

/** Images; videos (VIDEO_MIME_TYPES) are accepted too, with a byte limit of their own. */
export const MEDIA_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const

/** Probe results are shown only on videos. */
const isVideoDoc = (data: Partial<{ mimeType?: string | null }> | undefined) =>
  typeof data?.mimeType === 'string' && data.mimeType.startsWith('video/')

// Written by the upload hooks only, like the digest.
const readOnly = {
  access: { create: () => false, update: () => false },
  admin: { readOnly: true, condition: isVideoDoc },
}

export const Media: CollectionConfig = {
  slug: SLUGS.media,
  access: {
    read: publicMediaOrStaff,
    create: hasRole('editor', 'privacy-officer', 'publisher'),
    update: hasRole('editor', 'privacy-officer', 'publisher'),
    delete: hasRole('editor'),
  },
  admin: { useAsTitle: 'alt', group: { zh: '内容', en: 'Content' } },
  labels: { singular: { zh: '媒体文件', en: 'Media' }, plural: { zh: '媒体库', en: 'Media' } },
  hooks: {
    beforeOperation: [verifyUpload],
    beforeChange: [keepSignedMediaStill, attachVideoFacts],
    beforeDelete: [refuseDeletingSignedMedia],
    afterDelete: [deletePoster],
  },
  upload: {
    staticDir: env.mediaDir,
    mimeTypes: [...MEDIA_MIME_TYPES, ...VIDEO_MIME_TYPES],
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 1200, height: 675, position: 'centre' },
      { name: 'wechatCover', width: 900, height: 383, position: 'centre' },
      { name: 'square', width: 1080, height: 1080, position: 'centre' },
      { name: 'portrait', width: 1080, height: 1440, position: 'centre' },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { zh: '替代文本（无障碍说明）', en: 'Alt text' },
      validate: (value: unknown) =>
        (typeof value === 'string' && value.trim().length >= 2) || '请填写图片替代文本 / alt text is required',
    },
    { name: 'credit', type: 'text', label: { zh: '图片来源/版权', en: 'Credit' } },
    {
      // Until when readers may see this file: the latest moment any public content using it stays
      // public (its re-review date, its consent's end), kept by every publication change. Read
      // as a condition at request time, so a lapse hides the file at that instant.
      name: 'publicUntil',
      type: 'date',
      index: true,
      label: { zh: '公开至', en: 'Public until' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // SHA-256 of the original file's bytes: part of what a reviewer signs.
      name: 'sha256',
      type: 'text',
      index: true,
      label: { zh: '文件摘要（SHA-256）', en: 'File digest (SHA-256)' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // What ffprobe read from a video when it was uploaded; channel limits are checked against it.
      name: 'video',
      type: 'group',
      label: { zh: '视频信息（上传时自动读取）', en: 'Video (read on upload)' },
      ...readOnly,
      fields: [
        { name: 'durationSeconds', type: 'number', label: { zh: '时长（秒）', en: 'Duration (seconds)' } },
        { name: 'width', type: 'number', label: { zh: '画面宽度（像素）', en: 'Width (pixels)' } },
        { name: 'height', type: 'number', label: { zh: '画面高度（像素）', en: 'Height (pixels)' } },
        { name: 'codec', type: 'text', label: { zh: '视频编码', en: 'Video codec' } },
        { name: 'aspect', type: 'text', label: { zh: '画面比例', en: 'Aspect ratio' } },
      ],
    },
    {
      // A frame of the video, stored as a media image of its own (sizes, storage and visibility as any image).
      name: 'poster',
      type: 'upload',
      relationTo: SLUGS.media,
      label: { zh: '视频封面帧', en: 'Poster frame' },
      ...readOnly,
    },
  ],
}
