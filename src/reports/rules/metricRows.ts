// The rules a channel-metrics row must meet before it is written: shape (ids, a real date,
// non-negative integer counts) and fit with its distribution (delivered, no future day, no day
// before delivery, once per batch). Pure, so every refusal is unit-tested without a database.
import type { ErrorCode } from '../../errors/messages'
import { isIsoDate } from './dates'

// impressions (曝光: times the piece was shown in a feed) came with the four-dimension evaluation; older
// rows and senders without it count 0.
export const METRIC_COUNTS = [
  'views',
  'impressions',
  'likes',
  'comments',
  'shares',
  'saves',
  'clicks',
  'conversions',
] as const
export type MetricCount = (typeof METRIC_COUNTS)[number]

/**
 * Sentiment is sent as COUNTS (how many comments or mentions that day were positive, neutral,
 * negative), not as shares: counts add up across days, channels and distributions, shares do not.
 * Reports turn the sums into shares.
 */
export const SENTIMENT_COUNTS = ['positive', 'neutral', 'negative'] as const
export type SentimentCount = (typeof SENTIMENT_COUNTS)[number]

export type MetricValues = Record<MetricCount, number> & { sentiment: Record<SentimentCount, number> }

/** A row that passed the shape checks; `distribution` is the id as sent, as text. */
export type MetricRow = MetricValues & { distribution: string; date: string }

export type RowProblem = { code: ErrorCode; params: Record<string, string | number> }

/** Rows accepted in one request; more is refused whole (413) rather than half-processed. */
export const MAX_ROWS_PER_BATCH = 1000

/** The distribution statuses that mean the piece reached its audience (retracted ones did too, earlier). */
export const METRIC_STATUSES: readonly string[] = ['delivered', 'retracted']

export const metricKey = (distributionId: string | number, date: string) => `${distributionId}:${date}`

/** A value as a rejection message quotes it: short, and never undefined-as-nothing. */
export const show = (value: unknown): string => {
  if (value === undefined) return 'undefined'
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  // JSON has no text for a function or a symbol: those show as their own.
  const text = typeof value === 'function' || typeof value === 'symbol' ? String(value) : JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

export const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

const rowsOf = (body: unknown): unknown[] | null => {
  if (Array.isArray(body)) return body as unknown[]
  if (body && typeof body === 'object' && Array.isArray((body as { rows?: unknown }).rows))
    return (body as { rows: unknown[] }).rows
  return null
}

/** The rows of a request body: `{rows: [...]}` or a bare array. */
export const batchRows = (body: unknown): { rows: unknown[] } | { problem: RowProblem; status: 400 | 413 } => {
  const rows = rowsOf(body)
  if (!rows) return { status: 400, problem: { code: 'metrics-bad-body', params: {} } }
  if (rows.length > MAX_ROWS_PER_BATCH)
    return {
      status: 413,
      problem: { code: 'metrics-too-many-rows', params: { limit: MAX_ROWS_PER_BATCH, count: rows.length } },
    }
  return { rows }
}

/** A distribution id as a row may give it: a positive integer or a short token. */
const distributionIdOf = (value: unknown): string | null => {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value)
  if (typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value.trim())) return value.trim()
  return null
}

/** Checks one row's shape. Missing counts are 0; anything else must be a non-negative integer. */
export const parseMetricRow = (raw: unknown): { row: MetricRow } | { problem: RowProblem } => {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { problem: { code: 'metrics-bad-row', params: {} } }
  const input = raw as Record<string, unknown>
  const distribution = input.distribution
  const id = distributionIdOf(distribution)
  if (id === null) return { problem: { code: 'metrics-bad-distribution', params: { value: show(distribution) } } }
  if (!isIsoDate(input.date)) return { problem: { code: 'metrics-bad-date', params: { value: show(input.date) } } }

  const counts = {} as Record<MetricCount, number>
  for (const field of METRIC_COUNTS) {
    const value = input[field] ?? 0
    if (!isCount(value)) return { problem: { code: 'metrics-bad-count', params: { field, value: show(input[field]) } } }
    counts[field] = value
  }
  const sentimentInput = input.sentiment ?? {}
  if (typeof sentimentInput !== 'object' || Array.isArray(sentimentInput)) {
    return { problem: { code: 'metrics-bad-count', params: { field: 'sentiment', value: show(input.sentiment) } } }
  }
  const sentiment = {} as Record<SentimentCount, number>
  for (const field of SENTIMENT_COUNTS) {
    const given = (sentimentInput as Record<string, unknown>)[field]
    const value = given ?? 0
    if (!isCount(value))
      return { problem: { code: 'metrics-bad-count', params: { field: `sentiment.${field}`, value: show(given) } } }
    sentiment[field] = value
  }
  return { row: { distribution: id, date: input.date, ...counts, sentiment } }
}

export type DistributionFacts = {
  id: string | number
  status: string
  event?: string | null
  deliveredAt?: string | null
}

/**
 * Checks a row against its distribution: only pieces that reached readers have metrics, a day
 * cannot be in the future (in the hospital's time zone) nor before the local day of delivery.
 * `deliveredOn` is that local day, computed by the caller in the same time zone as `today`.
 */
export const checkAgainstDistribution = (
  row: Pick<MetricRow, 'date'>,
  distribution: DistributionFacts,
  { today, deliveredOn }: { today: string; deliveredOn: string | null },
): RowProblem | null => {
  const id = String(distribution.id)
  // A retraction message is not content: nobody reads it, so it has no metrics.
  if (
    !METRIC_STATUSES.includes(distribution.status) ||
    (distribution.event && distribution.event !== 'content.published')
  ) {
    return {
      code: 'metrics-not-delivered',
      params: { id, status: distribution.event === 'content.retracted' ? 'content.retracted' : distribution.status },
    }
  }
  if (row.date > today) return { code: 'metrics-future-date', params: { date: row.date, today } }
  if (deliveredOn && row.date < deliveredOn)
    return { code: 'metrics-before-delivery', params: { date: row.date, deliveredOn } }
  return null
}
