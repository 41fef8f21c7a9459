import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'

import { isCacheableGraphqlBody, publicRootFields, rootFieldsOf } from './graphqlQuery'

const allowed = new Set([
  ...publicRootFields({ singular: 'Article', plural: 'Articles' }),
  ...publicRootFields({ singular: 'Media', plural: 'Media' }),
])
const body = (query: string, extra: Record<string, unknown> = {}) => JSON.stringify({ query, ...extra })

describe(publicRootFields.name, () => {
  it('should name the one, many and count queries, renaming a plural equal to its singular as Payload does', () => {
    expect(publicRootFields({ singular: 'Article', plural: 'Articles' })).toEqual([
      'Article',
      'Articles',
      'countArticles',
    ])
    expect(publicRootFields({ singular: 'Media', plural: 'Media' })).toEqual(['Media', 'allMedia', 'countallMedia'])
  })
})

describe(rootFieldsOf.name, () => {
  it('should collect root fields through fragments and inline fragments', () => {
    expect(
      rootFieldsOf(
        parse(
          'query A { ...F ... on Query { countArticles { totalDocs } } } fragment F on Query { Articles { totalDocs } }',
        ),
      ),
    ).toEqual(['Articles', 'countArticles'])
  })

  it('should refuse documents with a mutation or subscription, or a missing fragment', () => {
    expect(rootFieldsOf(parse('query { Articles { totalDocs } } mutation { logoutUser }'))).toBeUndefined()
    expect(rootFieldsOf(parse('subscription { x }'))).toBeUndefined()
    expect(rootFieldsOf(parse('{ ...Missing }'))).toBeUndefined()
  })

  it('should stop at fragments that spread each other', () => {
    expect(
      rootFieldsOf(parse('{ ...A } fragment A on Query { Articles { totalDocs } ...B } fragment B on Query { ...A }')),
    ).toEqual(['Articles'])
  })
})

describe(isCacheableGraphqlBody.name, () => {
  it('should accept queries of public collections and introspection', () => {
    expect(
      isCacheableGraphqlBody(body('{ Articles(limit: 2) { docs { title } } countArticles { totalDocs } }'), allowed),
    ).toBe(true)
    expect(
      isCacheableGraphqlBody(
        body('query Q($id: Int!) { Article(id: $id) { title } }', { variables: { id: 3 } }),
        allowed,
      ),
    ).toBe(true)
    expect(isCacheableGraphqlBody(body('{ __typename allMedia { totalDocs } }'), allowed)).toBe(true)
  })

  it('should refuse mutations, other collections, drafts, unparsable or odd bodies', () => {
    expect(isCacheableGraphqlBody(body('mutation { createCorrection(data: {message: "x"}) { id } }'), allowed)).toBe(
      false,
    )
    expect(isCacheableGraphqlBody(body('{ Users { docs { email } } }'), allowed)).toBe(false)
    expect(isCacheableGraphqlBody(body('{ Articles { totalDocs } meUser { user { id } } }'), allowed)).toBe(false)
    expect(isCacheableGraphqlBody(body('{ Articles(draft: true) { totalDocs } }'), allowed)).toBe(false)
    expect(
      isCacheableGraphqlBody(
        body('query Q($d: Boolean) { Articles(draft: $d) { totalDocs } }', { variables: { d: true } }),
        allowed,
      ),
    ).toBe(false)
    expect(isCacheableGraphqlBody(body('{ Articles { '), allowed)).toBe(false)
    expect(isCacheableGraphqlBody('not json', allowed)).toBe(false)
    expect(isCacheableGraphqlBody('[1]', allowed)).toBe(false)
    expect(isCacheableGraphqlBody(JSON.stringify({ query: 42 }), allowed)).toBe(false)
    expect(isCacheableGraphqlBody(body('fragment F on Query { Articles { totalDocs } }'), allowed)).toBe(false)
  })
})
