// Claims due distributions for one scheduler instance. A claim is a single conditional UPDATE, so
// two instances can never both win a row; it carries a lease, and a row whose claimer died
// (lease expired while still `delivering`) is due again for anyone.
import type { Payload } from 'payload'

type SqlPool = {
  query: (text: string, params: unknown[]) => Promise<{ rows: { id: number | string }[]; rowCount: number | null }>
}
type LibsqlClient = {
  execute: (stmt: {
    sql: string
    args: unknown[]
  }) => Promise<{ rows: Record<string, unknown>[]; rowsAffected: number }>
}
type MongoModel = {
  findOneAndUpdate: (
    filter: unknown,
    update: unknown,
    options: unknown,
  ) => { lean: () => Promise<{ _id: unknown } | null> }
  updateMany: (filter: unknown, update: unknown) => Promise<{ modifiedCount: number }>
}

const DUE = `(status = 'scheduled' AND next_attempt_at <= $now) OR (status = 'delivering' AND lease_expires_at < $now)`

/** Numbered placeholders for Postgres, `?` for SQLite, in the order the names appear. */
const bind = (text: string, values: Record<string, unknown>, style: 'pg' | 'sqlite') => {
  const args: unknown[] = []
  const sql = text.replace(/\$(\w+)/g, (_, name: string) => {
    args.push(values[name])
    return style === 'pg' ? `$${args.length}` : '?'
  })
  return { sql, args }
}

export const claimDue = async (
  payload: Payload,
  owner: string,
  limit: number,
  leaseMs: number,
  now = new Date(),
): Promise<string[]> => {
  const values = { owner, until: new Date(now.getTime() + leaseMs).toISOString(), now: now.toISOString(), limit }
  const db = payload.db as unknown as {
    name: string
    pool?: SqlPool
    client?: LibsqlClient
    collections?: Record<string, MongoModel>
  }
  if (db.name === 'postgres') {
    // SKIP LOCKED lets two instances claim disjoint rows at once instead of queueing on each other.
    const { sql, args } = bind(
      `UPDATE distributions SET status = 'delivering', lease_owner = $owner, lease_expires_at = $until, updated_at = $now
       WHERE id IN (SELECT id FROM distributions WHERE ${DUE} ORDER BY next_attempt_at, id LIMIT $limit FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      values,
      'pg',
    )
    const result = await db.pool!.query(sql, args)
    return result.rows.map((row) => String(row.id))
  }
  if (db.name === 'sqlite') {
    // One statement: SQLite holds the database write lock for all of it.
    const { sql, args } = bind(
      `UPDATE distributions SET status = 'delivering', lease_owner = $owner, lease_expires_at = $until, updated_at = $now
       WHERE id IN (SELECT id FROM distributions WHERE ${DUE} ORDER BY next_attempt_at, id LIMIT $limit)
       RETURNING id`,
      values,
      'sqlite',
    )
    const result = await db.client!.execute({ sql, args })
    return result.rows.map((row) => String(row.id))
  }
  // MongoDB: findOneAndUpdate is atomic per document.
  const model = db.collections!.distributions
  const claimed: string[] = []
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
    claimed.push(String(doc._id))
  }
  return claimed
}

/** Extends the leases this instance still holds, so long batches are not taken over while running. */
export const renewLeases = async (
  payload: Payload,
  owner: string,
  leaseMs: number,
  now = new Date(),
): Promise<number> => {
  const values = { owner, until: new Date(now.getTime() + leaseMs).toISOString() }
  const db = payload.db as unknown as {
    name: string
    pool?: SqlPool
    client?: LibsqlClient
    collections?: Record<string, MongoModel>
  }
  const text = `UPDATE distributions SET lease_expires_at = $until WHERE lease_owner = $owner AND status = 'delivering'`
  if (db.name === 'postgres') {
    const { sql, args } = bind(text, values, 'pg')
    return (await db.pool!.query(sql, args)).rowCount ?? 0
  }
  if (db.name === 'sqlite') {
    const { sql, args } = bind(text, values, 'sqlite')
    return (await db.client!.execute({ sql, args })).rowsAffected
  }
  const result = await db.collections!.distributions.updateMany(
    { leaseOwner: owner, status: 'delivering' },
    { $set: { leaseExpiresAt: new Date(values.until) } },
  )
  return result.modifiedCount
}
