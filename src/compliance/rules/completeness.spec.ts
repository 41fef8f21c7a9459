import { describe, expect, it } from 'vitest'

import { articleCompleteness, storyCompleteness } from './completeness'

const complete = { title: { 'zh-CN': '标题', en: null }, references: [{ title: 'x' }], authors: [1], audiences: [2] }
const checked = { faceBlurred: true, nameReplaced: true, identifiersRemoved: true, locationGeneralised: true }

describe(articleCompleteness.name, () => {
  it('should pass a complete article', () => {
    expect(articleCompleteness(complete, [{ alt: '封面' }])).toEqual([])
  })
  it('should name each missing part with its field', () => {
    const found = articleCompleteness({ title: { en: 'Only English' }, references: [], authors: [], audiences: null }, [
      { alt: ' ' },
    ])
    expect(found.map((f) => [f.code, f.field])).toEqual([
      ['title-missing', 'title'],
      ['reference-missing', 'references'],
      ['author-missing', 'authors'],
      ['audience-missing', 'audiences'],
      ['alt-text-missing', 'cover'],
    ])
    expect(found.every((f) => f.severity === 'block' && /[\u4e00-\u9fff]/.test(f.message))).toBe(true)
  })
  it('should ask a holding statement only for its title and alt text, not references, experts or audiences', () => {
    const bare = { references: [], authors: [], audiences: null, layer: 'statement' }
    expect(articleCompleteness({ ...bare, title: { 'zh-CN': '关于网传信息的说明' } }, [])).toEqual([])
    expect(articleCompleteness(bare, [{ alt: '' }]).map((f) => f.code)).toEqual(['title-missing', 'alt-text-missing'])
    // Any other layer still needs them all.
    expect(articleCompleteness({ ...bare, layer: 'what', title: '标题' }, []).map((f) => f.code)).toEqual([
      'reference-missing',
      'author-missing',
      'audience-missing',
    ])
  })
})

describe(storyCompleteness.name, () => {
  it('should pass a story with a covering consent and a complete checklist', () => {
    expect(storyCompleteness({ title: '标题', deidentification: checked }, [], [])).toEqual([])
  })
  it('should block an incomplete checklist and pass on consent problems', () => {
    const found = storyCompleteness(
      { title: '标题', deidentification: { ...checked, faceBlurred: false } },
      ['consent-scope'],
      [],
    )
    expect(found.map((f) => f.code)).toEqual(['consent-scope', 'deidentification-incomplete'])
    expect(storyCompleteness({ deidentification: null }, [], []).map((f) => f.code)).toEqual([
      'title-missing',
      'deidentification-incomplete',
    ])
  })
})
