// The shapes the distribution engine passes between its parts. Pure: no Payload imports, so
// rendering, constraints and adapters are unit-tested without a database.
import type { ReviewableSlug } from '@/review/rules/reviewable'
import type { ChannelKind } from './vocabulary'

export type { ChannelKind }

/** Everything a template may show about one content version, already loaded and flattened. */
export type RenderInput = {
  collection: ReviewableSlug
  id: string
  versionHash: string
  /** The distribution this rendering is for; previews use 'preview'. Goes into utm_content. */
  distributionId: string
  title: string
  summary: string | null
  /** Lexical editor state as stored by Payload (`{ root: { children: [...] } }`), or null. */
  body: unknown
  slug: string
  /** Public URL of the piece on the hospital site, when SITE_URL is configured. */
  url: string | null
  /** Article layer (`what` | `howto` | `story`) and format (`graphic` | `video-script` …); stories: 'story'/'graphic'. */
  layer: string
  format: string
  /** Patient stories: the pseudonym shown instead of any real name. */
  pseudonym: string | null
  cover: MediaRef | null
  /** Images in the body or attached to the piece, in order. */
  images: MediaRef[]
  /** The piece's video with what ffprobe read from the file on upload; absent when it has none. */
  video?: VideoRef | null
  authors: { name: string; title: string | null; department: string | null }[]
  department: string | null
  topics: string[]
  audiences: string[]
  review: {
    /** 审核专家 with department, e.g. “王主任（心内科）”; several joined by “、”. */
    reviewedBy: string | null
    /** ISO date-time of the last sign-off. */
    lastReviewedAt: string | null
    reviewExpiresAt: string | null
  }
  references: {
    title: string
    source: string
    url: string | null
    guideline: string | null
    accessedAt: string | null
  }[]
  /** 广告 / 合作推广 label when a paid KOL is involved (or the piece is a medical ad); null otherwise. */
  disclosure: string | null
  kol: { name: string; paid: boolean } | null
  medicalAd: { certificateNumber: string | null; validUntil: string | null } | null
  campaign: { slug: string; name: string } | null
  hospitalName: string
  publishedAt: string | null
}

/** An uploaded image: the id the integrator uses to fetch and upload it, and its URLs per size. */
export type MediaRef = {
  id: string
  alt: string
  url: string | null
  /** Size name → URL (thumbnail, card, wechat (2.35:1), square (1:1), portrait). */
  sizes: Record<string, string | null>
}

/** An uploaded video: its URL and poster frame, and the probe results of the real file. */
export type VideoRef = {
  id: string
  alt: string
  url: string | null
  mimeType: string | null
  bytes: number | null
  durationSeconds: number | null
  width: number | null
  height: number | null
  codec: string | null
  aspect: string | null
  poster: MediaRef | null
  /** The reviewed subtitles in Simplified Chinese as cues (seconds, plain text); null without any. */
  captions: { start: number; end: number; text: string }[] | null
}

/** Per-channel numbers that override the kind's defaults (see constraints.ts). */
export type LimitOverrides = Partial<Record<string, number>>

/** What a channel record contributes to rendering. */
export type ChannelSettings = {
  id: string
  name: string
  kind: ChannelKind
  limits: LimitOverrides
  /** utm_medium; defaults per kind when empty. */
  utmMedium: string | null
  sms: {
    signature: string | null
    optOut: string | null
    marketing: boolean
    timezone: string
  }
}

export type Violation = { code: string; message: string; field?: string; limit?: number; actual?: number }

/** The output of one template for one channel. */
export type Rendering = {
  contentType: string
  /** File extension for S3/outbox objects, without the dot. */
  ext: string
  /** Exactly what is delivered. */
  body: string
  /** Structured parts the preview and receivers use (title, digest, segments, html/text parts …). */
  fields: Record<string, unknown>
  violations: Violation[]
}

export type DeliveryEvent = 'content.published' | 'content.retracted' | 'site.changed'
