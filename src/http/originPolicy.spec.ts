import { describe, expect, it } from 'vitest'

import { foreignOrigin, type OriginCheck } from './originPolicy'

const base: OriginCheck = {
  method: 'POST',
  hasSessionCookie: true,
  hasAuthorization: false,
  ownOrigins: ['http://127.0.0.1:3000', 'https://cms.demo.hospital'],
  allowedOrigins: ['https://www.demo.hospital'],
}

describe(foreignOrigin.name, () => {
  it("should pass the server's own origins and the allowed ones, in any letter case", () => {
    expect(foreignOrigin({ ...base, origin: 'http://127.0.0.1:3000' })).toBeUndefined()
    expect(foreignOrigin({ ...base, origin: 'HTTPS://CMS.demo.hospital' })).toBeUndefined()
    expect(foreignOrigin({ ...base, origin: 'https://www.demo.hospital' })).toBeUndefined()
  })

  it('should refuse another origin, a different port or scheme, and Origin: null', () => {
    expect(foreignOrigin({ ...base, origin: 'https://evil.example' })).toBe('https://evil.example')
    expect(foreignOrigin({ ...base, origin: 'http://127.0.0.1:3001' })).toBe('http://127.0.0.1:3001')
    expect(foreignOrigin({ ...base, origin: 'http://cms.demo.hospital' })).toBe('http://cms.demo.hospital')
    expect(foreignOrigin({ ...base, origin: 'null' })).toBe('null')
  })

  it('should judge by Referer when Origin is missing', () => {
    expect(foreignOrigin({ ...base, referer: 'https://evil.example/page?x=1' })).toBe('https://evil.example')
    expect(
      foreignOrigin({ ...base, referer: 'https://cms.demo.hospital/admin/collections/articles/1' }),
    ).toBeUndefined()
  })

  it('should leave alone reads, requests without the cookie, header-authenticated ones and non-browser ones', () => {
    expect(foreignOrigin({ ...base, method: 'GET', origin: 'https://evil.example' })).toBeUndefined()
    expect(foreignOrigin({ ...base, hasSessionCookie: false, origin: 'https://evil.example' })).toBeUndefined()
    expect(foreignOrigin({ ...base, hasAuthorization: true, origin: 'https://evil.example' })).toBeUndefined()
    expect(foreignOrigin({ ...base })).toBeUndefined()
  })

  it('should check every mutating method', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'delete']) {
      expect(foreignOrigin({ ...base, method, origin: 'https://evil.example' }), method).toBe('https://evil.example')
    }
  })
})
