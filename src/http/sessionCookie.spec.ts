import { describe, expect, it } from 'vitest'

import { hasSessionCookie, sessionCookieName, withoutSessionCookie } from './sessionCookie'

const name = sessionCookieName('payload')

describe(hasSessionCookie.name, () => {
  it('should find the session cookie among others, and only a non-empty one', () => {
    expect(hasSessionCookie('payload-lng=zh; payload-token=abc.def', name)).toBe(true)
    expect(hasSessionCookie('payload-token=abc', name)).toBe(true)
    expect(hasSessionCookie('payload-token=; payload-lng=zh', name)).toBe(false)
    expect(hasSessionCookie('my-payload-token=abc', name)).toBe(false)
    expect(hasSessionCookie(undefined, name)).toBe(false)
  })
})

describe(withoutSessionCookie.name, () => {
  it('should drop the session cookie and keep the rest', () => {
    expect(withoutSessionCookie('payload-lng=zh; payload-token=abc', name)).toBe('payload-lng=zh')
    expect(withoutSessionCookie('payload-token=abc', name)).toBeUndefined()
  })
})
