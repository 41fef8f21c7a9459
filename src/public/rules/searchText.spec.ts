import { describe, expect, it } from 'vitest'

import { foldText, indexText, parseQuery, toFts5Query, toTsQuery, toTsVector, tokenize } from './searchText'

describe(tokenize.name, () => {
  it('should cut a Chinese run into overlapping bigrams plus its last character, with original offsets', () => {
    const text = '高血压，患者'
    expect(tokenize(text)).toEqual([
      { text: '高血', start: 0, end: 2 },
      { text: '血压', start: 1, end: 3 },
      { text: '压', start: 2, end: 3 },
      { text: '患者', start: 4, end: 6 },
      { text: '者', start: 5, end: 6 },
    ])
  })

  it('should keep Latin words whole and lower-cased, split from Chinese around them', () => {
    expect(tokenize('CT检查 Hypertension-risk').map((t) => t.text)).toEqual([
      'ct',
      '检查',
      '查',
      'hypertension',
      'risk',
    ])
  })

  it('should fold traditional characters and full-width forms, keeping offsets in the original', () => {
    const terms = tokenize('高血壓 ＡＢＣ')
    expect(terms.map((t) => t.text)).toEqual(['高血', '血压', '压', 'abc'])
    expect(terms[3]).toEqual({ text: 'abc', start: 4, end: 7 })
  })

  it('should keep offsets right past characters outside the BMP', () => {
    const text = '𠀀血压'
    const terms = tokenize(text)
    expect(terms[1]).toEqual({ text: '血压', start: 2, end: 4 })
    expect(text.slice(terms[1].start, terms[1].end)).toBe('血压')
  })
})

describe(foldText.name, () => {
  it('should fold traditional Chinese to simplified', () => {
    expect(foldText('糖尿病與高血壓的預防')).toBe('糖尿病与高血压的预防')
  })
})

describe(indexText.name, () => {
  it('should join the terms with spaces', () => {
    expect(indexText('血压 BP')).toBe('血压 压 bp')
  })
})

describe(parseQuery.name, () => {
  it('should make a Chinese run a phrase of bigrams, a lone character a prefix, a word a term', () => {
    expect(parseQuery('高血壓 饮食 糖 Sodium')).toEqual([
      { kind: 'phrase', terms: ['高血', '血压'] },
      { kind: 'phrase', terms: ['饮食'] },
      { kind: 'prefix', term: '糖' },
      { kind: 'phrase', terms: ['sodium'] },
    ])
  })

  it('should ignore punctuation and quotes, and give nothing for a query without letters', () => {
    expect(parseQuery('"血压" OR *')).toEqual([
      { kind: 'phrase', terms: ['血压'] },
      { kind: 'phrase', terms: ['or'] },
    ])
    expect(parseQuery('"*()<>')).toEqual([])
  })
})

describe(toFts5Query.name, () => {
  it('should quote every term and AND the parts', () => {
    expect(toFts5Query(parseQuery('高血压 糖 diet'))).toBe('"高血 血压" AND "糖"* AND "diet"')
  })
})

describe(toTsQuery.name, () => {
  it('should write phrases with <-> and prefixes with :*', () => {
    expect(toTsQuery(parseQuery('高血压 糖'))).toBe("('高血' <-> '血压') & '糖':*")
  })
})

describe(toTsVector.name, () => {
  it('should give each field its weight and leave a gap between fields', () => {
    expect(
      toTsVector([
        { text: '血压', weight: 'A' },
        { text: '血压高', weight: 'D' },
      ]),
    ).toBe("'血压':1A,5D '压':2A '压高':6D '高':7D")
  })
})
