// The rows the four-dimension evaluation ingests besides channel metrics: account-level metrics
// (one per channel account and day), business events (appointments, consultations, sign-ups, one
// per event id) and social indicators (per campaign, indicator, community and day). Pure shape
// checks, each row on its own, so every refusal is unit-tested without a database.
import { isIsoDate } from './dates'
import { isCount, type RowProblem, SENTIMENT_COUNTS, type SentimentCount, show } from './metricRows'

/** A relation id as a row may give it: a positive integer or a short token. */
export const rowIdOf = (value: unknown): string | null => {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value)
  if (typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value.trim())) return value.trim()
  return null
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

const countOf = (
  input: Record<string, unknown>,
  field: string,
  label = field,
): { value: number } | { problem: RowProblem } => {
  const value = input[field] ?? 0
  if (!isCount(value))
    return { problem: { code: 'metrics-bad-count', params: { field: label, value: show(input[field]) } } }
  return { value }
}

// ---------------------------------------------------------------------------------------------
// Account-level metrics (账号数据): per channel account per day.

export const ACCOUNT_COUNTS = ['followers', 'brandSearchVolume', 'mentions', 'categoryMentions'] as const
export type AccountCount = (typeof ACCOUNT_COUNTS)[number]
export const NPS_COUNTS = ['promoters', 'passives', 'detractors'] as const
export type NpsCount = (typeof NPS_COUNTS)[number]

export type AccountRow = Record<AccountCount, number> & {
  /** The account's handle on its platform (公众号原始 ID, 微博昵称 …), with the date the stable key. */
  account: string
  date: string
  channel: string | null
  doctor: string | null
  /** New followers minus lost ones that day; may be negative. */
  followerGrowth: number
  sentiment: Record<SentimentCount, number>
  nps: Record<NpsCount, number>
}

export const accountKey = (account: string, date: string) => `${account}:${date}`

const ACCOUNT_PATTERN = /^[\p{L}\p{N}_.@:-]{1,100}$/u

export const parseAccountRow = (raw: unknown): { row: AccountRow } | { problem: RowProblem } => {
  if (!isObject(raw)) return { problem: { code: 'metrics-bad-row', params: {} } }
  const account = typeof raw.account === 'string' ? raw.account.trim() : ''
  if (!ACCOUNT_PATTERN.test(account))
    return { problem: { code: 'account-bad-account', params: { value: show(raw.account) } } }
  if (!isIsoDate(raw.date)) return { problem: { code: 'metrics-bad-date', params: { value: show(raw.date) } } }
  const relation = (field: 'channel' | 'doctor'): string | null | RowProblem => {
    if (raw[field] === undefined || raw[field] === null) return null
    return rowIdOf(raw[field]) ?? { code: 'account-bad-relation', params: { field, value: show(raw[field]) } }
  }
  const channel = relation('channel')
  if (typeof channel === 'object' && channel !== null) return { problem: channel }
  const doctor = relation('doctor')
  if (typeof doctor === 'object' && doctor !== null) return { problem: doctor }

  const counts = {} as Record<AccountCount, number>
  for (const field of ACCOUNT_COUNTS) {
    const result = countOf(raw, field)
    if ('problem' in result) return result
    counts[field] = result.value
  }
  const growth = raw.followerGrowth ?? 0
  if (typeof growth !== 'number' || !Number.isSafeInteger(growth))
    return {
      problem: { code: 'metrics-bad-count', params: { field: 'followerGrowth', value: show(raw.followerGrowth) } },
    }
  // The hospital's mentions are part of the category's: a share over 100 % is a mislabelled row.
  if (counts.categoryMentions > 0 && counts.mentions > counts.categoryMentions)
    return {
      problem: {
        code: 'account-bad-share',
        params: { mentions: counts.mentions, categoryMentions: counts.categoryMentions },
      },
    }
  const group = <K extends string>(field: string, keys: readonly K[]): Record<K, number> | RowProblem => {
    const given = raw[field] ?? {}
    if (!isObject(given)) return { code: 'metrics-bad-count', params: { field, value: show(raw[field]) } }
    const out = {} as Record<K, number>
    for (const key of keys) {
      const result = countOf(given, key, `${field}.${key}`)
      if ('problem' in result) return result.problem
      out[key] = result.value
    }
    return out
  }
  const sentiment = group('sentiment', SENTIMENT_COUNTS)
  if ('code' in sentiment) return { problem: sentiment }
  const nps = group('nps', NPS_COUNTS)
  if ('code' in nps) return { problem: nps }
  return { row: { account, date: raw.date, channel, doctor, ...counts, followerGrowth: growth, sentiment, nps } }
}

