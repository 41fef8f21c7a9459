import { describe, expect, it } from 'vitest'

import { chooseEncoding, digestOfTag, etagFor, isCompressible, notModified, publicCacheControl } from './conditional'

describe(etagFor.name, () => {
  it('should give each representation its own strong tag naming the same body', () => {
    expect(etagFor('abc_-1', 'identity')).toBe('"sha256-abc_-1"')
    expect(etagFor('abc_-1', 'br')).toBe('"sha256-abc_-1-br"')
    expect(etagFor('abc_-1', 'gzip')).toBe('"sha256-abc_-1-gz"')
    for (const encoding of ['identity', 'br', 'gzip'] as const)
      expect(digestOfTag(etagFor('abc_-1', encoding))).toBe('abc_-1')
  })
})

describe(notModified.name, () => {
  it('should match any representation, weak or strong, in a list, and *', () => {
    expect(notModified('"sha256-d1-gz"', 'd1')).toBe(true)
    expect(notModified('W/"sha256-d1"', 'd1')).toBe(true)
    expect(notModified('"x", "sha256-d1-br"', 'd1')).toBe(true)
    expect(notModified('*', 'd1')).toBe(true)
  })

  it('should not match other bodies, foreign tags or nothing', () => {
    expect(notModified(undefined, 'd1')).toBe(false)
    expect(notModified('', 'd1')).toBe(false)
    expect(notModified('"sha256-d2"', 'd1')).toBe(false)
    expect(notModified('"d1"', 'd1')).toBe(false)
    expect(notModified('"sha256-d1-zz"', 'd1')).toBe(false)
  })
})

describe(publicCacheControl.name, () => {
  it('should revalidate every time by default and let only a shared cache keep it when asked', () => {
    expect(publicCacheControl(0)).toBe('no-cache')
    expect(publicCacheControl(30)).toBe('public, max-age=0, must-revalidate, s-maxage=30')
  })
})

describe(isCompressible.name, () => {
  it('should compress text-like bodies of 1 KiB or more only', () => {
    expect(isCompressible('application/json', 2048)).toBe(true)
    expect(isCompressible('application/json; charset=utf-8', 1024)).toBe(true)
    expect(isCompressible('image/svg+xml', 5000)).toBe(true)
    expect(isCompressible('application/json', 1023)).toBe(false)
    expect(isCompressible('image/webp', 50_000)).toBe(false)
    expect(isCompressible(undefined, 50_000)).toBe(false)
  })
})

describe(chooseEncoding.name, () => {
  it('should prefer brotli on a tie, whatever order the client lists them in', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br')
    expect(chooseEncoding('br, gzip')).toBe('br')
    expect(chooseEncoding('*')).toBe('br')
  })

  it('should follow the client where it rates them differently or refuses one', () => {
    expect(chooseEncoding('br;q=0.5, gzip')).toBe('gzip')
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip')
    expect(chooseEncoding('gzip')).toBe('gzip')
    expect(chooseEncoding('x-gzip')).toBe('gzip')
    expect(chooseEncoding('*;q=0.1, gzip;q=0')).toBe('br')
  })

  it('should send identity when nothing compressed is acceptable, or nothing is asked', () => {
    expect(chooseEncoding(undefined)).toBe('identity')
    expect(chooseEncoding('')).toBe('identity')
    expect(chooseEncoding('identity')).toBe('identity')
    expect(chooseEncoding('deflate')).toBe('identity')
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBe('identity')
    expect(chooseEncoding('gzip;q=abc')).toBe('identity')
  })
})
