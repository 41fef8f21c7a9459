import { describe, expect, it } from 'vitest'

import { manifestOf, signingKeyFrom, signManifest, verifyManifest } from './archiveSigning'

describe(signManifest.name, () => {
  const files = { 'consent.json': Buffer.from('{"a":1}'), 'documents/scan.pdf': Buffer.from('%PDF') }

  it('should sign a manifest that its own public key verifies, and nothing altered', () => {
    const key = signingKeyFrom(Buffer.alloc(32, 1))
    const signed = signManifest(manifestOf(files, 'C-1', new Date('2026-11-26T00:00:00Z')), key)
    expect(verifyManifest(signed.manifest, signed.signature, signed.publicKey)).toBe(true)
    const altered = Buffer.from(signed.manifest.toString().replace('C-1', 'C-2'))
    expect(verifyManifest(altered, signed.signature, signed.publicKey)).toBe(false)
    const otherKey = signManifest(manifestOf(files, 'C-1', new Date()), signingKeyFrom(Buffer.alloc(32, 2)))
    expect(verifyManifest(signed.manifest, signed.signature, otherKey.publicKey)).toBe(false)
  })

  it('should list every file with its size and hash, in a stable order', () => {
    const manifest = manifestOf(files, 'C-1', new Date('2026-11-26T00:00:00Z'))
    expect(manifest.files.map((f) => f.path)).toEqual(['consent.json', 'documents/scan.pdf'])
    expect(manifest.files[1]).toMatchObject({ bytes: 4, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })
  })

  it('should derive the same key from the same master key', () => {
    const a = signManifest(manifestOf(files, 'C', new Date(0)), signingKeyFrom(Buffer.alloc(32, 3)))
    const b = signManifest(manifestOf(files, 'C', new Date(0)), signingKeyFrom(Buffer.alloc(32, 3)))
    expect(a.publicKey).toBe(b.publicKey)
  })
})
