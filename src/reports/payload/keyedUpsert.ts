// Idempotent writes on a stable `key` for the evaluation's ingested collections (account metrics,
// business events, social indicators), the way channel metrics are written: a batch lookup of the
// existing keys, then each row in a transaction of its own; two writers of one new key race on the
// unique index and the loser tries again as an update.
import { createLocalReq, type Payload } from 'payload'

import { withTransaction } from '../../http/withTransaction'
import { type ErrorCode, type Language, errorMessage } from '../../errors/messages'
import type { RowProblem } from '../rules/metricRows'
import { isUniqueViolation } from './uniqueViolation'

type Id = string | number

export type KeyedCollection = 'account-metrics' | 'business-events' | 'social-indicators'
export type UpsertOutcome = 'created' | 'updated'
export type IngestRejection = { index: number; code: ErrorCode; message: string }
export type IngestResult = {
  accepted: number
  rejected: IngestRejection[]
  results: { index: number; key: string; outcome: UpsertOutcome }[]
}

export const upsertByKey = async (
  payload: Payload,
  collection: KeyedCollection,
  key: string,
  data: Record<string, unknown>,
  existingId?: Id | null,
): Promise<UpsertOutcome> => {
  let hint = existingId
  for (let attempt = 1; ; attempt++) {
    const req = await createLocalReq({ context: { evaluationUpsert: true } }, payload)
    try {
      return await withTransaction(req, async () => {
        const currentId =
          hint !== undefined
            ? hint
            : ((
                await payload.find({
                  collection,
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
            collection,
            id: currentId,
            data: { ...data, key },
            depth: 0,
            overrideAccess: true,
            req,
          })
        else await payload.create({ collection, data: { ...data, key } as never, depth: 0, overrideAccess: true, req })
        return currentId !== null ? 'updated' : 'created'
      })
    } catch (error) {
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

/** Ids of the rows already stored under these keys, 200 keys per query. */
export const existingIds = async (payload: Payload, collection: KeyedCollection, keys: string[]) => {
  const found = new Map<string, Id>()
  for (let start = 0; start < keys.length; start += 200) {
    const docs = await payload.find({
      collection,
      where: { key: { in: keys.slice(start, start + 200) } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { key: true },
    })
    for (const doc of docs.docs as { id: Id; key: string }[]) found.set(doc.key, doc.id)
  }
  return found
}

/** Ids the database can look up; others (text where integers go) are unknown without asking. */
export const queryableIds = (payload: Payload, ids: string[]): Id[] => {
  if (payload.db.name === 'mongoose') return ids.filter((id) => /^[0-9a-f]{24}$/i.test(id))
  return payload.db.defaultIDType === 'number' ? ids.filter((id) => /^\d{1,15}$/.test(id)).map(Number) : ids
}

/** Which of these ids exist in a collection, as text. */
export const existing = async (
  payload: Payload,
  collection: 'channels' | 'doctors' | 'campaigns' | 'distributions',
  ids: string[],
  select: Record<string, true> = {},
): Promise<Map<string, Record<string, unknown> & { id: Id }>> => {
  const wanted = queryableIds(payload, [...new Set(ids)])
  const found = new Map<string, Record<string, unknown> & { id: Id }>()
  if (!wanted.length) return found
  const docs = await payload.find({
    collection,
    where: { id: { in: wanted } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { id: true, ...select } as never,
  })
  for (const doc of docs.docs as (Record<string, unknown> & { id: Id })[]) found.set(String(doc.id), doc)
  // "012" and "12" name the same row.
  for (const id of ids)
    if (!found.has(id) && found.has(String(Number(id)))) found.set(id, found.get(String(Number(id)))!)
  return found
}

/**
 * The batch driver every evaluation ingest shares: rows already checked become writes (at most
 * four at a time, their keys differ), each failure is reported for its row, and the answer lists
 * results and rejections by index.
 */
export const writeBatch = async (
  payload: Payload,
  collection: KeyedCollection,
  good: { index: number; key: string; data: Record<string, unknown> }[],
  rejected: { index: number; problem: RowProblem }[],
  language: Language,
): Promise<IngestResult> => {
  const ids = await existingIds(
    payload,
    collection,
    good.map((g) => g.key),
  )
  const results: IngestResult['results'] = []
  const failed: { index: number; problem: RowProblem }[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(4, good.length) }, async () => {
      while (next < good.length) {
        const { index, key, data } = good[next++]
        try {
          results.push({ index, key, outcome: await upsertByKey(payload, collection, key, data, ids.get(key) ?? null) })
        } catch (error) {
          payload.logger.error({ err: error, msg: `${collection} row ${index} (${key}) not written` })
          failed.push({ index, problem: { code: 'metrics-write-failed', params: {} } })
        }
      }
    }),
  )
  results.sort((a, b) => a.index - b.index)
  return {
    accepted: results.length,
    results,
    rejected: [...rejected, ...failed]
      .sort((a, b) => a.index - b.index)
      .map(({ index, problem }) => ({
        index,
        code: problem.code,
        message: errorMessage(problem.code, language, problem.params),
      })),
  }
}

/** Marks the rows of a batch that repeat an earlier row's key: the first one wins. */
export const firstOfEachKey = () => {
  const seen = new Map<string, number>()
  return (index: number, key: string): RowProblem | null => {
    const first = seen.get(key)
    if (first !== undefined) return { code: 'ingest-duplicate-row', params: { key, first } }
    seen.set(key, index)
    return null
  }
}
