// Claims due distributions for one scheduler instance. A claim is a single conditional UPDATE, so
// two instances can never both win a row; it carries a lease, and a row whose claimer died
// (lease expired while still `delivering`) is due again for anyone.
import type { Payload } from 'payload'

import { runSql } from '@/db/sql'

type MongoModel = {
  findOneAndUpdate: (
    filter: unknown,
    update: unknown,
    options: unknown,
  ) => { lean: () => Promise<{ _id: unknown } | null> }
  updateMany: (filter: unknown, update: unknown) => Promise<{ modifiedCount: number }>
}

const DUE = `(status = 'scheduled' AND next_attempt_at <= $now) OR (status = 'delivering' AND lease_expires_at < $now)`

const mongoModel = (payload: Payload) =>
  (payload.db as unknown as { collections: Record<string, MongoModel> }).collections.distributions

export const claimDue = async (
  payload: Payload,
  owner: string,
  limit: number,
  leaseMs: number,
  now = new Date(),
): Promise<string[]> => {
  const values = { owner, until: new Date(now.getTime() + leaseMs).toISOString(), now: now.toISOString(), limit }
  // On Postgres SKIP LOCKED lets two instances claim disjoint rows at once instead of queueing on
  // each other; SQLite holds the database write lock for the whole statement.
  const skipLocked = (payload.db as unknown as { name: string }).name === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : ''
  const claimed = await runSql(
    payload,
    `UPDATE distributions SET status = 'delivering', lease_owner = $owner, lease_expires_at = $until, updated_at = $now
     WHERE id IN (SELECT id FROM distributions WHERE ${DUE} ORDER BY next_attempt_at, id LIMIT $limit${skipLocked})
     RETURNING id`,
    values,
  )
  if (claimed) return claimed.rows.map((row) => String(row.id))
  // MongoDB: findOneAndUpdate is atomic per document.
  const model = mongoModel(payload)
  const mine: string[] = []
  const nowDate = new Date(values.now)
  for (let i = 0; i < limit; i++) {
    const doc = await model
      .findOneAndUpdate(
        {
          $or: [
            { status: 'scheduled', nextAttemptAt: { $lte: nowDate } },
            { status: 'delivering', leaseExpiresAt: { $lt: nowDate } },
          ],
        },
        { $set: { status: 'delivering', leaseOwner: owner, leaseExpiresAt: new Date(values.until) } },
        { sort: { nextAttemptAt: 1 }, new: true },
      )
      .lean()
    if (!doc) break
    mine.push(String(doc._id))
  }
  return mine
}

/** Extends the leases this instance still holds, so long batches are not taken over while running. */
export const renewLeases = async (
  payload: Payload,
  owner: string,
  leaseMs: number,
  now = new Date(),
): Promise<number> => {
  const values = { owner, until: new Date(now.getTime() + leaseMs).toISOString() }
  const renewed = await runSql(
    payload,
    `UPDATE distributions SET lease_expires_at = $until WHERE lease_owner = $owner AND status = 'delivering'`,
    values,
  )
  if (renewed) return renewed.affected
  const result = await mongoModel(payload).updateMany(
    { leaseOwner: owner, status: 'delivering' },
    { $set: { leaseExpiresAt: new Date(values.until) } },
  )
  return result.modifiedCount
}
