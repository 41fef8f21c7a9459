import { describe, expect, it } from 'vitest'

import { selectShapeIsValid } from './strictSelects'

describe(selectShapeIsValid.name, () => {
  it('should take a string, or nothing, for a single select', () => {
    for (const value of ['thanks', '', undefined, null]) expect(selectShapeIsValid(value, false)).toBe(true)
  })
  it('should refuse numbers, booleans, objects and arrays for a single select', () => {
    for (const value of [5, 0, true, {}, { value: 'thanks' }, ['thanks']])
      expect(selectShapeIsValid(value, false)).toBe(false)
  })
  it('should take strings or an array of strings for a hasMany select, and nothing else', () => {
    for (const value of [['a', 'b'], [], 'a', null]) expect(selectShapeIsValid(value, true)).toBe(true)
    for (const value of [[1], ['a', 2], [null], [{}], 7, false]) expect(selectShapeIsValid(value, true)).toBe(false)
  })
})
