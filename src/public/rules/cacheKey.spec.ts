import { describe, expect, it } from 'vitest'

import { cacheKey, principalOf } from './cacheKey'

const parts = {
  method: 'GET',
  origin: 'http://h',
  url: '/api/articles?limit=1',
  language: 'zh',
  principal: principalOf(undefined),
}

describe(cacheKey.name, () => {
  it('should tell apart everything that can change the answer', () => {
    const base = cacheKey(parts)
    expect(cacheKey({ ...parts })).toBe(base)
    for (const change of [
      { method: 'POST' },
      { origin: 'https://h' },
      { url: '/api/articles?limit=2' },
      { language: 'en' },
      { principal: principalOf(3) },
      { bodyHash: 'x' },
    ]) {
      expect(cacheKey({ ...parts, ...change })).not.toBe(base)
    }
  })

  it('should not let one part run into the next', () => {
    expect(cacheKey({ ...parts, url: '/a', language: 'zh' })).not.toBe(
      cacheKey({ ...parts, url: '/az', language: 'h' }),
    )
  })
})

describe(principalOf.name, () => {
  it('should share anonymous entries and keep each API client apart', () => {
    expect(principalOf(undefined)).toBe('anonymous')
    expect(principalOf(12)).toBe('user:12')
    expect(principalOf('12')).toBe('user:12')
  })
})
