// Appends to a hash chain (the audit trail, the points ledger) take turns: on Postgres they wait
// for each other inside their transactions, across processes, instead of racing for the same
// sequence number and failing; the lock is released when the transaction ends. SQLite already
// serialises writers. Each chain passes its own key (any constant, one per chain).
import type { PayloadRequest } from 'payload'

export const advisoryTransactionLock = async (req: PayloadRequest, key: number): Promise<void> => {
  const db = req.payload.db as unknown as {
    name: string
    sessions?: Record<string, { db?: { execute: (query: string) => Promise<unknown> } }>
  }
  if (db.name !== 'postgres') return
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session = transactionID !== undefined ? db.sessions?.[String(transactionID)] : undefined
  if (session?.db) await session.db.execute(`SELECT pg_advisory_xact_lock(${Math.trunc(key)})`)
}
