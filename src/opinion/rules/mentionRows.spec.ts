import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { engagementTotal, linkedSlugs, MAX_MENTIONS_PER_BATCH, mentionBatch, parseMentionRow } from './mentionRows'

const now = new Date('2026-11-26T08:00:00Z')
const good = {
  platform: 'weibo',
  sourceId: 'wb-4983',
  url: 'https://weibo.example/4983',
  author: '@路人甲',
  text: '示范医院的急诊今晚排了很久',
  postedAt: '2026-11-26T07:30:00Z',
  engagement: { likes: 12, comments: 3 },
}

describe(parseMentionRow.name, () => {
  it('should take a well-formed mention, missing counts as 0', () => {
    const parsed = parseMentionRow(good, now)
    expect(parsed).toMatchObject({
      row: { platform: 'weibo', sourceId: 'wb-4983', engagement: { likes: 12, comments: 3, shares: 0, plays: 0 } },
    })
    if ('row' in parsed) expect(engagementTotal(parsed.row.engagement)).toBe(15)
  })
  it('should name the field of every refusal', () => {
    const refuse = (patch: object, fieldName: string) =>
      expect(parseMentionRow({ ...good, ...patch }, now)).toEqual({
        problem: { code: 'mentions-bad-field', params: { field: fieldName } },
      })
    refuse({ platform: 'myspace' }, 'platform')
    refuse({ sourceId: '' }, 'sourceId')
    refuse({ text: '   ' }, 'text')
    refuse({ url: 'javascript:alert(1)' }, 'url')
    refuse({ postedAt: '2026-12-01T00:00:00Z' }, 'postedAt')
    refuse({ postedAt: 'yesterday' }, 'postedAt')
    refuse({ engagement: { plays: -1 } }, 'engagement.plays')
    refuse({ engagement: [] }, 'engagement')
  })
  it('should answer anything with a row or a problem, never throw', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const parsed = parseMentionRow(raw, now)
        expect('row' in parsed || 'problem' in parsed).toBe(true)
      }),
    )
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(good)), fc.anything()), (patch) => {
        parseMentionRow({ ...good, ...patch }, now)
      }),
    )
  })
})

describe(mentionBatch.name, () => {
  it('should take {mentions} or a bare array, and refuse an oversized batch whole', () => {
    expect(mentionBatch([good])).toEqual({ rows: [good] })
    expect(mentionBatch({ mentions: [good] })).toEqual({ rows: [good] })
    expect(mentionBatch({ rows: [good] })).toMatchObject({ status: 400 })
    expect(mentionBatch(Array.from({ length: MAX_MENTIONS_PER_BATCH + 1 }, () => good))).toMatchObject({ status: 413 })
  })
})

describe(linkedSlugs.name, () => {
  it('should find our pieces by their path in a URL or the text, once each', () => {
    expect(
      linkedSlugs(
        '看这篇 https://www.hospital.example/articles/home-bp 还有 /articles/home-bp 和 /patient-stories/a-1',
        ['articles', 'patient-stories'],
      ),
    ).toEqual([
      { collection: 'articles', slug: 'home-bp' },
      { collection: 'patient-stories', slug: 'a-1' },
    ])
  })
})
