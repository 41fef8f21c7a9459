import { describe, expect, it } from 'vitest'

import {
  changesOnPublish,
  changesOnRemoval,
  decodeCursor,
  encodeCursor,
  localesWithTitle,
  parseLimit,
  successorKey,
} from './changeFeed'

describe(encodeCursor.name, () => {
  it('should round-trip through decodeCursor', () => {
    for (const seq of [0, 1, 42, 9_007_199_254_740]) expect(decodeCursor(encodeCursor(seq))).toBe(seq)
  })
})

describe(decodeCursor.name, () => {
  it('should read no cursor as the start of the feed', () => {
    expect(decodeCursor(undefined)).toBe(0)
    expect(decodeCursor(null)).toBe(0)
    expect(decodeCursor('')).toBe(0)
  })

  it('should refuse anything that is not one of its cursors', () => {
    for (const bad of [
      '12',
      'abc',
      '!!!',
      Buffer.from('c1:-1').toString('base64url'),
      Buffer.from('c2:5').toString('base64url'),
      Buffer.from('c1:1e5').toString('base64url'),
      'x'.repeat(41),
    ]) {
      expect(decodeCursor(bad), bad).toBeNull()
    }
  })
})

describe(parseLimit.name, () => {
  it('should default to 100 and accept 1–500', () => {
    expect(parseLimit(null)).toBe(100)
    expect(parseLimit('1')).toBe(1)
    expect(parseLimit('500')).toBe(500)
  })

  it('should refuse 0, over 500, fractions and words', () => {
    for (const bad of ['0', '501', '1.5', '-1', 'ten', '1e2']) expect(parseLimit(bad), bad).toBeNull()
  })
})

describe(changesOnPublish.name, () => {
  it('should publish each titled locale the feed does not have live', () => {
    expect(
      changesOnPublish(['zh-CN', 'en'], 'a', { 'zh-CN': null, en: { seq: 3, type: 'removed', slug: 'a' } }),
    ).toEqual([
      { locale: 'zh-CN', type: 'published', slug: 'a' },
      { locale: 'en', type: 'published', slug: 'a' },
    ])
  })

  it('should update a live locale and remove a locale that lost its title', () => {
    expect(
      changesOnPublish(['zh-CN'], 'a', {
        'zh-CN': { seq: 1, type: 'published', slug: 'a' },
        en: { seq: 2, type: 'updated', slug: 'a' },
        'zh-TW': null,
      }),
    ).toEqual([
      { locale: 'zh-CN', type: 'updated', slug: 'a' },
      { locale: 'en', type: 'removed', slug: 'a' },
    ])
  })

  it('should tombstone the old address when the slug changed', () => {
    expect(changesOnPublish(['zh-CN'], 'b', { 'zh-CN': { seq: 1, type: 'published', slug: 'a' } })).toEqual([
      { locale: 'zh-CN', type: 'removed', slug: 'a' },
      { locale: 'zh-CN', type: 'published', slug: 'b' },
    ])
  })
})

describe(changesOnRemoval.name, () => {
  it('should tombstone only locales still live, under the slug they were live at', () => {
    expect(
      changesOnRemoval({
        'zh-CN': { seq: 4, type: 'updated', slug: 'old' },
        en: { seq: 5, type: 'removed', slug: 'old' },
        'zh-TW': null,
      }),
    ).toEqual([{ locale: 'zh-CN', type: 'removed', slug: 'old' }])
  })
})

describe(successorKey.name, () => {
  it('should name the entry it follows, so two writers that saw the same one collide', () => {
    expect(successorKey('articles', 7, 'en', { seq: 12, type: 'published', slug: 'a' })).toBe('articles:7:en:after:12')
    expect(successorKey('articles', 7, 'en', null)).toBe('articles:7:en:after:0')
  })
})

describe(localesWithTitle.name, () => {
  it('should list the locales whose title has text', () => {
    expect(localesWithTitle({ 'zh-CN': '标题', en: '  ', 'zh-TW': null }, ['zh-CN', 'zh-TW', 'en'])).toEqual(['zh-CN'])
    expect(localesWithTitle(undefined, ['zh-CN'])).toEqual([])
  })
})
