// Recognises database errors that a client's request caused — text where an integer id goes,
// an impossible date, a relationship to a document that does not exist, a row id copied from
// another document, a delete of something still referenced — so they are answered 4xx rather
// than 500. Pure: inspects the error chain only.

export type ClientDatabaseError = 'invalid-value' | 'reference-not-found' | 'unique-violation' | 'not-null-violation'

// PostgreSQL SQLSTATEs for values the database could not read as the column's type (or a
// LIMIT/OFFSET it cannot use).
const POSTGRES_BAD_VALUE = new Set(['22P02', '22007', '22008', '22003', '22018', '22001', '2201W', '2201X'])
const POSTGRES_FOREIGN_KEY = '23503'
const POSTGRES_UNIQUE = '23505'
const POSTGRES_NOT_NULL = '23502'

// SQLite (libsql) and drizzle refusing to bind what a malformed query string produced: an object,
// undefined (an unparseable date), an array where a number goes, an offset past 64 bits.
const SQLITE_BAD_VALUE = [
  /SQLite3 can only bind/i,
  /undefined cannot be passed as argument/i,
  /row value misused/i,
  /datatype mismatch/i,
]

export const classifyDatabaseError = (error: unknown): ClientDatabaseError | undefined => {
  let current: unknown = error
  for (let depth = 0; current && depth < 8; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; name?: unknown; cause?: unknown }
    const message = typeof candidate.message === 'string' ? candidate.message : ''
    if (typeof candidate.code === 'string') {
      if (POSTGRES_BAD_VALUE.has(candidate.code)) return 'invalid-value'
      if (candidate.code === POSTGRES_FOREIGN_KEY) return 'reference-not-found'
      if (candidate.code === POSTGRES_UNIQUE) return 'unique-violation'
      if (candidate.code === POSTGRES_NOT_NULL) return 'not-null-violation'
    }
    if (/FOREIGN KEY constraint failed/i.test(message)) return 'reference-not-found'
    if (/UNIQUE constraint failed/i.test(message)) return 'unique-violation'
    if (/NOT NULL constraint failed/i.test(message)) return 'not-null-violation'
    if (SQLITE_BAD_VALUE.some((pattern) => pattern.test(message))) return 'invalid-value'
    // libsql refuses NaN ids produced from non-numeric text.
    if (current instanceof RangeError && /finite numbers/i.test(message)) return 'invalid-value'
    // MongoDB: a string that is not an ObjectId; a duplicate key.
    if (candidate.name === 'CastError') return 'invalid-value'
    if (candidate.name === 'MongoServerError' && (candidate as { code?: unknown }).code === 11000)
      return 'unique-violation'
    current = candidate.cause
  }
  return undefined
}