// ---------------------------------------------------------------------------------------------
// Business events (业务转化): appointments, consultations, sign-ups, each with its own id.

export const BUSINESS_KINDS = ['appointment', 'consultation', 'sign-up'] as const
export type BusinessKind = (typeof BUSINESS_KINDS)[number]

export const BUSINESS_KIND_LABELS: Record<BusinessKind, { zh: string; en: string }> = {
  appointment: { zh: '预约挂号', en: 'Appointment' },
  consultation: { zh: '在线咨询', en: 'Consultation' },
  'sign-up': { zh: '活动报名', en: 'Sign-up' },
}

/** The UTM fields the distribution engine writes (src/distribution/rules/utm.ts), plus utm_term. */
export type EventUtm = {
  source: string | null
  medium: string | null
  campaign: string | null
  content: string | null
  term: string | null
}

export type BusinessRow = {
  /** The event's id in the system that recorded it (HIS booking number, form submission id …). */
  eventId: string
  kind: BusinessKind
  occurredAt: string
  distribution: string | null
  utm: EventUtm
  landingPage: string | null
}

export const businessKey = (kind: string, eventId: string) => `${kind}:${eventId}`

const UTM_FIELDS = ['source', 'medium', 'campaign', 'content', 'term'] as const

const decodeQueryPart = (raw: string): string => {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '))
  } catch {
    return raw
  }
}

/**
 * The utm_* parameters of a URL, read the way the distribution engine's tagUrl writes them (one
 * key=value pair each, percent-encoded, before any #fragment; keys case-insensitive, the first
 * occurrence wins as it does in tagUrl's "already present" check). Empty values count as absent.
 */
export const readUtm = (url: string): EventUtm => {
  const utm: EventUtm = { source: null, medium: null, campaign: null, content: null, term: null }
  const beforeHash = url.split('#')[0] ?? ''
  const queryAt = beforeHash.indexOf('?')
  if (queryAt === -1) return utm
  for (const pair of beforeHash.slice(queryAt + 1).split('&')) {
    const eq = pair.indexOf('=')
    const key = decodeQueryPart(eq === -1 ? pair : pair.slice(0, eq)).toLowerCase()
    if (!key.startsWith('utm_')) continue
    const field = key.slice(4) as (typeof UTM_FIELDS)[number]
    if (!UTM_FIELDS.includes(field) || utm[field] !== null) continue
    const value = eq === -1 ? '' : decodeQueryPart(pair.slice(eq + 1)).trim()
    if (value) utm[field] = value
  }
  return utm
}

const EVENT_ID = /^[\p{L}\p{N}_.:-]{1,100}$/u

