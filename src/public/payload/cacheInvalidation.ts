// A Payload plugin that tells the public response cache about every change: afterChange and
// afterDelete on every collection bump this process's epoch at once, again after the write's
// transaction commits (a read that ran between the two saw the old rows), and on Postgres send
// `pg_notify('public_cache')` inside the write's transaction, so other instances hear of it
// exactly when it commits. HTTP, jobs and the Local API all write through these hooks.
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Config,
  Payload,
  PayloadRequest,
  Plugin,
} from 'payload'

import { publicCacheEpoch } from './cacheEpoch'

export const NOTIFY_CHANNEL = 'public_cache'

type TransactionId = string | number
/** Transactions that wrote something: the epoch is bumped again when each one ends. */
const writtenIn = new Set<TransactionId>()

type DrizzleLike = { execute: (query: string) => Promise<unknown> }
type SqlAdapter = { name: string; drizzle?: DrizzleLike; sessions?: Record<string, { db?: DrizzleLike }> }

const transactionOf = async (req: PayloadRequest): Promise<TransactionId | undefined> =>
  req.transactionID instanceof Promise ? await req.transactionID : (req.transactionID ?? undefined)

/** The notification rides the write's own transaction: Postgres delivers it on commit, never on rollback. */
const notifyOtherInstances = async (req: PayloadRequest, transaction: TransactionId | undefined) => {
  const db = req.payload.db as unknown as SqlAdapter
  if (db.name !== 'postgres') return
  const target = (transaction !== undefined ? db.sessions?.[String(transaction)]?.db : undefined) ?? db.drizzle
  // A constant payload: Postgres folds identical notifications of one transaction into one.
  await target?.execute(`SELECT pg_notify('${NOTIFY_CHANNEL}', '')`)
}

const signalChange = async (req: PayloadRequest) => {
  publicCacheEpoch.bump('write')
  const transaction = await transactionOf(req)
  if (transaction !== undefined) writtenIn.add(transaction)
  await notifyOtherInstances(req, transaction)
}

export const invalidateAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await signalChange(req)
  return doc
}

export const invalidateAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await signalChange(req)
  return doc
}

const WRAPPED = Symbol.for('cms.publicCache.commitWrapped')

/** Bumps once more when a transaction that wrote ends, so no read of the old rows outlives it. */
const bumpWhenTransactionsEnd = (payload: Payload) => {
  const db = payload.db as unknown as Record<PropertyKey, unknown> & {
    commitTransaction: (id: unknown) => Promise<void>
    rollbackTransaction: (id: unknown) => Promise<void>
  }
  if (db[WRAPPED]) return
  db[WRAPPED] = true
  const wrap = (name: 'commitTransaction' | 'rollbackTransaction') => {
    const original = db[name].bind(db)
    db[name] = async (incoming: unknown) => {
      const id = incoming instanceof Promise ? ((await incoming) as TransactionId) : (incoming as TransactionId)
      try {
        await original(id)
      } finally {
        if (writtenIn.delete(id)) publicCacheEpoch.bump(name === 'commitTransaction' ? 'commit' : 'rollback')
      }
    }
  }
  wrap('commitTransaction')
  wrap('rollbackTransaction')
}

/** Registered last in payload.config.ts, so collections other plugins add are covered too. */
export const publicCacheInvalidation =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: [...(collection.hooks?.afterChange ?? []), invalidateAfterChange],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateAfterDelete],
      },
    })),
    onInit: async (payload) => {
      bumpWhenTransactionsEnd(payload)
      await config.onInit?.(payload)
    },
  })
