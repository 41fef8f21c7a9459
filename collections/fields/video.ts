// A piece's video and its subtitles (issue #11): shared by articles and patient stories. Both are
// reviewed: the video's bytes (its digest) and every subtitle line are part of what is signed.
import type { Field, FieldHook } from 'payload'

import { idOf } from '@/db/relationIds'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { SubtitlesInvalidError } from '@/errors/SubtitlesInvalidError'
import { describeSubtitleProblem, parseSubtitles } from '@/media/subtitles'
import { VIDEO_MIME_TYPES } from '@/media/video'
import { SLUGS } from '../slugs'

/**
 * Drafts skip Payload's validation (filterOptions included), so the link is checked here on
 * every save: it must be a video the upload hooks read, never an image or a file added some other way.
 */
const refuseNonVideo: FieldHook = async ({ value, previousValue, req }) => {
  const id = idOf(value)
  // Checked when the link changes, so a save of other fields never trips over it.
  if (id === null || String(id) === String(idOf(previousValue))) return value
  const media = await req.payload.findByID({
    collection: SLUGS.media,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { mimeType: true, video: true },
    req,
  })
  const probed = typeof media?.video?.durationSeconds === 'number'
  if (!media || !(VIDEO_MIME_TYPES as readonly string[]).includes(media.mimeType ?? '') || !probed)
    throw new CodedError('not-a-video', 400, pickLanguage(req.i18n?.language), { id: String(id) }, 'video')
  return value
}

/** An SRT or WebVTT file that cannot be read whole is refused, drafts included: no line may escape review. */
const refuseUnreadableSubtitles: FieldHook = async ({ value, previousValue, req }) => {
  if (typeof value !== 'string' || value.trim() === '' || value === previousValue) return value
  const parsed = await parseSubtitles(value)
  if (parsed.ok) return value
  const language = pickLanguage(req.i18n?.language)
  throw new SubtitlesInvalidError(language, describeSubtitleProblem(parsed.problem)[language])
}

export const videoField: Field = {
  name: 'video',
  type: 'upload',
  relationTo: SLUGS.media,
  label: { zh: '视频', en: 'Video' },
  filterOptions: { mimeType: { in: [...VIDEO_MIME_TYPES] } },
  hooks: { beforeChange: [refuseNonVideo] },
  admin: {
    description: {
      zh: '上传 MP4、MOV 或 WebM 视频；时长、尺寸、画面比例在上传时读取，分发到视频号、抖音时按渠道限制检查',
      en: 'An MP4, MOV or WebM video; its duration, size and aspect ratio are read on upload and checked against WeChat Channels and Douyin limits',
    },
  },
}

export const subtitlesField: Field = {
  name: 'subtitles',
  type: 'textarea',
  localized: true,
  maxLength: 200_000,
  label: { zh: '视频字幕（SRT 或 WebVTT）', en: 'Video subtitles (SRT or WebVTT)' },
  hooks: { beforeChange: [refuseUnreadableSubtitles] },
  admin: {
    rows: 8,
    description: {
      zh: '粘贴 .srt 或 .vtt 字幕文件的全部内容；每条字幕都经过预检与审核，修改字幕会使已有签核失效',
      en: 'Paste the whole .srt or .vtt file; every line is preflighted and reviewed, and editing it voids sign-offs',
    },
  },
}
