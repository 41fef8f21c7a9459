import { describe, expect, it } from 'vitest'

import { corsDecision, isPreflight } from './corsPolicy'

describe(corsDecision.name, () => {
  const sites = ['https://www.hospital.example', 'https://mini.hospital.example']

  it('should echo a listed origin and allow its credentials', () => {
    expect(corsDecision('https://www.hospital.example', sites)).toEqual({
      allowOrigin: 'https://www.hospital.example',
      credentials: true,
    })
  })
  it('should refuse an origin that is not listed, and a request without one', () => {
    expect(corsDecision('https://evil.example', sites)).toBeNull()
    expect(corsDecision('https://www.hospital.example.evil.example', sites)).toBeNull()
    expect(corsDecision('null', sites)).toBeNull()
    expect(corsDecision(undefined, sites)).toBeNull()
  })
  it('should answer any origin with * and never with credentials', () => {
    expect(corsDecision('https://anyone.example', ['*'])).toEqual({ allowOrigin: '*', credentials: false })
    expect(corsDecision('https://www.hospital.example', ['*', 'https://www.hospital.example'])).toEqual({
      allowOrigin: 'https://www.hospital.example',
      credentials: true,
    })
  })
  it('should tell a preflight from a plain OPTIONS', () => {
    expect(isPreflight('OPTIONS', 'POST')).toBe(true)
    expect(isPreflight('OPTIONS', undefined)).toBe(false)
    expect(isPreflight('GET', 'POST')).toBe(false)
  })
})
