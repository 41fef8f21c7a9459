import { describe, expect, it } from 'vitest'

import { classifyDatabaseError } from './classifyDatabaseError'

describe(classifyDatabaseError.name, () => {
  it('should recognise libsql refusing a NaN id, however deep the cause', () => {
    const cause = new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments')
    expect(classifyDatabaseError(new Error('Failed query', { cause: new Error('wrap', { cause }) }))).toBe(
      'invalid-value',
    )
  })
  it('should recognise PostgreSQL invalid-text-representation and datetime errors', () => {
    expect(
      classifyDatabaseError(Object.assign(new Error('invalid input syntax for type integer'), { code: '22P02' })),
    ).toBe('invalid-value')
    expect(
      classifyDatabaseError(new Error('x', { cause: Object.assign(new Error('bad date'), { code: '22007' }) })),
    ).toBe('invalid-value')
  })
  it('should recognise a relationship to a missing document on both SQL databases', () => {
    expect(
      classifyDatabaseError(
        new Error('Failed query', { cause: new Error('SQLITE_CONSTRAINT_FOREIGNKEY: FOREIGN KEY constraint failed') }),
      ),
    ).toBe('reference-not-found')
    expect(classifyDatabaseError(Object.assign(new Error('violates foreign key constraint'), { code: '23503' }))).toBe(
      'reference-not-found',
    )
  })
  it('should recognise a unique or not-null violation, which the hook answers 409', () => {
    expect(classifyDatabaseError(Object.assign(new Error('unique'), { code: '23505' }))).toBe('unique-violation')
    expect(
      classifyDatabaseError(
        new Error('Failed query', {
          cause: new Error('SQLITE_CONSTRAINT_PRIMARYKEY: UNIQUE constraint failed: articles_references.id'),
        }),
      ),
    ).toBe('unique-violation')
    expect(
      classifyDatabaseError(
        new Error('Failed query', { cause: new Error('NOT NULL constraint failed: sign_offs.reviewer_id') }),
      ),
    ).toBe('not-null-violation')
    expect(classifyDatabaseError(Object.assign(new Error('null value'), { code: '23502' }))).toBe('not-null-violation')
  })
  it('should recognise values SQLite cannot bind from a malformed query string', () => {
    expect(
      classifyDatabaseError(
        new Error('Failed query', { cause: new TypeError('undefined cannot be passed as argument to the database') }),
      ),
    ).toBe('invalid-value')
    expect(
      classifyDatabaseError(
        new Error('Failed query', {
          cause: new Error('SQLite3 can only bind numbers, strings, bigints, buffers, and null'),
        }),
      ),
    ).toBe('invalid-value')
    expect(classifyDatabaseError(Object.assign(new Error('offset'), { code: '2201X' }))).toBe('invalid-value')
  })
  it('should not excuse real server faults', () => {
    expect(classifyDatabaseError(new Error('connection terminated'))).toBeUndefined()
    expect(classifyDatabaseError(new RangeError('Maximum call stack size exceeded'))).toBeUndefined()
    expect(classifyDatabaseError(undefined)).toBeUndefined()
  })
})
