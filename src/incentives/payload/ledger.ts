// Appending to the points ledger: the one way an entry is written. Appends queue behind each other
// (an advisory lock on Postgres; SQLite serialises writers), the idempotency key is looked up
// under that lock, and the collection's chain hook links the entry to the last one.
import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { advisoryTransactionLock } from '@/db/advisoryLock'
import { env } from '@/env'
import type { PointLedger } from '@/payload-types'
import { monthOf } from '../rules/periods'
import type { EntryKind } from '../rules/ledger'

/** Any constant, apart from the audit trail's: the advisory lock that queues ledger appends. */
const LEDGER_LOCK_KEY = 7_262_012

export const serializeLedgerAppends = (req: PayloadRequest) => advisoryTransactionLock(req, LEDGER_LOCK_KEY)

/**
 * SQLite here runs without transactions (every statement commits alone), so two appends in this
 * process could read the same last entry and race for its sequence number: they take turns
 * instead. (On Postgres the advisory lock does it, across processes too; a process-local queue
 * there could deadlock with a transaction holding the lock.)
 */
let turn: Promise<unknown> = Promise.resolve()
const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
  const result = turn.then(work, work)
  turn = result.catch(() => undefined)
  return result
}

export type NewEntry = {
  kind: EntryKind
  key: string
  contributor: string | number
  beneficiaryUser?: string | number | null
  rule?: string | number | null
  points: number
  amountCny: number
  settled: boolean
  refersTo?: string | number | null
  causeCollection?: string | null
  causeId?: string | null
  cause?: string | null
  reason?: string | null
  requestedBy?: string | number | null
  at?: Date
}

export const findByKey = async (req: PayloadRequest, key: string) =>
  (
    await req.payload.find({
      collection: SLUGS.pointLedger,
      where: { key: { equals: key } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
    })
  ).docs[0] ?? null

/**
 * Runs a look-up-then-write of the incentives (an append, a contributor's enrolment, an honour)
 * alone: under the advisory lock on Postgres, in this process's turn on SQLite.
 */
export const exclusively = <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> =>
  (req.payload.db as { name: string }).name === 'postgres' ? serializeLedgerAppends(req).then(work) : inTurn(work)

/**
 * Appends one entry unless its key is already in the ledger: `{created: false}` then, with the
 * entry that holds the key, so a re-run or a double publish grants nothing twice.
 */
export const appendEntry = (req: PayloadRequest, entry: NewEntry): Promise<{ created: boolean; entry: PointLedger }> =>
  exclusively(req, () => append(req, entry))

const append = async (req: PayloadRequest, entry: NewEntry): Promise<{ created: boolean; entry: PointLedger }> => {
  const existing = await findByKey(req, entry.key)
  if (existing) return { created: false, entry: existing }
  const at = entry.at ?? new Date()
  const created = await req.payload.create({
    collection: SLUGS.pointLedger,
    data: {
      kind: entry.kind,
      key: entry.key,
      contributor: entry.contributor as number,
      beneficiaryUser: (entry.beneficiaryUser ?? null) as number | null,
      rule: (entry.rule ?? null) as number | null,
      points: entry.points,
      amountCny: entry.amountCny,
      settled: entry.settled,
      refersTo: (entry.refersTo ?? null) as number | null,
      causeCollection: entry.causeCollection ?? null,
      causeId: entry.causeId ?? null,
      cause: entry.cause ?? null,
      reason: entry.reason ?? null,
      requestedBy: (entry.requestedBy ?? null) as number | null,
      actor: req.user && req.user.collection === SLUGS.users ? req.user.id : null,
      at: at.toISOString(),
      month: monthOf(at, env.timezone),
      // Filled in by the collection's chain hook.
      seq: 0,
      prevHash: '',
      hash: '',
    },
    overrideAccess: true,
    req,
  })
  return { created: true, entry: created }
}
