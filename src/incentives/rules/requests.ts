// Request bodies of the ledger's endpoints, checked here (pure) before anything is read or written.

export type BodyProblem = { field: string }
type Parsed<T> = { ok: true; value: T } | { ok: false; problem: BodyProblem }

const isId = (value: unknown): value is string | number =>
  (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) ||
  (typeof value === 'string' && /^[\w-]{1,64}$/.test(value))

const textOf = (value: unknown, min: number, max: number) => {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  const length = [...trimmed].length
  return length >= min && length <= max ? trimmed : null
}

const record = (raw: unknown): Record<string, unknown> | null =>
  raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null

export const PIECE_COLLECTIONS = ['articles', 'patient-stories'] as const

export type GrantRequest = {
  rule: string | number
  contributor: string | number
  piece?: { collection: (typeof PIECE_COLLECTIONS)[number]; id: string | number }
  /** What the award is for when no piece is named, e.g. '2026-11' for 月度最佳. */
  occasion?: string
  reason: string
}

/** POST /api/point-ledger/grant {rule, contributor, piece?: {collection, id}, occasion?, reason} */
export const parseGrantRequest = (raw: unknown): Parsed<GrantRequest> => {
  const r = record(raw)
  if (!r || !isId(r.rule)) return { ok: false, problem: { field: 'rule' } }
  if (!isId(r.contributor)) return { ok: false, problem: { field: 'contributor' } }
  let piece: GrantRequest['piece']
  if (r.piece !== undefined && r.piece !== null) {
    const p = record(r.piece)
    const collection = PIECE_COLLECTIONS.find((c) => c === p?.collection)
    if (!p || !collection || !isId(p.id)) return { ok: false, problem: { field: 'piece' } }
    piece = { collection, id: p.id }
  }
  let occasion: string | undefined
  if (r.occasion !== undefined && r.occasion !== null) {
    const o = textOf(r.occasion, 1, 40)
    if (!o || !/^[\w\-.:]+$/.test(o)) return { ok: false, problem: { field: 'occasion' } }
    occasion = o
  }
  if (!piece && !occasion) return { ok: false, problem: { field: 'piece' } }
  const reason = textOf(r.reason, 2, 500)
  if (!reason) return { ok: false, problem: { field: 'reason' } }
  return {
    ok: true,
    value: {
      rule: r.rule,
      contributor: r.contributor,
      ...(piece ? { piece } : {}),
      ...(occasion ? { occasion } : {}),
      reason,
    },
  }
}

/** A reason, required (a rejection, a reversal) or optional (an approval). */
export const parseReason = (raw: unknown, required: boolean): Parsed<string | null> => {
  const r = record(raw) ?? {}
  if (!required && (r.reason === undefined || r.reason === null || r.reason === '')) return { ok: true, value: null }
  const reason = textOf(r.reason, 2, 500)
  return reason ? { ok: true, value: reason } : { ok: false, problem: { field: 'reason' } }
}
