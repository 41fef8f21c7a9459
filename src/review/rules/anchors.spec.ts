import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { ANCHOR_LIMITS, resolveAnchors } from './anchors'

const texts = {
  title: { 'zh-CN': '冬季如何监测血压', en: 'Blood pressure in winter' },
  body: { 'zh-CN': '每天早晚各测一次。' },
}

describe(resolveAnchors.name, () => {
  it('should place each anchor on its words, in the default locale unless one is given', () => {
    expect(
      resolveAnchors(
        [
          { field: 'title', quote: '监测血压', comment: '请说明在家测量' },
          { field: 'title', locale: 'en', quote: 'winter', comment: 'Add "at home"' },
        ],
        texts,
        'zh-CN',
      ),
    ).toEqual({
      anchors: [
        { field: 'title', locale: 'zh-CN', quote: '监测血压', comment: '请说明在家测量', start: 4, end: 8 },
        { field: 'title', locale: 'en', quote: 'winter', comment: 'Add "at home"', start: 18, end: 24 },
      ],
    })
    expect(resolveAnchors(undefined, texts, 'zh-CN')).toEqual({ anchors: [] })
  })

  const refused: [unknown, string][] = [
    ['not a list', 'not-a-list'],
    [
      Array.from({ length: ANCHOR_LIMITS.count + 1 }, () => ({ field: 'title', quote: '血压', comment: '改' })),
      'too-many',
    ],
    [[5], 'not-an-object'],
    [[{ field: 'cover', quote: '血压', comment: '改' }], 'bad-field'],
    [[{ field: '__proto__', quote: '血压', comment: '改' }], 'bad-field'],
    [[{ field: 'title', quote: '', comment: '改' }], 'bad-quote'],
    [[{ field: 'title', quote: '血'.repeat(201), comment: '改' }], 'bad-quote'],
    [[{ field: 'title', quote: '血压', comment: '  ' }], 'bad-comment'],
    [[{ field: 'title', quote: '根治', comment: '改' }], 'not-found'],
    [[{ field: 'title', locale: 'fr', quote: '血压', comment: '改' }], 'not-found'],
    [[{ field: 'title', locale: 'constructor', quote: '血压', comment: '改' }], 'not-found'],
  ]
  for (const [input, problem] of refused)
    it(`should refuse ${JSON.stringify(input).slice(0, 60)} as ${problem}`, () => {
      expect(resolveAnchors(input, texts, 'zh-CN')).toMatchObject({ problem })
    })

  it('should never throw, and any anchor it accepts points at its quote', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = resolveAnchors(input, texts, 'zh-CN')
        if ('anchors' in result)
          for (const a of result.anchors)
            expect((texts as Record<string, Record<string, string>>)[a.field][a.locale].slice(a.start, a.end)).toBe(
              a.quote,
            )
      }),
      { numRuns: 500 },
    )
  })
})
