import { describe, expect, it } from 'vitest'

import { classifyDatabaseError } from './classifyDatabaseError'

describe(classifyDatabaseError.name, () => {
  it('should recognise libsql refusing a NaN id, however deep the cause', () => {
    const cause = new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments')
    expect(classifyDatabaseError(new Error('Failed query', { cause: new Error('wrap', { cause }) }))).toBe('invalid-value')
  })
  it('should recognise PostgreSQL invalid-text-representation and datetime errors', () => {
    expect(classifyDatabaseError(Object.assign(new Error('invalid input syntax for type integer'), { code: '22P02' }))).toBe('invalid-value')
    expect(classifyDatabaseError(new Error('x', { cause: Object.assign(new Error('bad date'), { code: '22007' }) }))).toBe('invalid-value')
  })
  it('should recognise a relationship to a missing document on both SQL databases', () => {
    expect(classifyDatabaseError(new Error('Failed query', { cause: new Error('SQLITE_CONSTRAINT_FOREIGNKEY: FOREIGN KEY constraint failed') }))).toBe('reference-not-found')
    expect(classifyDatabaseError(Object.assign(new Error('violates foreign key constraint'), { code: '23503' }))).toBe('reference-not-found')
  })
  it('should not excuse real server faults', () => {
    expect(classifyDatabaseError(new Error('connection terminated'))).toBeUndefined()
    expect(classifyDatabaseError(Object.assign(new Error('unique'), { code: '23505' }))).toBeUndefined()
    expect(classifyDatabaseError(new RangeError('Maximum call stack size exceeded'))).toBeUndefined()
    expect(classifyDatabaseError(undefined)).toBeUndefined()
  })
})
