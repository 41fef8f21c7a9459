import { describe, expect, it } from 'vitest'

import { statedPurpose } from './purposes'

const headers = (values: Record<string, string>) => new Headers(values)

describe(statedPurpose.name, () => {
  it('should take the header for documents and lists, the cookie for a document only', () => {
    expect(statedPurpose(headers({ 'x-data-purpose': 'compliance-audit' }), { list: true })).toBe('compliance-audit')
    const cookie = headers({ cookie: 'a=1; cms-data-purpose=verify-consent' })
    expect(statedPurpose(cookie, { list: false })).toBe('verify-consent')
    expect(statedPurpose(cookie, { list: true })).toBeNull()
  })

  it('should call an unknown purpose invalid, and none absent', () => {
    expect(statedPurpose(headers({ 'x-data-purpose': 'curiosity' }), { list: false })).toBe('invalid')
    expect(statedPurpose(headers({ cookie: 'cms-data-purpose=%E0' }), { list: false })).toBeNull()
    expect(statedPurpose(headers({}), { list: false })).toBeNull()
  })
})
