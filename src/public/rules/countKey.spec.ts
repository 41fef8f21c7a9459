import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { countKey, paginationFor } from './countKey'

const keyOf = (...args: Parameters<typeof countKey>) => countKey(...args)?.key ?? null

/** A stand-in for src/access/ruleInstant.ts: rule objects remembered with their instant. */
const stamps = () => {
  const instants = new WeakMap<object, string>()
  const stamp = <T extends object>(rule: T, now: Date): T => {
    instants.set(rule, now.toISOString())
    return rule
  }
  return { stamp, instantOf: (value: object) => instants.get(value) }
}

const publicRule = (now: Date) => ({
  and: [{ _status: { equals: 'published' } }, { 'workflow.reviewExpiresAt': { greater_than: now.toISOString() } }],
})

describe('countKey', () => {
  it('should give the same key to one filter read at two instants under the public rule', () => {
    fc.assert(
      fc.property(
        fc.date({ noInvalidDate: true }),
        fc.date({ noInvalidDate: true }),
        fc.jsonValue(),
        (a, b, client) => {
          const { stamp, instantOf } = stamps()
          const at = (now: Date) => ({ and: [{ title: { equals: client } }, stamp(publicRule(now), now)] })
          expect(keyOf('articles', 'zh-CN', at(a), instantOf)).toBe(keyOf('articles', 'zh-CN', at(b), instantOf))
        },
      ),
    )
  })

  it('should never merge two different client filters, whatever they hold', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (x, y) => {
        fc.pre(JSON.stringify(x) !== JSON.stringify(y))
        const { stamp, instantOf } = stamps()
        const now = new Date()
        const key = (client: unknown) =>
          keyOf('articles', undefined, { and: [{ title: { equals: client } }, stamp(publicRule(now), now)] }, instantOf)
        expect(key(x)).not.toBe(key(y))
      }),
    )
  })

  it('should keep a client value equal to the rule instant as it is: only the rule is ours', () => {
    const { stamp, instantOf } = stamps()
    const t1 = new Date('2026-11-26T06:00:00.000Z')
    const t2 = new Date('2026-11-26T06:00:05.000Z')
    // A client asking for "updated after <exactly the rule's instant>" at two instants is two questions.
    const at = (now: Date) => ({
      and: [{ updatedAt: { greater_than: now.toISOString() } }, stamp(publicRule(now), now)],
    })
    expect(keyOf('articles', undefined, at(t1), instantOf)).not.toBe(keyOf('articles', undefined, at(t2), instantOf))
    // The same with a Date object.
    const atDate = (now: Date) => ({ and: [{ updatedAt: { greater_than: now } }, stamp(publicRule(now), now)] })
    expect(keyOf('articles', undefined, atDate(t1), instantOf)).not.toBe(
      keyOf('articles', undefined, atDate(t2), instantOf),
    )
  })

  it('should not key reads without a stamped rule (staff, overrideAccess), nor an unstamped copy of the rule', () => {
    const { instantOf } = stamps()
    expect(keyOf('articles', undefined, undefined, instantOf)).toBeNull()
    expect(keyOf('articles', undefined, { and: [{ title: { equals: 'x' } }] }, instantOf)).toBeNull()
    expect(keyOf('articles', undefined, { and: [publicRule(new Date())] }, instantOf)).toBeNull()
  })

  it('should tell collections, locales and key order apart only where they matter', () => {
    const { stamp, instantOf } = stamps()
    const now = new Date()
    const where = () => ({
      and: [{ layer: { equals: 'what' }, format: { equals: 'graphic' } }, stamp(publicRule(now), now)],
    })
    const swapped = () => ({
      and: [{ format: { equals: 'graphic' }, layer: { equals: 'what' } }, stamp(publicRule(now), now)],
    })
    expect(keyOf('articles', 'zh-CN', where(), instantOf)).not.toBe(
      keyOf('patient-stories', 'zh-CN', where(), instantOf),
    )
    expect(keyOf('articles', 'zh-CN', where(), instantOf)).not.toBe(keyOf('articles', 'en', where(), instantOf))
    expect(keyOf('articles', 'zh-CN', where(), instantOf)).toBe(keyOf('articles', 'zh-CN', swapped(), instantOf))
  })
})

describe('countKey instant', () => {
  it('should give the earliest instant of the stamped rules it holds', () => {
    const { stamp, instantOf } = stamps()
    const early = new Date('2026-11-26T06:00:00.000Z')
    const late = new Date('2026-11-26T06:00:01.000Z')
    const where = { and: [stamp(publicRule(late), late), { or: [stamp(publicRule(early), early)] }] }
    expect(countKey('articles', undefined, where, instantOf)?.instant).toBe(early.getTime())
  })
})

describe('paginationFor', () => {
  it('should compute what the SQL adapters compute for a counted page', () => {
    expect(paginationFor(25, 10, 1)).toEqual({
      totalDocs: 25,
      totalPages: 3,
      pagingCounter: 1,
      hasPrevPage: false,
      hasNextPage: true,
      prevPage: null,
      nextPage: 2,
    })
    expect(paginationFor(25, 10, 3)).toEqual({
      totalDocs: 25,
      totalPages: 3,
      pagingCounter: 21,
      hasPrevPage: true,
      hasNextPage: false,
      prevPage: 2,
      nextPage: null,
    })
    expect(paginationFor(20, 10, 2)).toEqual({
      totalDocs: 20,
      totalPages: 2,
      pagingCounter: 11,
      hasPrevPage: true,
      hasNextPage: false,
      prevPage: 1,
      nextPage: null,
    })
    // Past the end: still the total, no next page.
    expect(paginationFor(20, 10, 5)).toEqual({
      totalDocs: 20,
      totalPages: 2,
      pagingCounter: 41,
      hasPrevPage: true,
      hasNextPage: false,
      prevPage: 4,
      nextPage: null,
    })
    expect(paginationFor(0, 10, 1)).toEqual({
      totalDocs: 0,
      totalPages: 1,
      pagingCounter: 1,
      hasPrevPage: false,
      hasNextPage: false,
      prevPage: null,
      nextPage: null,
    })
  })
})
