import { describe, expect, it } from 'vitest'

import { graphqlLoginCount } from './loginRequests'

describe(graphqlLoginCount.name, () => {
  it('should count each call of the login mutation, aliased or not', () => {
    expect(
      graphqlLoginCount(JSON.stringify({ query: 'mutation { loginUser(email: "a", password: "b") { token } }' })),
    ).toBe(1)
    expect(
      graphqlLoginCount(
        JSON.stringify({
          query:
            'mutation { a: loginUser(email: "a", password: "b") { token } b: loginUser(email: "a", password: "c") { token } }',
        }),
      ),
    ).toBe(2)
  })

  it('should not count queries that only mention similar names', () => {
    expect(graphqlLoginCount(JSON.stringify({ query: '{ Articles { docs { title } } }' }))).toBe(0)
    expect(graphqlLoginCount(JSON.stringify({ query: '{ loginUsers }' }))).toBe(0)
  })
})
