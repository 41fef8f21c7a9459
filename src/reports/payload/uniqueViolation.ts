// Recognises "that unique value is already taken" from any of the three databases, as Payload
// passes it on: concurrent writers of the same key retry as an update instead of failing. Pure.

export const isUniqueViolation = (error: unknown, field = 'key'): boolean => {
  let current: unknown = error
  for (let depth = 0; current && depth < 8; depth++) {
    const candidate = current as {
      name?: unknown
      code?: unknown
      message?: unknown
      data?: { errors?: { path?: unknown }[] }
      cause?: unknown
    }
    // Payload's SQL adapters turn the constraint error into a ValidationError on the field.
    if (candidate.name === 'ValidationError' && candidate.data?.errors?.some((e) => e.path === field)) return true
    if (candidate.code === '23505' || candidate.code === 'SQLITE_CONSTRAINT_UNIQUE' || candidate.code === 11000)
      return true
    const message = typeof candidate.message === 'string' ? candidate.message : ''
    if (/UNIQUE constraint failed|duplicate key/i.test(message)) return true
    current = candidate.cause
  }
  return false
}
