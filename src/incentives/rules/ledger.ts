// The points ledger's arithmetic and guards. Entries are only ever appended: a grant without money
// settles at once; a grant with money stays pending until a manager appends an approval (which
// carries the points and the money) or a rejection (which carries nothing); a correction is a
// reversal entry that cancels one settled entry exactly.

export const ENTRY_KINDS = ['grant', 'approval', 'rejection', 'reversal'] as const
export type EntryKind = (typeof ENTRY_KINDS)[number]

export const ENTRY_KIND_LABELS: Record<EntryKind, { zh: string; en: string }> = {
  grant: { zh: '发放', en: 'Grant' },
  approval: { zh: '批准', en: 'Approval' },
  rejection: { zh: '驳回', en: 'Rejection' },
  reversal: { zh: '冲正', en: 'Reversal' },
}

export type LedgerEntry = {
  id: string | number
  kind: EntryKind
  contributor: string | number
  points: number
  amountCny: number
  /** Counts toward the balance (a settled grant, an approval, a reversal). */
  settled: boolean
  /** The entry an approval, rejection or reversal answers. */
  refersTo?: string | number | null
}

export type Balance = { points: number; amountCny: number; pendingPoints: number; pendingCny: number }

const cents = (amount: number) => Math.round(amount * 100)

/**
 * A running count over a contributor's entries, fed a page at a time: settled sums, the unsettled
 * grants and the grants a decision answered (both small), so a long history never sits in memory.
 */
export type Tally = {
  points: number
  cents: number
  unsettledGrants: Map<string, { points: number; cents: number }>
  decided: Set<string>
}

export const emptyTally = (): Tally => ({ points: 0, cents: 0, unsettledGrants: new Map(), decided: new Set() })

export const tally = (into: Tally, entries: readonly LedgerEntry[]): Tally => {
  for (const entry of entries) {
    if (entry.settled) {
      into.points += entry.points
      into.cents += cents(entry.amountCny)
    } else if (entry.kind === 'grant')
      into.unsettledGrants.set(String(entry.id), { points: entry.points, cents: cents(entry.amountCny) })
    if (entry.kind === 'approval' || entry.kind === 'rejection') into.decided.add(String(entry.refersTo))
  }
  return into
}

/**
 * The same tally when the database has summed the settled entries itself: `settled` is that sum
 * (points and whole cents), `open` the entries a sum cannot stand for — unsettled ones and
 * decisions — whose settled amounts are already in the sum.
 */
export const tallyFromSums = (settled: { points: number; cents: number }, open: readonly LedgerEntry[]): Tally => {
  const into: Tally = { ...emptyTally(), points: settled.points, cents: settled.cents }
  // tally() over the unsettled entries alone adds nothing to the sums, and settled decisions
  // still mark the grants they answer.
  tally(
    into,
    open.filter((entry) => !entry.settled),
  )
  for (const entry of open)
    if (entry.settled && (entry.kind === 'approval' || entry.kind === 'rejection'))
      into.decided.add(String(entry.refersTo))
  return into
}

/** What tallyFromSums needs besides the sums: the entries that are not settled, or that decide. */
export const isOpenOrDecision = (entry: Pick<LedgerEntry, 'kind' | 'settled'>) =>
  !entry.settled || entry.kind === 'approval' || entry.kind === 'rejection'

/** Points and money from settled entries; what waits for a manager's decision, apart. */
export const balanceOfTally = (t: Tally): Balance => {
  let pendingPoints = 0
  let pendingCents = 0
  for (const [id, grant] of t.unsettledGrants)
    if (!t.decided.has(id)) {
      pendingPoints += grant.points
      pendingCents += grant.cents
    }
  return { points: t.points, amountCny: t.cents / 100, pendingPoints, pendingCny: pendingCents / 100 }
}

export const balanceOf = (entries: readonly LedgerEntry[]): Balance => balanceOfTally(tally(emptyTally(), entries))

/** A grant with money waits for a manager; one without settles as it is written. */
export const settlesAtOnce = (amountCny: number): boolean => !(amountCny > 0)

export type Actor = { id: string | number; manager: boolean }

export type Refusal =
  | { code: 'incentive-forbidden'; status: 403 }
  | { code: 'incentive-self-approval'; status: 403 }
  | { code: 'incentive-state'; status: 409; state: string }

/**
 * Who may decide a pending monetary grant: a manager who neither requested it nor benefits from
 * it, and only while nothing has decided it yet.
 */
export const refuseDecision = (
  actor: Actor,
  grant: {
    kind: EntryKind
    settled: boolean
    requestedBy?: string | number | null
    beneficiaryUser?: string | number | null
  },
  alreadyDecided: boolean,
): Refusal | null => {
  if (!actor.manager) return { code: 'incentive-forbidden', status: 403 }
  if (grant.kind !== 'grant' || grant.settled) return { code: 'incentive-state', status: 409, state: 'not-pending' }
  if (alreadyDecided) return { code: 'incentive-state', status: 409, state: 'decided' }
  const same = (a: string | number | null | undefined) =>
    a !== null && a !== undefined && String(a) === String(actor.id)
  if (same(grant.requestedBy) || same(grant.beneficiaryUser)) return { code: 'incentive-self-approval', status: 403 }
  return null
}

/** A reversal cancels one settled grant or approval, once; never a reversal of a reversal. */
export const refuseReversal = (
  actor: Actor,
  entry: { kind: EntryKind; settled: boolean },
  alreadyReversed: boolean,
): Refusal | null => {
  if (!actor.manager) return { code: 'incentive-forbidden', status: 403 }
  if (!entry.settled || entry.kind === 'reversal') return { code: 'incentive-state', status: 409, state: 'not-settled' }
  if (alreadyReversed) return { code: 'incentive-state', status: 409, state: 'reversed' }
  return null
}

/** The entry that cancels a settled one: the same contributor, the opposite amounts. */
export const reversalOf = (entry: Pick<LedgerEntry, 'id' | 'contributor' | 'points' | 'amountCny'>) => ({
  kind: 'reversal' as const,
  contributor: entry.contributor,
  points: -entry.points,
  amountCny: entry.amountCny === 0 ? 0 : -entry.amountCny,
  settled: true,
  refersTo: entry.id,
})

/**
 * The idempotency key of an entry: one grant per (rule, contributor, cause), one decision per
 * grant, one reversal per entry. Stored in a unique column.
 */
export const grantKey = (rule: string | number, contributor: string | number, cause: string) =>
  `grant:${rule}:${contributor}:${cause}`
export const decisionKey = (grant: string | number) => `decision:${grant}`
export const reversalKey = (entry: string | number) => `reversal:${entry}`

/** A cause as stored in a key: the piece, the submission, the metrics threshold or the manager's award. */
export const pieceCause = (collection: string, id: string | number) => `${collection}/${id}`
/**
 * Once per rule and piece: raising a rule's threshold later does not pay the same piece again (a
 * second tier is a second rule).
 */
export const reachCause = (collection: string, id: string | number) => `reach:${collection}/${id}`
