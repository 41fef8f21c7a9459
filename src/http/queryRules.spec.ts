import { describe, expect, it } from 'vitest'

import { checkQuery, duplicatedParameter } from './queryRules'

const kinds = (path: string) => (({ createdAt: 'date', views: 'number', title: 'other' }) as const)[path as 'title']

describe(checkQuery.name, () => {
  it('should accept what Payload answers', () => {
    expect(
      checkQuery(
        {
          page: '2',
          limit: '0',
          depth: '1',
          sort: '-createdAt',
          where: { or: [{ title: { like: 'x' } }, { createdAt: { greater_than: '2026-01-01' } }] },
        },
        kinds,
      ),
    ).toBeUndefined()
    expect(
      checkQuery({ where: { title: { in: ['a', 'b'] }, views: { in: '1,2' }, createdAt: { exists: 'false' } } }, kinds),
    ).toBeUndefined()
  })
  it('should refuse pages and limits that are not whole numbers in range', () => {
    for (const page of ['0', '-1', '1.5', 'abc', '99999999999999999999'])
      expect(checkQuery({ page }, kinds)?.code).toBe('invalid-query')
    expect(checkQuery({ limit: ['1', '2'] }, kinds)?.code).toBe('invalid-query')
  })
  it('should refuse dates and numbers the field cannot hold, objects as values, unknown and geo operators', () => {
    expect(checkQuery({ where: { createdAt: { greater_than: 'notadate' } } }, kinds)?.code).toBe('invalid-query')
    expect(checkQuery({ where: { views: { equals: 'many' } } }, kinds)?.code).toBe('invalid-query')
    expect(checkQuery({ where: { slug: { in: [{ x: '1' }] } } }, kinds)?.code).toBe('invalid-query')
    expect(checkQuery({ where: { title: { near: '1,2' } } }, kinds)?.code).toBe('invalid-query')
    expect(checkQuery({ where: { title: { sounds_like: 'x' } } }, kinds)?.code).toBe('invalid-query')
    expect(checkQuery({ where: 'abc' }, kinds)?.code).toBe('invalid-query')
    expect(checkQuery({ where: { or: '1' } }, kinds)?.code).toBe('invalid-query')
  })
})

describe(duplicatedParameter.name, () => {
  it('should find a plain parameter given twice, not bracketed ones', () => {
    expect(duplicatedParameter('?limit=1&limit=2')).toBe('limit')
    expect(duplicatedParameter('where[a][in]=1&where[a][in]=2&limit=1')).toBeUndefined()
    expect(duplicatedParameter('%6Cimit=1&limit=2')).toBe('limit')
  })
})
