import { describe, expect, it } from 'vitest'

import { parseGrantRequest, parseReason } from './requests'

describe(parseGrantRequest.name, () => {
  const base = { rule: 1, contributor: 2, reason: '本月最佳作品' }

  it('should take an award for a piece or an occasion', () => {
    expect(parseGrantRequest({ ...base, piece: { collection: 'articles', id: 5 } })).toEqual({
      ok: true,
      value: { ...base, piece: { collection: 'articles', id: 5 } },
    })
    expect(parseGrantRequest({ ...base, occasion: '2026-11' })).toMatchObject({ ok: true })
  })

  it('should name the field that is missing or malformed', () => {
    const field = (raw: unknown) => (parseGrantRequest(raw) as { problem?: { field: string } }).problem?.field
    expect(field(null)).toBe('rule')
    expect(field({ ...base, rule: -1, occasion: 'x' })).toBe('rule')
    expect(field({ ...base, contributor: 'a b', occasion: 'x' })).toBe('contributor')
    expect(field(base)).toBe('piece')
    expect(field({ ...base, piece: { collection: 'users', id: 1 } })).toBe('piece')
    expect(field({ ...base, occasion: '<script>' })).toBe('occasion')
    expect(field({ ...base, occasion: 'x', reason: ' ' })).toBe('reason')
  })
})

describe(parseReason.name, () => {
  it('should require a reason only where asked', () => {
    expect(parseReason({}, false)).toEqual({ ok: true, value: null })
    expect(parseReason({}, true)).toEqual({ ok: false, problem: { field: 'reason' } })
    expect(parseReason({ reason: ' 材料有误 ' }, true)).toEqual({ ok: true, value: '材料有误' })
  })
})
