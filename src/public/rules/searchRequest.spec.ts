import { describe, expect, it } from 'vitest'

import { parseSearchRequest } from './searchRequest'

const LOCALES = ['zh-CN', 'zh-TW', 'en']
const parse = (search: string) => parseSearchRequest(new URLSearchParams(search), LOCALES, 'zh-CN')

describe(parseSearchRequest.name, () => {
  it('should read q, locale, collection, limit and page with defaults', () => {
    expect(parse('q=高血压')).toMatchObject({ q: '高血压', locale: 'zh-CN', collection: undefined, limit: 10, page: 1 })
    expect(parse('q=diet&locale=en&collection=articles&limit=5&page=2')).toMatchObject({
      q: 'diet',
      locale: 'en',
      collection: 'articles',
      limit: 5,
      page: 2,
    })
  })

  it('should refuse a missing, blank or too long query', () => {
    expect(parse('')).toEqual({ code: 'search-query-required' })
    expect(parse('q=%20%20')).toEqual({ code: 'search-query-required' })
    expect(parse(`q=${'血'.repeat(101)}`)).toEqual({ code: 'search-query-too-long', max: 100 })
    expect(parse(`q=${'血'.repeat(100)}`)).toMatchObject({ q: '血'.repeat(100) })
  })

  it('should refuse unknown locales and collections, bad numbers and repeated parameters', () => {
    expect(parse('q=a&locale=fr')).toMatchObject({ code: 'unknown-locale', locale: 'fr' })
    expect(parse('q=a&locale=all')).toMatchObject({ code: 'invalid-query' })
    for (const search of [
      'q=a&collection=users',
      'q=a&limit=0',
      'q=a&limit=51',
      'q=a&page=abc',
      'q=a&page=101',
      'q=a&q=b',
      'q=a&locale=en&locale=zh-CN',
    ]) {
      expect(parse(search), search).toMatchObject({ code: 'invalid-query' })
    }
  })
})
