// Each channel kind's format limits as one readable table (DOMAIN.md's numbers; a channel may
// override them), and the check that lists every rule a rendering breaks. Pure.
import { aspectLabel, parseRatio, withinTolerance } from '@/media/aspect'
import { CHANNEL_KINDS, CHANNEL_KIND_OPTIONS, type ChannelKind } from './vocabulary'
import {
  douyinLength,
  emailSubjectLength,
  graphemeLength,
  smsLength,
  smsSegments,
  utf8ByteLength,
  WEIBO_URL_WEIGHT,
  wechatLength,
  weiboLength,
  xiaohongshuLength,
} from './length'
import type { LimitOverrides, Rendering, VideoRef, Violation } from './types'

/** Every number a channel may override. All are inclusive maxima or counts. */
export type Limits = {
  /** Title (email: Subject line), in the kind's characters. */
  titleMax?: number
  authorMax?: number
  digestMax?: number
  /** Body: WeChat counts the HTML it receives; Weibo its own weights; Xiaohongshu the note text. */
  bodyMax?: number
  /** UTF-8 bytes of the body (WeChat: under 1 MB). */
  bodyBytesMax?: number
  /** Douyin / WeChat Channels description under the video. */
  captionMax?: number
  tagsMax?: number
  /** Weibo: where the post folds behind “展开”, in Weibo characters. */
  foldAt?: number
  /** Weibo: what one link counts, however long. */
  urlWeight?: number
  /** SMS signature length without 【】. */
  signatureMin?: number
  signatureMax?: number
  /** SMS: one message holds this much; a part of a longer one holds segmentMax. */
  singleMax?: number
  segmentMax?: number
  /** SMS: the most parts one message may be sent as. */
  segmentCap?: number
  /** The piece's video (its probe results): longest running time in seconds. */
  videoSecondsMax?: number
  /** The video file's size in bytes. */
  videoBytesMax?: number
  /** How far (percent of the ratio) a video's aspect ratio may be from the ones the kind accepts. */
  videoAspectTolerance?: number
}

export type LimitKey = keyof Limits

const GIB = 1024 * 1024 * 1024

/** The defaults per kind. Numbers marked unconfirmed in DOMAIN.md are exactly why these are overridable. */
export const DEFAULT_LIMITS: Record<ChannelKind, Limits> = {
  // Draft API: title ≤ 32, author ≤ 16, digest ≤ 128, content < 20,000 characters and < 1 MB.
  'wechat-article': { titleMax: 32, authorMax: 16, digestMax: 128, bodyMax: 19_999, bodyBytesMax: 1_048_575 },
  // Video limits of 视频号 and 抖音 are assumptions (unconfirmed, conservative; the platforms
  // change them and accounts differ): 视频号 up to 60 minutes, 抖音 up to 15 minutes as uploaded
  // from the app, both at most 4 GB, aspect ratios within 3 % of those in KIND_RULES.videoAspects.
  'wechat-channels': {
    titleMax: 30,
    captionMax: 1_000,
    videoSecondsMax: 3_600,
    videoBytesMax: 4 * GIB,
    videoAspectTolerance: 3,
  },
  douyin: { titleMax: 30, captionMax: 1_000, videoSecondsMax: 900, videoBytesMax: 4 * GIB, videoAspectTolerance: 3 },
  weibo: { bodyMax: 2_000, foldAt: 140, urlWeight: WEIBO_URL_WEIGHT },
  xiaohongshu: { titleMax: 20, bodyMax: 1_000, tagsMax: 10 },
  sms: { signatureMin: 2, signatureMax: 8, singleMax: 70, segmentMax: 67, segmentCap: 3 },
  email: { titleMax: 78 },
  website: {},
  webhook: {},
}