export const parseBusinessRow = (
  raw: unknown,
  { now }: { now: Date },
): { row: BusinessRow } | { problem: RowProblem } => {
  if (!isObject(raw)) return { problem: { code: 'metrics-bad-row', params: {} } }
  let eventId = ''
  if (typeof raw.id === 'number') eventId = String(raw.id)
  else if (typeof raw.id === 'string') eventId = raw.id.trim()
  if (!EVENT_ID.test(eventId)) return { problem: { code: 'business-bad-id', params: { value: show(raw.id) } } }
  if (typeof raw.kind !== 'string' || !(BUSINESS_KINDS as readonly string[]).includes(raw.kind))
    return { problem: { code: 'business-bad-kind', params: { value: show(raw.kind) } } }
  const at = typeof raw.occurredAt === 'string' ? Date.parse(raw.occurredAt) : Number.NaN
  if (!Number.isFinite(at) || !/^\d{4}-\d{2}-\d{2}T/.test(String(raw.occurredAt)))
    return { problem: { code: 'business-bad-time', params: { value: show(raw.occurredAt) } } }
  // A little clock skew between systems is normal; an event hours ahead is a wrong time zone.
  if (at > now.getTime() + 5 * 60_000)
    return { problem: { code: 'business-future-time', params: { value: String(raw.occurredAt) } } }

  let landingPage: string | null = null
  if (raw.landingPage !== undefined && raw.landingPage !== null) {
    const text = typeof raw.landingPage === 'string' ? raw.landingPage.trim() : ''
    if (!/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(text) || text.length > 2000)
      return { problem: { code: 'business-bad-landing', params: { value: show(raw.landingPage) } } }
    landingPage = text
  }
  // Explicit utm fields ({utm: {campaign}} or utm_campaign) win over the landing page's query.
  const utm = landingPage
    ? readUtm(landingPage)
    : { source: null, medium: null, campaign: null, content: null, term: null }
  const given = raw.utm ?? {}
  if (!isObject(given)) return { problem: { code: 'business-bad-utm', params: { field: 'utm', value: show(raw.utm) } } }
  for (const field of UTM_FIELDS) {
    const value = given[field] ?? raw[`utm_${field}`]
    if (value === undefined || value === null || value === '') continue
    if (typeof value !== 'string' || value.length > 200)
      return { problem: { code: 'business-bad-utm', params: { field: `utm_${field}`, value: show(value) } } }
    utm[field] = value.trim()
  }
  let distribution: string | null = null
  if (raw.distribution !== undefined && raw.distribution !== null) {
    distribution = rowIdOf(raw.distribution)
    if (distribution === null)
      return { problem: { code: 'metrics-bad-distribution', params: { value: show(raw.distribution) } } }
  }
  return {
    row: {
      eventId,
      kind: raw.kind as BusinessKind,
      occurredAt: new Date(at).toISOString(),
      distribution,
      utm,
      landingPage,
    },
  }
}

/** The distribution an event names: explicitly, else through utm_content (the engine writes the distribution id there). */
export const candidateDistribution = (row: Pick<BusinessRow, 'distribution' | 'utm'>): string | null =>
  row.distribution ?? (row.utm.content ? rowIdOf(row.utm.content) : null)

export type AttributionMethod = 'distribution' | 'utm-content' | 'utm-campaign' | 'none'

export type DistributionFacts = {
  id: string | number
  campaign: string | number | null
  channel: string | number | null
  contentCollection: string
  contentId: string
}

export type Attribution = {
  method: AttributionMethod
  distribution: string | number | null
  campaign: string | number | null
  channel: string | number | null
  contentCollection: string | null
  contentId: string | null
}

/**
 * Attributes an event to a distribution (and through it to campaign, channel and content), or to
 * a campaign alone, or to nothing. An explicit `distribution` must exist; utm_content is the
 * engine's distribution id, and a value that names none (an editor's own utm_content) falls back
 * to utm_campaign; an unknown utm_campaign is refused rather than silently counted nowhere.
 */
