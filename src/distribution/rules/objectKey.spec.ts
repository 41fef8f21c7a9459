import { describe, expect, it } from 'vitest'

import { channelSegment, objectKey, safeSegment } from './objectKey'

const base = { channel: 'wechat-article-7', date: '2026-11-23', slug: 'heart-day', ext: 'html' }

describe(objectKey.name, () => {
  it('should build prefix/channel/date/slug.ext', () => {
    expect(objectKey({ ...base, prefix: 'distributions' })).toBe(
      'distributions/wechat-article-7/2026-11-23/heart-day.html',
    )
  })
  it('should leave the prefix out when empty, and never double or lead with slashes', () => {
    expect(objectKey({ ...base, prefix: '' })).toBe('wechat-article-7/2026-11-23/heart-day.html')
    expect(objectKey({ ...base, prefix: null })).toBe('wechat-article-7/2026-11-23/heart-day.html')
    expect(objectKey({ ...base, prefix: '/hospital//cms/' })).toBe(
      'hospital/cms/wechat-article-7/2026-11-23/heart-day.html',
    )
  })
  it('should keep a slug from climbing out or adding segments', () => {
    expect(objectKey({ ...base, slug: '../../etc/passwd' })).toBe('wechat-article-7/2026-11-23/etc-passwd.html')
    expect(objectKey({ ...base, slug: '..' })).toBe('wechat-article-7/2026-11-23/untitled.html')
    expect(objectKey({ ...base, channel: '../x' })).toBe('x/2026-11-23/heart-day.html')
  })
  it('should keep Chinese slugs readable', () => {
    expect(objectKey({ ...base, slug: '世界心脏日 护心指南' })).toBe(
      'wechat-article-7/2026-11-23/世界心脏日-护心指南.html',
    )
  })
  it('should refuse an unsafe prefix, a bad date or a bad extension', () => {
    expect(() => objectKey({ ...base, prefix: 'a/../b' })).toThrow(/unsafe/)
    expect(() => objectKey({ ...base, prefix: 'a\\b' })).toThrow(/unsafe/)
    expect(() => objectKey({ ...base, date: '2026-11-23/..' })).toThrow(/yyyy-mm-dd/)
    expect(() => objectKey({ ...base, ext: 'h/tml' })).toThrow(/extension/)
    expect(() => objectKey({ ...base, ext: '' })).toThrow(/extension/)
  })
})

describe(safeSegment.name, () => {
  it('should never return an empty, dot or hidden segment', () => {
    expect(safeSegment('')).toBe('_')
    expect(safeSegment('.')).toBe('_')
    expect(safeSegment('.hidden')).toBe('hidden')
    expect(safeSegment('a/b\\c\u0000d')).toBe('a-b-c-d')
  })
  it('should cap the segment at 200 UTF-8 bytes without splitting a character', () => {
    const long = safeSegment('心'.repeat(100))
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200)
    expect(long).toBe('心'.repeat(66))
  })
})

describe(channelSegment.name, () => {
  it('should name the channel by kind and id', () => {
    expect(channelSegment({ id: '12', kind: 'weibo' })).toBe('weibo-12')
  })
})