/** Rules that are not numbers, so not overridable per channel. */
export const KIND_RULES = {
  /** WeChat covers need both crops: 2.35:1 for the feed, 1:1 for shares. `key` is the name in fields.coverCrops. */
  coverCrops: {
    'wechat-article': [
      { key: 'wide', size: 'wechat', ratio: '2.35:1' },
      { key: 'square', size: 'square', ratio: '1:1' },
    ],
  } as Partial<Record<ChannelKind, { key: string; size: string; ratio: string }[]>>,
  /** WeChat filters images it does not host: every <img> must wait for the integrator's upload. */
  noExternalImages: ['wechat-article'] as ChannelKind[],
  /** Marketing SMS carry an opt-out and go out only inside this local window. */
  smsSendWindow: { startHour: 8, endHour: 21 },
  /**
   * The video frames a kind takes (assumptions, see DEFAULT_LIMITS): 抖音 vertical 9:16,
   * horizontal 16:9 or square; 视频号 anything from vertical 9:16 to horizontal 16:9.
   */
  videoAspects: {
    douyin: { accept: ['9:16', '16:9', '1:1'] },
    'wechat-channels': { between: ['9:16', '16:9'] },
  } as Partial<Record<ChannelKind, { accept: string[] } | { between: [string, string] }>>,
} as const

const LIMIT_NAMES: Record<LimitKey, { zh: string; en: string }> = {
  titleMax: { zh: '标题', en: 'title' },
  authorMax: { zh: '作者', en: 'author' },
  digestMax: { zh: '摘要', en: 'digest' },
  bodyMax: { zh: '正文', en: 'body' },
  bodyBytesMax: { zh: '正文大小', en: 'body size' },
  captionMax: { zh: '视频文案', en: 'caption' },
  tagsMax: { zh: '话题标签', en: 'tags' },
  foldAt: { zh: '折叠位置', en: 'fold' },
  urlWeight: { zh: '链接计数', en: 'link weight' },
  signatureMin: { zh: '短信签名最短', en: 'signature minimum' },
  signatureMax: { zh: '短信签名最长', en: 'signature maximum' },
  singleMax: { zh: '单条短信字数', en: 'single SMS length' },
  segmentMax: { zh: '长短信每段字数', en: 'segment length' },
  segmentCap: { zh: '短信最多条数', en: 'segment cap' },
  videoSecondsMax: { zh: '视频时长', en: 'video duration' },
  videoBytesMax: { zh: '视频文件大小', en: 'video file size' },
  videoAspectTolerance: { zh: '视频画面比例容差（%）', en: 'video aspect tolerance (%)' },
}

const kindLabel = (kind: string): string => CHANNEL_KIND_OPTIONS.find((o) => o.value === kind)?.label.zh ?? kind

const isKind = (kind: unknown): kind is ChannelKind =>
  typeof kind === 'string' && (CHANNEL_KINDS as readonly string[]).includes(kind)

const isPositiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value > 0

/** The kind's defaults with a channel's overrides on top. Invalid overrides are ignored here; they are refused when written. */
export const limitsFor = (kind: ChannelKind, overrides: LimitOverrides | null | undefined = {}): Limits => {
  const defaults = DEFAULT_LIMITS[kind] ?? {}
  const limits: Limits = { ...defaults }
  for (const key of Object.keys(defaults) as LimitKey[]) {
    const value = overrides?.[key]
    if (isPositiveInteger(value)) limits[key] = value
  }
  return limits
}

/**
 * Problems with a channel's `limits` JSON, one sentence each (Chinese / English), for the admin
 * to show on the field: not an object, a key the kind does not have, a value that is not a
 * positive whole number, or a pair that contradicts itself. Empty means valid.
 */
