// What a monitoring service may send as a mention, checked before anything is written: a known
// platform, the source's own id (the idempotency key, with the platform), the text, a real time
// and non-negative integer engagement counts. Pure.
import type { ErrorCode } from '@/errors/messages'

export const MENTION_PLATFORMS = [
  'weibo',
  'wechat',
  'douyin',
  'xiaohongshu',
  'zhihu',
  'news',
  'forum',
  'other',
] as const
export type MentionPlatform = (typeof MENTION_PLATFORMS)[number]

export const ENGAGEMENT_COUNTS = ['likes', 'comments', 'shares', 'plays'] as const
export type EngagementCount = (typeof ENGAGEMENT_COUNTS)[number]

export type MentionRow = {
  platform: MentionPlatform
  sourceId: string
  url: string | null
  author: string | null
  text: string
  postedAt: string
  engagement: Record<EngagementCount, number>
}

export type MentionProblem = { code: ErrorCode; params: Record<string, string | number> }

/** Mentions accepted in one request; more is refused whole (413). */
export const MAX_MENTIONS_PER_BATCH = 500
export const MAX_MENTION_TEXT = 5_000

/** The one key of a mention across every batch that ever brings it. */
export const mentionKey = (platform: string, sourceId: string) => `${platform}:${sourceId}`

/** Likes, comments, shares and plays together: what the severity thresholds read. */
export const engagementTotal = (engagement: Record<EngagementCount, number>) =>
  ENGAGEMENT_COUNTS.reduce((sum, field) => sum + engagement[field], 0)

export const mentionBatch = (body: unknown): { rows: unknown[] } | { problem: MentionProblem; status: 400 | 413 } => {
  let rows: unknown[] | null = null
  if (Array.isArray(body)) rows = body as unknown[]
  else if (body && typeof body === 'object' && Array.isArray((body as { mentions?: unknown }).mentions))
    rows = (body as { mentions: unknown[] }).mentions
  if (!rows) return { status: 400, problem: { code: 'mentions-bad-body', params: {} } }
  if (rows.length > MAX_MENTIONS_PER_BATCH)
    return {
      status: 413,
      problem: { code: 'mentions-too-many', params: { limit: MAX_MENTIONS_PER_BATCH, count: rows.length } },
    }
  return { rows }
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

const field = (name: string): MentionProblem => ({ code: 'mentions-bad-field', params: { field: name } })

const optionalText = (value: unknown, max: number): string | null | undefined => {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string' || value.length > max) return undefined
  return value.trim()
}

/** Checks one mention's shape; unknown members are ignored. */
export const parseMentionRow = (raw: unknown, now: Date): { row: MentionRow } | { problem: MentionProblem } => {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { problem: field('mention') }
  const input = raw as Record<string, unknown>
  if (typeof input.platform !== 'string' || !(MENTION_PLATFORMS as readonly string[]).includes(input.platform))
    return { problem: field('platform') }
  if (typeof input.sourceId !== 'string' || !/^[\w.:/-]{1,128}$/.test(input.sourceId.trim()))
    return { problem: field('sourceId') }
  if (typeof input.text !== 'string' || input.text.trim() === '' || input.text.length > MAX_MENTION_TEXT)
    return { problem: field('text') }
  const url = optionalText(input.url, 2_000)
  if (url === undefined || (url !== null && !/^https?:\/\/\S+$/i.test(url))) return { problem: field('url') }
  const author = optionalText(input.author, 100)
  if (author === undefined) return { problem: field('author') }
  const posted = typeof input.postedAt === 'string' ? Date.parse(input.postedAt) : NaN
  // A clock a little ahead of ours is tolerated; a post from the future is not.
  if (!Number.isFinite(posted) || posted > now.getTime() + 10 * 60_000) return { problem: field('postedAt') }
  const given = input.engagement ?? {}
  if (typeof given !== 'object' || Array.isArray(given)) return { problem: field('engagement') }
  const engagement = {} as Record<EngagementCount, number>
  for (const name of ENGAGEMENT_COUNTS) {
    const value = (given as Record<string, unknown>)[name] ?? 0
    if (!isCount(value)) return { problem: field(`engagement.${name}`) }
    engagement[name] = value
  }
  return {
    row: {
      platform: input.platform as MentionPlatform,
      sourceId: input.sourceId.trim(),
      url,
      author,
      text: input.text.trim(),
      postedAt: new Date(posted).toISOString(),
      engagement,
    },
  }
}

/** Our pieces a mention links to: `/<collection>/<slug>` in its URL or text. */
export const linkedSlugs = (text: string, collections: readonly string[]): { collection: string; slug: string }[] => {
  const found = new Map<string, { collection: string; slug: string }>()
  for (const collection of collections) {
    const pattern = new RegExp(`/${collection}/([A-Za-z0-9_-]{1,200})`, 'g')
    for (const match of text.matchAll(pattern)) found.set(`${collection}:${match[1]}`, { collection, slug: match[1] })
  }
  return [...found.values()]
}
