import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { highlight, matchSpans } from './searchHighlight'
import { parseQuery } from './searchText'

describe(matchSpans.name, () => {
  it('should find a phrase only where its characters stand together', () => {
    expect(matchSpans('高血糖与血压；高血压', parseQuery('高血压'))).toEqual([{ start: 7, end: 10 }])
  })

  it('should find traditional spellings of a simplified query, and merge overlaps', () => {
    expect(matchSpans('高血壓高血壓', parseQuery('血压 高血'))).toEqual([{ start: 0, end: 6 }])
  })

  it('should mark only the named character of a one-character query', () => {
    expect(matchSpans('糖尿病，血糖', parseQuery('糖'))).toEqual([
      { start: 0, end: 1 },
      { start: 5, end: 6 },
    ])
  })
})

describe(highlight.name, () => {
  it('should mark matches and escape everything else', () => {
    expect(highlight('<b>高血压</b> & "饮食"', parseQuery('高血壓'))).toBe(
      '&lt;b&gt;<mark>高血压</mark>&lt;/b&gt; &amp; &quot;饮食&quot;',
    )
  })

  it('should give nothing when the text does not contain the query', () => {
    expect(highlight('糖尿病', parseQuery('高血压'))).toBeUndefined()
    expect(highlight(null, parseQuery('高血压'))).toBeUndefined()
  })

  it('should cut a long text to a snippet around the first match', () => {
    const text = `${'前'.repeat(300)}控制血压${'后'.repeat(300)}`
    const snippet = highlight(text, parseQuery('血压'))!
    expect(snippet.startsWith('…')).toBe(true)
    expect(snippet.endsWith('…')).toBe(true)
    expect(snippet).toContain('控制<mark>血压</mark>')
    expect(snippet.length).toBeLessThan(160)
  })

  it('should never put an unescaped < in its output except <mark> and </mark>', () => {
    const alphabet = fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      '血',
      '压',
      'a',
      'b',
      ' ',
      '<mark>',
      '</mark>',
      '<script>',
      '𠀀',
      '\n',
    )
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 400 }).map((a) => a.join('')),
        fc.array(alphabet, { minLength: 1, maxLength: 6 }).map((a) => a.join('')),
        (text, query) => {
          const html = highlight(text, parseQuery(query)) ?? ''
          expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
          expect(html).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
          // Marks are balanced and never nested.
          expect(html.match(/<mark>/g)?.length ?? 0).toBe(html.match(/<\/mark>/g)?.length ?? 0)
          expect(html).not.toMatch(/<mark>[^<]*<mark>/)
        },
      ),
      { numRuns: 500 },
    )
  })
})