export const validateLimitOverrides = (kind: unknown, value: unknown): string[] => {
  if (value === null || value === undefined) return []
  if (typeof value !== 'object' || Array.isArray(value))
    return ['格式限制须为 JSON 对象，例如 {"titleMax": 30} / limits must be a JSON object such as {"titleMax": 30}']
  if (!isKind(kind)) return [`未知的渠道类型“${String(kind)}” / unknown channel kind "${String(kind)}"`]
  const allowed = Object.keys(DEFAULT_LIMITS[kind]) as LimitKey[]
  const problems: string[] = []
  for (const [key, limit] of Object.entries(value as Record<string, unknown>)) {
    if (!(allowed as string[]).includes(key)) {
      problems.push(
        allowed.length
          ? `“${key}”不是${kindLabel(kind)}渠道可调整的限制（可用：${allowed.join('、')}） / "${key}" is not a limit of ${kind} channels (allowed: ${allowed.join(', ')})`
          : `${kindLabel(kind)}渠道没有可调整的限制，“${key}”无效 / ${kind} channels have no limits to override ("${key}")`,
      )
    } else if (!isPositiveInteger(limit)) {
      problems.push(
        `“${key}”须为正整数，当前为 ${JSON.stringify(limit)} / "${key}" must be a positive whole number, got ${JSON.stringify(limit)}`,
      )
    }
  }
  if (problems.length) return problems
  const merged = limitsFor(kind, value)
  if (
    merged.signatureMin !== undefined &&
    merged.signatureMax !== undefined &&
    merged.signatureMin > merged.signatureMax
  ) {
    problems.push(
      `短信签名最短 ${merged.signatureMin} 字大于最长 ${merged.signatureMax} 字 / signatureMin is above signatureMax`,
    )
  }
  if (merged.singleMax !== undefined && merged.segmentMax !== undefined && merged.segmentMax > merged.singleMax) {
    problems.push(`长短信每段 ${merged.segmentMax} 字大于单条 ${merged.singleMax} 字 / segmentMax is above singleMax`)
  }
  return problems
}

