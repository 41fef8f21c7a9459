import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { textChanges } from './changes'

describe(textChanges.name, () => {
  it('should list only changed fields and locales, with the runs kept, added and removed', () => {
    const before = { title: { 'zh-CN': '每天测量血压两次', en: 'Measure twice' }, summary: { 'zh-CN': '不变' } }
    const after = { title: { 'zh-CN': '每天早晚各测量血压一次', en: 'Measure twice' }, summary: { 'zh-CN': '不变' } }
    expect(textChanges(before, after)).toEqual([
      {
        field: 'title',
        locale: 'zh-CN',
        ops: [
          { op: 'equal', text: '每天' },
          { op: 'insert', text: '早晚各' },
          { op: 'equal', text: '测量血压' },
          { op: 'delete', text: '两' },
          { op: 'insert', text: '一' },
          { op: 'equal', text: '次' },
        ],
      },
    ])
  })

  it('should show a field or locale added or removed as a whole insert or delete', () => {
    expect(textChanges({}, { summary: { en: 'New' } })).toEqual([
      { field: 'summary', locale: 'en', ops: [{ op: 'insert', text: 'New' }] },
    ])
    expect(textChanges({ summary: { en: 'Old' } }, {})).toEqual([
      { field: 'summary', locale: 'en', ops: [{ op: 'delete', text: 'Old' }] },
    ])
  })

  it('should cut long unchanged runs to their ends', () => {
    const long = '血'.repeat(500)
    const [change] = textChanges({ body: { 'zh-CN': `${long}甲` } }, { body: { 'zh-CN': `${long}乙` } })
    expect(change.ops[0].text.length).toBeLessThan(100)
    expect(change.ops[0].text).toContain('…')
  })

  it('should rebuild both texts from its runs when nothing is cut', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (was, now) => {
        const [change] = textChanges({ f: { l: was } }, { f: { l: now } })
        if (was === now) {
          expect(change).toBeUndefined()
          return
        }
        const join = (keep: string) =>
          change.ops
            .filter((o) => o.op === 'equal' || o.op === keep)
            .map((o) => o.text)
            .join('')
        expect(join('delete')).toBe(was)
        expect(join('insert')).toBe(now)
      }),
      { numRuns: 300 },
    )
  })
})
