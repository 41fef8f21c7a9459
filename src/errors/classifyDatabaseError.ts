// Recognises database errors that a client's bad value caused — text where an integer id goes,
// an impossible date, a relationship to a document that does not exist — so they are answered
// 400 rather than 500. Pure: inspects the error chain only.

export type ClientDatabaseError = 'invalid-value' | 'reference-not-found'

// PostgreSQL SQLSTATEs for values the database could not read as the column's type.
const POSTGRES_BAD_VALUE = new Set(['22P02', '22007', '22008', '22003', '22018'])
const POSTGRES_FOREIGN_KEY = '23503'

export const classifyDatabaseError = (error: unknown): ClientDatabaseError | undefined => {
  let current: unknown = error
  for (let depth = 0; current && depth < 8; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; name?: unknown; cause?: unknown }
    const message = String(candidate.message ?? '')
    if (typeof candidate.code === 'string') {
      if (POSTGRES_BAD_VALUE.has(candidate.code)) return 'invalid-value'
      if (candidate.code === POSTGRES_FOREIGN_KEY) return 'reference-not-found'
    }
    if (/FOREIGN KEY constraint failed/i.test(message)) return 'reference-not-found'
    // libsql refuses NaN ids produced from non-numeric text.
    if (current instanceof RangeError && /finite numbers/i.test(message)) return 'invalid-value'
    // MongoDB: a string that is not an ObjectId.
    if (candidate.name === 'CastError') return 'invalid-value'
    current = candidate.cause
  }
  return undefined
}
