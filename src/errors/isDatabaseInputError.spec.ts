import { describe, expect, it } from 'vitest'

import { isDatabaseInputError } from './isDatabaseInputError'

describe(isDatabaseInputError.name, () => {
  it('should recognise libsql refusing a NaN id, however deep the cause', () => {
    const cause = new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments')
    expect(isDatabaseInputError(new Error('Failed query', { cause: new Error('wrap', { cause }) }))).toBe(true)
  })
  it('should recognise PostgreSQL invalid-text-representation and datetime errors', () => {
    expect(isDatabaseInputError(Object.assign(new Error('invalid input syntax for type integer'), { code: '22P02' }))).toBe(true)
    expect(isDatabaseInputError(new Error('x', { cause: Object.assign(new Error('bad date'), { code: '22007' }) }))).toBe(true)
  })
  it('should not excuse real server faults', () => {
    expect(isDatabaseInputError(new Error('connection terminated'))).toBe(false)
    expect(isDatabaseInputError(Object.assign(new Error('unique'), { code: '23505' }))).toBe(false)
    expect(isDatabaseInputError(new RangeError('Maximum call stack size exceeded'))).toBe(false)
    expect(isDatabaseInputError(undefined)).toBe(false)
  })
})
