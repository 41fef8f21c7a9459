import { describe, expect, it } from 'vitest'

import { blocksToLexical } from './lexical'

describe(blocksToLexical.name, () => {
  it('should turn headings, paragraphs and lists into Lexical nodes in order', () => {
    const state = blocksToLexical([
      { type: 'h2', text: '什么是高血压' },
      { type: 'p', text: '血压持续升高。' },
      { type: 'ol', items: ['首先', '其次'] },
    ])
    const [heading, paragraph, list] = state.root.children as any[]
    expect(heading).toMatchObject({ type: 'heading', tag: 'h2', children: [{ type: 'text', text: '什么是高血压' }] })
    expect(paragraph).toMatchObject({ type: 'paragraph', children: [{ text: '血压持续升高。' }] })
    expect(list).toMatchObject({ type: 'list', listType: 'number', tag: 'ol' })
    expect(list.children.map((item: any) => [item.value, item.children[0].text])).toEqual([
      [1, '首先'],
      [2, '其次'],
    ])
  })
})
