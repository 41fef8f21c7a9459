// Writes channel metrics: one row per distribution and local day, an upsert on the unique `key`,
// with channel, campaign, KOL and content copied from the distribution so reports group without
// joins. The ingest endpoint and the demo seed both write through here.
import { createLocalReq, type Payload } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { idOf } from '../../db/relationIds'
import { withTransaction } from '../../http/withTransaction'
import type { Distribution } from '../../payload-types'
import { type ErrorCode, type Language, errorMessage } from '../../errors/messages'
import { localDate } from '../rules/dates'
import {
  checkAgainstDistribution,
  metricKey,
  type MetricValues,
  parseMetricRow,
  type RowProblem,
} from '../rules/metricRows'
import { isUniqueViolation } from './uniqueViolation'

type Id = string | number

/** What metric ingest reads of a distribution: the fields `loadDistributions` selects (the demo seed adds when it was due). */
export type DistributionDoc = Pick<
  Distribution,
  'id' | 'channel' | 'campaign' | 'contentCollection' | 'contentId' | 'status' | 'event' | 'deliveredAt'
> &
  Partial<Pick<Distribution, 'scheduledAt'>>
export type UpsertOutcome = 'created' | 'updated'
export type IngestRejection = { index: number; code: ErrorCode; message: string }
export type IngestResult = {
  accepted: number
  rejected: IngestRejection[]
  results: { index: number; key: string; outcome: UpsertOutcome }[]
}

/** Looks up each content's KOL partner once per batch. */
export const kolLookup = (payload: Payload) => {
  const cache = new Map<string, Promise<Id | null>>()
  return (distribution: DistributionDoc): Promise<Id | null> => {
    const key = `${distribution.contentCollection}:${distribution.contentId}`
    let found = cache.get(key)
    if (!found) {
      found = payload
        .findByID({
          collection: distribution.contentCollection,
          id: distribution.contentId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })
        .then((doc) => idOf(doc?.kolPartner))
        .catch(() => null)
      cache.set(key, found)
    }
    return found
  }
}

/**
 * Creates or updates the row of one distribution and day, in a transaction of its own (the SQLite
 * adapter runs without transactions; each write there is one statement). Two writers of the same
 * new key race on the unique index: the loser's insert fails, and it tries again as an update.
 */
export const upsertMetricRow = async (
  payload: Payload,
  distribution: DistributionDoc,
  values: MetricValues & { date: string },
  {
    kolPartner,
    receivedAt = new Date(),
    existingId,
  }: {
    kolPartner: Id | null
    receivedAt?: Date
    /** The row's id from a batch lookup (null: none then), which saves one query per row. */
    existingId?: Id | null
  },
): Promise<{ key: string; outcome: UpsertOutcome }> => {
  const key = metricKey(distribution.id, values.date)
  const data = {
    key,
    distribution: distribution.id,
    date: values.date,
    channel: idOf(distribution.channel),
    campaign: idOf(distribution.campaign),
    kolPartner,
    contentCollection: distribution.contentCollection,
    contentId: String(distribution.contentId),
    views: values.views,
    impressions: values.impressions,
    likes: values.likes,
    comments: values.comments,
    shares: values.shares,
    saves: values.saves,
    clicks: values.clicks,
    conversions: values.conversions,
    sentiment: { ...values.sentiment },
    receivedAt: receivedAt.toISOString(),
  }
  let hint = existingId
  for (let attempt = 1; ; attempt++) {
    const req = await createLocalReq({ context: { metricsUpsert: true } }, payload)
    try {
      return await withTransaction(req, async () => {
        const currentId =
          hint !== undefined
            ? hint
            : ((
                await payload.find({
                  collection: SLUGS.channelMetrics,
                  where: { key: { equals: key } },
                  limit: 1,
                  depth: 0,
                  overrideAccess: true,
                  req,
                  select: { key: true },
                })
              ).docs[0]?.id ?? null)
        if (currentId !== null)
          await payload.update({
            collection: SLUGS.channelMetrics,
            id: currentId,
            data: data as never,
            depth: 0,
            overrideAccess: true,
            req,
          })
        else
          await payload.create({
            collection: SLUGS.channelMetrics,
            data: data as never,
            depth: 0,
            overrideAccess: true,
            req,
          })
        return { key, outcome: currentId !== null ? 'updated' : 'created' }
      })
    } catch (error) {
      // Taken by a concurrent writer, or gone since the batch lookup: look again, then update or create.
      if (
        attempt < 3 &&
        (isUniqueViolation(error) || (hint !== undefined && (error as { status?: number }).status === 404))
      ) {
        hint = undefined
        continue
      }
      throw error
    }
  }
}

