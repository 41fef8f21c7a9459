import { describe, expect, it } from 'vitest'

import { lexicalToText } from './richText'

const t = (text: string) => ({ type: 'text', text })

describe(lexicalToText.name, () => {
  it('should join blocks with newlines and keep inline text together', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', children: [t('标题')] },
          { type: 'paragraph', children: [t('第一句'), t('，接着说。')] },
          {
            type: 'list',
            children: [
              { type: 'listitem', children: [t('甲')] },
              { type: 'listitem', children: [t('乙')] },
            ],
          },
        ],
      },
    }
    expect(lexicalToText(state)).toBe('标题\n第一句，接着说。\n甲\n乙')
  })
  it('should give an empty string for empty or missing rich text', () => {
    expect(lexicalToText(null)).toBe('')
    expect(lexicalToText({ root: { type: 'root', children: [] } })).toBe('')
  })
})
