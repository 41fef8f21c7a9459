// Shapes of the demo data the seed writes. Plain data only: the seed script turns these into
// Payload documents (rich text into Lexical, keys into relationship ids).

import type { BodyBlock } from '@/content/lexical'

/** A block of rich text: headings, paragraphs and list items, in reading order. */
export type { BodyBlock }

export type Translation = { title: string; summary?: string; body?: BodyBlock[] }

export type DepartmentSeed = { code: string; name: string; nameEn: string; description: string }

export type TopicSeed = {
  slug: string
  name: string
  nameEn: string
  /** Topics such as vaccination need two medical reviewers, one of them public-health. */
  dualExpertReview: boolean
  /** Months after approval before the content must be reviewed again. */
  reReviewMonths: number
}

export type AudienceSeed = {
  key: string
  name: string
  lifecycleStage: 'pregnancy' | 'infant' | 'child' | 'adolescent' | 'adult' | 'older-adult'
  childAgeMonthsMin?: number
  childAgeMonthsMax?: number
  description: string
}

export type DoctorSeed = {
  key: string
  name: string
  title: string // 职称, e.g. 主任医师
  department: string // DepartmentSeed.code
  specialty: string
  bio: string
}

export type ReferenceSeed = {
  title: string
  source: string
  url?: string
  guideline?: string
  accessed: string // YYYY-MM-DD
}

export type ArticleSeed = {
  slug: string
  title: string
  summary: string
  layer: 'what' | 'howto' | 'story'
  format: 'graphic' | 'long-image' | 'video-script' | 'live'
  topics: string[] // TopicSeed.slug
  audiences: string[] // AudienceSeed.key
  department: string // DepartmentSeed.code
  authors: string[] // DoctorSeed.key
  references: ReferenceSeed[]
  body: BodyBlock[]
  /** Published in the demo (true) or left as a draft (false). */
  published: boolean
  translations?: { 'zh-TW'?: Translation; en?: Translation }
}

export type ChannelKind =
  | 'wechat-article'
  | 'wechat-channels'
  | 'weibo'
  | 'douyin'
  | 'xiaohongshu'
  | 'sms'
  | 'email'
  | 'website'
  | 'webhook'

export type ConsentPurpose = 'health-education' | 'publicity' | 'social-media' | 'academic' | 'sensitive-health-info'

export type PatientStorySeed = {
  key: string
  title: string
  pseudonym: string // 患者A, 李女士 …
  topics: string[]
  department: string
  body: BodyBlock[]
  intendedChannels: ChannelKind[]
  published: boolean
  consent: {
    reference: string // e.g. SQ-2026-0001
    patientName: string // fictional real name, lives only in the consent
    patientContact: string // fictional
    patientAgeYears: number
    guardianName?: string // required when patientAgeYears < 14
    guardianRelationship?: string
    allowedChannels: ChannelKind[]
    purposes: ConsentPurpose[]
    validFrom: string // YYYY-MM-DD
    validUntil: string // YYYY-MM-DD
  }
}

export type CampaignSeed = {
  slug: string
  name: string
  kind: 'observance' | 'challenge' | 'live' | 'charity' | 'discussion'
  observance?: string // 世界心脏日 …
  observanceDate?: string // YYYY-MM-DD
  startDate: string
  endDate: string
  audiences: string[]
  channels: ChannelKind[]
  articles: string[] // ArticleSeed.slug
  stories: string[] // PatientStorySeed.key
  kpi: { reach: number; interactions: number; conversions: number }
  budget: number // CNY
  status: 'planning' | 'active' | 'completed' | 'cancelled'
  description: string
}

export type KolSeed = {
  key: string
  name: string
  kind: 'medical-expert' | 'influencer' | 'community-koc' | 'media' | 'ngo'
  platforms: { platform: 'wechat' | 'weibo' | 'douyin' | 'xiaohongshu' | 'bilibili' | 'website'; handle: string; followers: number }[]
  expertise: string[] // TopicSeed.slug
  credentialNumber?: string // restricted, fictional
  credentialVerified: boolean
  contractStart?: string
  contractEnd?: string
  paid: boolean
  disclosure?: string // e.g. 本内容为合作推广
  conflictOfInterest: string
  status: 'active' | 'paused' | 'ended'
}
