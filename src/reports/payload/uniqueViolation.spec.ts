import { describe, expect, it } from 'vitest'

import { isUniqueViolation } from './uniqueViolation'

describe(isUniqueViolation.name, () => {
  it('should recognise Payload validation errors on the field and raw driver errors', () => {
    expect(
      isUniqueViolation({
        name: 'ValidationError',
        data: { errors: [{ path: 'key', message: 'Value must be unique' }] },
      }),
    ).toBe(true)
    expect(isUniqueViolation(new Error('insert failed', { cause: { code: '23505' } }))).toBe(true)
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(true)
    expect(isUniqueViolation({ code: 11000 })).toBe(true)
  })

  it('should not mistake other errors for a taken key', () => {
    expect(isUniqueViolation({ name: 'ValidationError', data: { errors: [{ path: 'title' }] } })).toBe(false)
    expect(isUniqueViolation(new Error('FOREIGN KEY constraint failed'))).toBe(false)
    expect(isUniqueViolation(undefined)).toBe(false)
  })
})
