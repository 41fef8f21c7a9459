// One pass at a time for work that checks "not done yet", then acts and records it (deadline
// reminders and escalations): two passes at once would both find nothing recorded and both send.
// Passes in one process queue behind each other; on Postgres they also take a session advisory
// lock on a connection of their own, so the server and every worker take turns. The lock encloses
// the caller's transaction, so the next pass sees what the last one committed. SQLite deployments
// run one scheduler process, which the in-process queue covers.
import type { Payload } from 'payload'

type PoolClient = {
  query: (text: string, params?: unknown[]) => Promise<unknown>
  release: (destroy?: boolean) => void
}
type PgAdapter = { name: string; pool?: { connect: () => Promise<PoolClient> } }

/** Advisory lock keys, one per kind of pass (other chains use theirs: see advisoryLock.ts). */
export const EXCLUSIVE_KEYS = {
  reviewDeadlines: 72_110_001,
  incidentDeadlines: 72_110_002,
} as const

const queues = new Map<number, Promise<unknown>>()

const underDatabaseLock = async <T>(payload: Payload, key: number, work: () => Promise<T>): Promise<T> => {
  const db = payload.db as unknown as PgAdapter
  if (db.name !== 'postgres' || !db.pool) return work()
  const client = await db.pool.connect()
  // A connection whose unlock failed is closed rather than pooled: closing it drops the lock.
  let destroy = true
  try {
    await client.query('SELECT pg_advisory_lock($1)', [key])
    try {
      return await work()
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key])
      destroy = false
    }
  } finally {
    client.release(destroy)
  }
}

export const exclusively = <T>(
  payload: Payload,
  key: (typeof EXCLUSIVE_KEYS)[keyof typeof EXCLUSIVE_KEYS],
  work: () => Promise<T>,
): Promise<T> => {
  const previous = queues.get(key) ?? Promise.resolve()
  const run = previous.then(
    () => underDatabaseLock(payload, key, work),
    () => underDatabaseLock(payload, key, work),
  )
  const settled = run.then(
    () => undefined,
    () => undefined,
  )
  queues.set(key, settled)
  // Forget a finished queue, unless another pass has joined it since.
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key)
  })
  return run
}