const tooLong = (
  code: string,
  field: string,
  key: LimitKey,
  limit: number,
  actual: number,
  unit: { zh: string; en: string } = { zh: '字', en: 'characters' },
): Violation => {
  const name = LIMIT_NAMES[key]
  return {
    code,
    field,
    limit,
    actual,
    message: `${name.zh}为 ${actual} ${unit.zh}，超过上限 ${limit} ${unit.zh} / ${name.en} is ${actual} ${unit.en}, over the limit of ${limit}`,
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

// Tags that WeChat strips or that no channel should carry; `on…=` handlers and javascript: URLs too.
const FORBIDDEN_TAGS =
  /<\s*(script|iframe|frame|frameset|style|link|form|input|button|textarea|select|object|embed|applet|base)\b/gi
const TAG = /<[a-zA-Z][^<>]*>/g
const HANDLER = /\son[a-z]+\s*=/i
const SCRIPT_URL = /\s(?:href|src|action|formaction)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i

/** The forbidden markup an HTML string carries: tag names, `on…` handlers, script URLs. */
export const forbiddenHtml = (html: string): string[] => {
  const found = new Set<string>()
  for (const match of html.matchAll(FORBIDDEN_TAGS)) found.add(`<${match[1].toLowerCase()}>`)
  for (const [tag] of html.matchAll(TAG)) {
    if (HANDLER.test(tag)) found.add('on…=')
    if (SCRIPT_URL.test(tag)) found.add('javascript:')
  }
  return [...found]
}

/** <img> tags that point at a URL instead of waiting for an upload id. */
const externalImages = (html: string): number => [...html.matchAll(/<img\b[^<>]*\ssrc\s*=/gi)].length

/** The HTML a kind carries: the body itself for WeChat, the html part or field for the others. */
const htmlOf = (kind: ChannelKind, rendering: Pick<Rendering, 'body' | 'fields'>): string | null => {
  if (kind === 'wechat-article') return rendering.body
  return typeof rendering.fields.html === 'string' ? rendering.fields.html : null
}

/** How each kind counts a title's length; Douyin's count for the rest. */
const TITLE_LENGTH: Partial<Record<ChannelKind, (text: string) => number>> = {
  email: emailSubjectLength,
  xiaohongshu: xiaohongshuLength,
  'wechat-article': wechatLength,
}

/** Whether a string shows up in the body as delivered: raw, HTML-escaped or JSON-escaped. */
const shows = (body: string, value: string): boolean => {
  const json = JSON.stringify(value).slice(1, -1)
  const html = value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
  return body.includes(value) || body.includes(html) || body.includes(json)
}

/**
 * Every rule a rendering breaks, with stable codes. Reads the rendering as the renderer builds it:
 * `body`, and `fields.title / author / digest / coverCrops / caption / text / tags / subject /
 * html / signature / optOut / marketing / review / disclosure` where the kind has them. Lengths
 * are recounted from the output itself, never taken from the renderer's own figures.
 */
export const checkConstraints = (
  kind: ChannelKind,
  rendering: Pick<Rendering, 'body' | 'fields'>,
  limits: Limits = limitsFor(kind),
): Violation[] => {
  const { body, fields } = rendering
  const violations: Violation[] = []
  const lengthOf = TITLE_LENGTH[kind] ?? douyinLength

  const title = kind === 'email' ? text(fields.subject) : text(fields.title)
  if (limits.titleMax !== undefined && lengthOf(title) > limits.titleMax) {
    violations.push(
      tooLong('title-too-long', kind === 'email' ? 'subject' : 'title', 'titleMax', limits.titleMax, lengthOf(title)),
    )
  }

  switch (kind) {
    case 'wechat-article': {
      const author = text(fields.author)
      if (limits.authorMax !== undefined && wechatLength(author) > limits.authorMax) {
        violations.push(tooLong('author-too-long', 'author', 'authorMax', limits.authorMax, wechatLength(author)))
      }
      const digest = text(fields.digest)
      if (limits.digestMax !== undefined && wechatLength(digest) > limits.digestMax) {
        violations.push(tooLong('digest-too-long', 'digest', 'digestMax', limits.digestMax, wechatLength(digest)))
      }
      if (limits.bodyMax !== undefined) {
        const length = wechatLength(body)
        if (length > limits.bodyMax)
          violations.push(tooLong('body-too-long', 'body', 'bodyMax', limits.bodyMax, length))
      }
      if (limits.bodyBytesMax !== undefined) {
        const bytes = utf8ByteLength(body)
        if (bytes > limits.bodyBytesMax)
          violations.push(
            tooLong('body-too-large', 'body', 'bodyBytesMax', limits.bodyBytesMax, bytes, { zh: '字节', en: 'bytes' }),
          )
      }
      break
    }
    case 'wechat-channels':
    case 'douyin': {
      const caption = text(fields.caption)
      if (limits.captionMax !== undefined && douyinLength(caption) > limits.captionMax) {
        violations.push(tooLong('caption-too-long', 'caption', 'captionMax', limits.captionMax, douyinLength(caption)))
      }
      break
    }
    case 'weibo': {
      const length = weiboLength(body, { urlWeight: limits.urlWeight })
      if (limits.bodyMax !== undefined && length > limits.bodyMax)
        violations.push(tooLong('body-too-long', 'body', 'bodyMax', limits.bodyMax, length))
      break
    }
    case 'xiaohongshu': {
      const note = text(fields.text)
      if (limits.bodyMax !== undefined && xiaohongshuLength(note) > limits.bodyMax) {
        violations.push(tooLong('body-too-long', 'body', 'bodyMax', limits.bodyMax, xiaohongshuLength(note)))
      }
      const tags = Array.isArray(fields.tags) ? fields.tags.length : 0
      if (limits.tagsMax !== undefined && tags > limits.tagsMax) {
        violations.push({
          code: 'too-many-tags',
          field: 'tags',
          limit: limits.tagsMax,
          actual: tags,
          message: `话题标签 ${tags} 个，超过上限 ${limits.tagsMax} 个 / ${tags} tags, over the limit of ${limits.tagsMax}`,
        })
      }
      break
    }
    case 'sms': {
      const signature = text(fields.signature).replace(/[【】]/g, '')
      const signatureLength = graphemeLength(signature)
      const min = limits.signatureMin ?? 2
      const max = limits.signatureMax ?? 8
      if (signatureLength < min || signatureLength > max) {
        violations.push({
          code: 'sms-signature-length',
          field: 'sms.signature',
          limit: signatureLength < min ? min : max,
          actual: signatureLength,
          message:
            signatureLength === 0
              ? `渠道未设置短信签名（须为 ${min}–${max} 字） / the channel has no SMS signature (${min}–${max} characters)`
              : `短信签名“${signature}”为 ${signatureLength} 字，须为 ${min}–${max} 字 / the SMS signature is ${signatureLength} characters, it must be ${min}–${max}`,
        })
      }
      if (signatureLength > 0 && !body.startsWith(`【${signature}】`)) {
        violations.push({
          code: 'sms-signature-missing',
          field: 'sms.signature',
          message: `短信须以签名“【${signature}】”开头 / an SMS must start with its 【signature】`,
        })
      }
      const length = smsLength(body)
      const segments = smsSegments(length, { singleMax: limits.singleMax, segmentMax: limits.segmentMax })
      if (limits.segmentCap !== undefined && segments > limits.segmentCap) {
        violations.push({
          code: 'sms-too-many-segments',
          field: 'body',
          limit: limits.segmentCap,
          actual: segments,
          message: `短信共 ${length} 字，需拆成 ${segments} 条发送，超过上限 ${limits.segmentCap} 条 / the SMS is ${length} characters, ${segments} segments, over the cap of ${limits.segmentCap}`,
        })
      }
      const optOut = text(fields.optOut).trim()
      if (fields.marketing === true && (optOut === '' || !body.includes(optOut))) {
        violations.push({
          code: 'sms-opt-out-missing',
          field: 'sms.optOut',
          message:
            '营销短信须包含退订方式（如“拒收请回复R”） / a marketing SMS must carry an opt-out such as 拒收请回复R',
        })
      }
      break
    }
  }

  const crops = KIND_RULES.coverCrops[kind] ?? []
  const coverCrops = (fields.coverCrops ?? {}) as Record<string, unknown>
  for (const crop of crops) {
    if (!text(coverCrops[crop.key])) {
      violations.push({
        code: 'cover-crop-missing',
        field: 'cover',
        message: `封面缺少 ${crop.ratio} 裁切（${crop.size} 尺寸），请上传封面图 / the cover has no ${crop.ratio} crop (size "${crop.size}")`,
      })
    }
  }

  const html = htmlOf(kind, rendering)
  if (html !== null) {
    const forbidden = forbiddenHtml(html)
    if (forbidden.length) {
      violations.push({
        code: 'forbidden-html',
        field: 'body',
        actual: forbidden.length,
        message: `正文含有渠道不允许的 HTML：${forbidden.join('、')} / the body carries forbidden HTML: ${forbidden.join(', ')}`,
      })
    }
    if (KIND_RULES.noExternalImages.includes(kind)) {
      const external = externalImages(html)
      if (external) {
        violations.push({
          code: 'external-image',
          field: 'body',
          actual: external,
          message: `正文有 ${external} 张外链图片，微信会过滤，须先上传到微信素材库 / ${external} external images; WeChat filters them, upload them first`,
        })
      }
    }
  }

  // What readers get: the MIME body is encoded, so an email is read through its two parts.
  const delivered = kind === 'email' ? `${text(fields.html)}\n${text(fields.text)}` : body
  const review = (fields.review ?? {}) as { reviewedBy?: unknown }
  const reviewedBy = text(review.reviewedBy).trim()
  if (!reviewedBy) {
    violations.push({
      code: 'missing-review-attribution',
      field: 'review',
      message:
        '缺少审核专家署名，科普内容须注明审核专家 / no reviewing expert to credit; health content must name its reviewer',
    })
  } else if (kind !== 'sms' && !shows(delivered, reviewedBy)) {
    // SMS has no room for it, so its attribution travels in fields (see render/sms.ts).
    violations.push({
      code: 'missing-review-attribution',
      field: 'review',
      message: `模板输出中没有审核专家“${reviewedBy}”的署名 / the template output does not credit the reviewer`,
    })
  }

  const disclosure = text(fields.disclosure).trim()
  if (disclosure && !shows(delivered, disclosure)) {
    violations.push({
      code: 'disclosure-missing',
      field: 'disclosure',
      message: `内容须标明“${disclosure}”，模板输出中没有 / the output must carry the "${disclosure}" label`,
    })
  }
  return violations
}

/** Seconds as people say them: “15 分钟 / 15 min”, “1 小时 2 分 5 秒 / 1 h 2 min 5 s”. */
export const spokenDuration = (seconds: number): { zh: string; en: string } => {
  const total = Math.round(seconds)
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60]
  const zh = [h ? `${h} 小时` : '', m ? `${m} ${h || s ? '分' : '分钟'}` : '', s || total === 0 ? `${s} 秒` : '']
  const en = [h ? `${h} h` : '', m ? `${m} min` : '', s || total === 0 ? `${s} s` : '']
  return { zh: zh.filter(Boolean).join(' '), en: en.filter(Boolean).join(' ') }
}

/** Bytes as a size: whole bytes under 1 MB, else MB or GB with one decimal (1 MB = 1,048,576 bytes). */
export const spokenSize = (bytes: number): { zh: string; en: string } => {
  if (bytes < 1024 * 1024) return { zh: `${bytes} 字节`, en: `${bytes} bytes` }
  const size = bytes < GIB ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / GIB).toFixed(1)} GB`
  return { zh: size, en: size }
}

/**
 * Every rule the piece's video breaks on a channel of this kind, read from the probe results of
 * the real file (duration, size on screen, bytes). A piece without a video has nothing to check
 * here (a short-video script is a script); a video the upload could not read is flagged.
 */
export const checkVideo = (
  kind: ChannelKind,
  video: VideoRef | null | undefined,
  limits: Limits = limitsFor(kind),
): Violation[] => {
  const frames = KIND_RULES.videoAspects[kind]
  if (!video || (limits.videoSecondsMax === undefined && limits.videoBytesMax === undefined && !frames)) return []
  const { durationSeconds, width, height, bytes } = video
  if (!durationSeconds || !width || !height) {
    return [
      {
        code: 'video-unchecked',
        field: 'video',
        message:
          '视频缺少上传时读取的时长和画面尺寸，无法核对渠道限制，请重新上传 / the video has no probe results to check against the channel limits; upload it again',
      },
    ]
  }
  const violations: Violation[] = []
  if (limits.videoSecondsMax !== undefined && durationSeconds > limits.videoSecondsMax) {
    const [actual, limit] = [spokenDuration(Math.ceil(durationSeconds)), spokenDuration(limits.videoSecondsMax)]
    violations.push({
      code: 'video-too-long',
      field: 'video',
      limit: limits.videoSecondsMax,
      actual: durationSeconds,
      message: `视频时长 ${actual.zh}，超过上限 ${limit.zh} / the video runs ${actual.en}, over the limit of ${limit.en}`,
    })
  }
  if (limits.videoBytesMax !== undefined && typeof bytes === 'number' && bytes > limits.videoBytesMax) {
    const [actual, limit] = [spokenSize(bytes), spokenSize(limits.videoBytesMax)]
    violations.push({
      code: 'video-too-large',
      field: 'video',
      limit: limits.videoBytesMax,
      actual: bytes,
      message: `视频文件 ${actual.zh}，超过上限 ${limit.zh} / the video file is ${actual.en}, over the limit of ${limit.en}`,
    })
  }
  if (frames) {
    const ratio = width / height
    const tolerance = limits.videoAspectTolerance ?? 0
    const shown = `${aspectLabel(width, height)}（${width}×${height}）`
    const shownEn = `${aspectLabel(width, height)} (${width}×${height})`
    if ('accept' in frames) {
      if (!frames.accept.some((name) => withinTolerance(ratio, parseRatio(name)!, tolerance))) {
        violations.push({
          code: 'video-aspect',
          field: 'video',
          message: `视频画面比例为 ${shown}，该渠道只接受 ${frames.accept.join('、')} / the video frame is ${shownEn}; this channel takes ${frames.accept.join(', ')}`,
        })
      }
    } else {
      const [low, high] = frames.between.map((name) => parseRatio(name)!)
      if (ratio < low * (1 - tolerance / 100) || ratio > high * (1 + tolerance / 100)) {
        violations.push({
          code: 'video-aspect',
          field: 'video',
          message: `视频画面比例为 ${shown}，该渠道只接受 ${frames.between[0]} 到 ${frames.between[1]} 之间的画面 / the video frame is ${shownEn}; this channel takes frames from ${frames.between[0]} to ${frames.between[1]}`,
        })
      }
    }
  }
  return violations
}
