import { describe, expect, it } from 'vitest'

import { jsonDepthExceeds } from './jsonDepth'

describe(jsonDepthExceeds.name, () => {
  it('should count objects and arrays alike', () => {
    expect(jsonDepthExceeds('{"a":[{"b":[1]}]}', 4)).toBe(false)
    expect(jsonDepthExceeds('{"a":[{"b":[1]}]}', 3)).toBe(true)
  })
  it('should ignore brackets inside strings, escaped quotes included', () => {
    expect(jsonDepthExceeds(JSON.stringify({ a: '[[[[{{{{"\\"[[[' }), 1)).toBe(false)
  })
  it('should refuse a rich text body nested 5,000 levels deep without overflowing the stack', () => {
    let node: unknown = { type: 'text', text: 'x' }
    for (let i = 0; i < 5000; i++) node = { type: 'paragraph', children: [node] }
    const text = '{"body":{"root":' + '{"children":['.repeat(5000) + '1' + ']}'.repeat(5000) + '}}'
    expect(jsonDepthExceeds(text)).toBe(true)
    expect(jsonDepthExceeds(JSON.stringify({ body: { root: { children: [{ children: [{ text: 'ok' }] }] } } }))).toBe(
      false,
    )
  })
})