/** Ids of the rows already stored under these keys, a few hundred keys per query. */
export const existingMetricIds = async (payload: Payload, keys: string[]): Promise<Map<string, Id>> => {
  const found = new Map<string, Id>()
  for (let start = 0; start < keys.length; start += 200) {
    const chunk = keys.slice(start, start + 200)
    const docs = await payload.find({
      collection: SLUGS.channelMetrics,
      where: { key: { in: chunk } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { key: true },
    })
    for (const doc of docs.docs) found.set(doc.key, doc.id)
  }
  return found
}

/** Runs `work` over items with at most `limit` at a time. */
const eachLimited = async <T>(items: T[], limit: number, work: (item: T) => Promise<void>) => {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++])
    }),
  )
}

/** Rows of one batch written at the same time: their keys differ, so they never contend for a row. */
const WRITE_CONCURRENCY = 4

/** Ids the database can look up; others (text where integers go) are unknown without asking. */
const queryableId = (payload: Payload, id: string): boolean => {
  if (payload.db.name === 'mongoose') return /^[0-9a-f]{24}$/i.test(id)
  return payload.db.defaultIDType === 'number' ? /^\d{1,15}$/.test(id) : true
}

const loadDistributions = async (payload: Payload, ids: string[]): Promise<Map<string, DistributionDoc>> => {
  const wanted = ids.filter((id) => queryableId(payload, id))
  const found = new Map<string, DistributionDoc>()
  if (!wanted.length) return found
  const docs = await payload.find({
    collection: SLUGS.distributions,
    where: { id: { in: payload.db.defaultIDType === 'number' ? wanted.map(Number) : wanted } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: {
      channel: true,
      campaign: true,
      contentCollection: true,
      contentId: true,
      status: true,
      event: true,
      deliveredAt: true,
    },
  })
  for (const doc of docs.docs as DistributionDoc[]) found.set(String(doc.id), doc)
  // "012" and "12" name the same row; both spellings find it.
  for (const id of wanted)
    if (!found.has(id) && found.has(String(Number(id)))) found.set(id, found.get(String(Number(id)))!)
  return found
}

/**
 * Validates a batch row by row and writes the good rows, each on its own: a bad row is reported
 * with its index and never stops the others, and a database failure on one row is reported for
 * that row. Within the batch, the first valid row of a distribution and day wins.
 */
export const ingestMetrics = async (
  payload: Payload,
  rows: unknown[],
  { language, timeZone, now = new Date() }: { language: Language; timeZone: string; now?: Date },
): Promise<IngestResult> => {
  const rejected: IngestRejection[] = []
  const reject = (index: number, problem: RowProblem) =>
    rejected.push({ index, code: problem.code, message: errorMessage(problem.code, language, problem.params) })
  const parsed = rows.map(parseMetricRow)
  const distributions = await loadDistributions(payload, [
    ...new Set(parsed.flatMap((p) => ('row' in p ? [p.row.distribution] : []))),
  ])
  const today = localDate(now, timeZone)

  const good: { index: number; distribution: DistributionDoc; values: MetricValues & { date: string } }[] = []
  const firstIndexOf = new Map<string, number>()
  parsed.forEach((result, index) => {
    if ('problem' in result) return reject(index, result.problem)
    const { row } = result
    const distribution = distributions.get(row.distribution)
    if (!distribution) return reject(index, { code: 'metrics-unknown-distribution', params: { id: row.distribution } })
    const deliveredOn = distribution.deliveredAt ? localDate(distribution.deliveredAt, timeZone) : null
    const problem = checkAgainstDistribution(row, distribution, { today, deliveredOn })
    if (problem) return reject(index, problem)
    const key = metricKey(distribution.id, row.date)
    const first = firstIndexOf.get(key)
    if (first !== undefined)
      return reject(index, {
        code: 'metrics-duplicate-row',
        params: { id: String(distribution.id), date: row.date, first },
      })
    firstIndexOf.set(key, index)
    good.push({ index, distribution, values: row })
  })

  const kolOf = kolLookup(payload)
  const existing = await existingMetricIds(
    payload,
    good.map(({ distribution, values }) => metricKey(distribution.id, values.date)),
  )
  const results: IngestResult['results'] = []
  await eachLimited(good, WRITE_CONCURRENCY, async ({ index, distribution, values }) => {
    try {
      const existingId = existing.get(metricKey(distribution.id, values.date)) ?? null
      const { key, outcome } = await upsertMetricRow(payload, distribution, values, {
        kolPartner: await kolOf(distribution),
        receivedAt: now,
        existingId,
      })
      results.push({ index, key, outcome })
    } catch (error) {
      payload.logger.error({
        err: error,
        msg: `channel metrics row ${index} (distribution ${distribution.id}, ${values.date}) not written`,
      })
      reject(index, { code: 'metrics-write-failed', params: {} })
    }
  })
  results.sort((a, b) => a.index - b.index)
  rejected.sort((a, b) => a.index - b.index)
  return { accepted: results.length, rejected, results }
}
