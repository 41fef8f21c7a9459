// Recognises database errors that a client's bad value caused (text where an integer id goes,
// an impossible date), so they are answered 400 rather than 500. Pure: inspects the error chain.

// PostgreSQL SQLSTATEs for values the database could not read as the column's type.
const POSTGRES_BAD_INPUT = new Set(['22P02', '22007', '22008', '22003', '22018'])

export const isDatabaseInputError = (error: unknown): boolean => {
  let current: unknown = error
  for (let depth = 0; current && depth < 6; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof candidate.code === 'string' && POSTGRES_BAD_INPUT.has(candidate.code)) return true
    // libsql refuses NaN ids produced from non-numeric text.
    if (current instanceof RangeError && /finite numbers/i.test(String(candidate.message))) return true
    // MongoDB: a string that is not an ObjectId.
    if ((candidate as { name?: unknown }).name === 'CastError') return true
    current = candidate.cause
  }
  return false
}