export const attribute = (
  row: Pick<BusinessRow, 'distribution' | 'utm'>,
  {
    distribution,
    campaignBySlug,
  }: {
    /** The distribution candidateDistribution named, when it exists. */
    distribution: DistributionFacts | null
    /** The campaign whose slug is utm_campaign, when it exists. */
    campaignBySlug: string | number | null
  },
): { attribution: Attribution } | { problem: RowProblem } => {
  if (row.distribution !== null && !distribution)
    return { problem: { code: 'metrics-unknown-distribution', params: { id: row.distribution } } }
  if (distribution)
    return {
      attribution: {
        method: row.distribution !== null ? 'distribution' : 'utm-content',
        distribution: distribution.id,
        campaign: distribution.campaign,
        channel: distribution.channel,
        contentCollection: distribution.contentCollection,
        contentId: distribution.contentId,
      },
    }
  if (row.utm.campaign) {
    if (campaignBySlug === null)
      return { problem: { code: 'business-unknown-campaign', params: { slug: row.utm.campaign.slice(0, 64) } } }
    return {
      attribution: {
        method: 'utm-campaign',
        distribution: null,
        campaign: campaignBySlug,
        channel: null,
        contentCollection: null,
        contentId: null,
      },
    }
  }
  return {
    attribution: {
      method: 'none',
      distribution: null,
      campaign: null,
      channel: null,
      contentCollection: null,
      contentId: null,
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Social indicators (公益指标), per campaign.

export const SOCIAL_INDICATORS = ['screening-uptake', 'vaccination-uptake', 'quiz-score', 'volunteer-hours'] as const
export type SocialIndicatorKind = (typeof SOCIAL_INDICATORS)[number]

/** Uptake is a percentage of the target community, quiz scores are out of 100, hours are hours. */
export const SOCIAL_LIMITS: Record<SocialIndicatorKind, number> = {
  'screening-uptake': 100,
  'vaccination-uptake': 100,
  'quiz-score': 100,
  'volunteer-hours': 1_000_000,
}

export type SocialRow = {
  /** Campaign id or slug as sent. */
  campaign: string
  indicator: SocialIndicatorKind
  date: string
  community: string
  label: string | null
  baseline: number | null
  value: number
  sampleSize: number | null
}

export const socialKey = (campaign: string | number, indicator: string, community: string, date: string) =>
  `${campaign}:${indicator}:${community}:${date}`

export const parseSocialRow = (raw: unknown): { row: SocialRow } | { problem: RowProblem } => {
  if (!isObject(raw)) return { problem: { code: 'metrics-bad-row', params: {} } }
  const campaign = typeof raw.campaign === 'string' ? raw.campaign.trim() : rowIdOf(raw.campaign)
  if (!campaign || !/^[\w-]{1,100}$/.test(campaign))
    return { problem: { code: 'social-bad-campaign', params: { value: show(raw.campaign) } } }
  if (typeof raw.indicator !== 'string' || !(SOCIAL_INDICATORS as readonly string[]).includes(raw.indicator))
    return { problem: { code: 'social-bad-indicator', params: { value: show(raw.indicator) } } }
  const indicator = raw.indicator as SocialIndicatorKind
  if (!isIsoDate(raw.date)) return { problem: { code: 'metrics-bad-date', params: { value: show(raw.date) } } }
  const community = typeof raw.community === 'string' ? raw.community.trim().slice(0, 100) : ''
  const label = typeof raw.label === 'string' && raw.label.trim() ? raw.label.trim().slice(0, 200) : null
  const limit = SOCIAL_LIMITS[indicator]
  const measure = (field: 'value' | 'baseline'): number | null | RowProblem => {
    const value = raw[field]
    if (field === 'baseline' && (value === undefined || value === null)) return null
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > limit)
      return { code: 'social-bad-value', params: { field, limit, value: show(value) } }
    return value
  }
  const value = measure('value')
  if (typeof value === 'object' && value !== null) return { problem: value }
  const baseline = measure('baseline')
  if (typeof baseline === 'object' && baseline !== null) return { problem: baseline }
  let sampleSize: number | null = null
  if (raw.sampleSize !== undefined && raw.sampleSize !== null) {
    if (!isCount(raw.sampleSize) || raw.sampleSize === 0)
      return { problem: { code: 'metrics-bad-count', params: { field: 'sampleSize', value: show(raw.sampleSize) } } }
    sampleSize = raw.sampleSize
  }
  return {
    row: { campaign, indicator, date: raw.date, community, label, baseline, value: value as number, sampleSize },
  }
}
