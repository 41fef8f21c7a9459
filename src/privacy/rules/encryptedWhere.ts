// Queries on encrypted fields (issue #13): the database holds only ciphertext, so an equality on a
// name is answered through its keyed hash, and anything else (like, contains, sorting by the
// value) is refused instead of silently matching nothing. Pure: the lookup is passed in.

type Where = Record<string, unknown>
type Id = string | number

export const EQUALITY_OPERATORS = ['equals', 'not_equals', 'in', 'not_in'] as const

export class EncryptedQueryError extends Error {
  constructor(
    readonly field: string,
    readonly operator: string,
  ) {
    super(`${field}: only ${EQUALITY_OPERATORS.join(', ')} and exists can be used on an encrypted field`)
  }
}

const asValues = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.map(String)
  if (typeof value === 'string') return value.split(',')
  return [String(value)]
}

const isObject = (value: unknown): value is Where =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** True when any condition of the tree names one of `fields`. */
export const mentionsFields = (where: unknown, fields: readonly string[]): boolean => {
  if (Array.isArray(where)) return where.some((item) => mentionsFields(item, fields))
  if (!isObject(where)) return false
  return Object.entries(where).some(([key, value]) =>
    key === 'and' || key === 'or' ? mentionsFields(value, fields) : fields.includes(key),
  )
}

/**
 * The same tree with every condition on an encrypted field replaced by a condition on `id`:
 * `equals`/`in` by the ids whose hash matches, `not_equals`/`not_in` by the others. `exists` stays
 * (null is stored as null). `lookup(field, values)` gives the ids whose value equals one of them.
 */
export const rewriteEncryptedWhere = async (
  where: Where,
  fields: readonly string[],
  lookup: (field: string, values: string[]) => Promise<Id[]>,
): Promise<Where> => {
  const out: Where = {}
  const conditions: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      out[key] = await Promise.all(
        value.map((item) => (isObject(item) ? rewriteEncryptedWhere(item, fields, lookup) : item)),
      )
      continue
    }
    if (!fields.includes(key) || !isObject(value)) {
      out[key] = value
      continue
    }
    for (const [operator, operand] of Object.entries(value)) {
      if (operator === 'exists') {
        conditions.push({ [key]: { exists: operand } })
        continue
      }
      if (!(EQUALITY_OPERATORS as readonly string[]).includes(operator)) throw new EncryptedQueryError(key, operator)
      const ids = await lookup(key, asValues(operand))
      const negated = operator === 'not_equals' || operator === 'not_in'
      // No match: a negated condition holds for every row, a plain one for none (ids always exist).
      if (ids.length === 0) {
        if (!negated) conditions.push({ id: { exists: false } })
        continue
      }
      conditions.push({ id: negated ? { not_in: ids } : { in: ids } })
    }
  }
  if (conditions.length === 0) return out
  const existing = Array.isArray(out.and) ? (out.and as Where[]) : []
  return { ...out, and: [...existing, ...conditions] }
}
