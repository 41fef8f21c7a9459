import { describe, expect, it } from 'vitest'

import { judgeUpload } from './uploadRules'

const limits = { allowedMimes: ['image/jpeg', 'image/png', 'image/webp'], maxBytes: 1000, maxPixels: 10_000 }

describe(judgeUpload.name, () => {
  it('should accept an image whose bytes are the type it claims', () => {
    expect(judgeUpload({ claimedMime: 'image/png', detectedMime: 'image/png', size: 10, pixels: 100 }, limits)).toEqual({ ok: true })
  })
  it('should treat image/jpg and charset suffixes as their canonical types', () => {
    expect(judgeUpload({ claimedMime: 'image/jpg', detectedMime: 'image/jpeg', size: 10 }, limits).ok).toBe(true)
    expect(judgeUpload({ claimedMime: 'image/png; foo=bar', detectedMime: 'image/png', size: 10 }, limits).ok).toBe(true)
  })
  it('should refuse a JPEG declared as PNG', () => {
    expect(judgeUpload({ claimedMime: 'image/png', detectedMime: 'image/jpeg', size: 10 }, limits)).toEqual({
      ok: false, reason: 'mismatch', claimed: 'image/png', actual: 'image/jpeg',
    })
  })
  it('should refuse text bytes declared as an image', () => {
    expect(judgeUpload({ claimedMime: 'image/png', detectedMime: undefined, size: 10 }, limits)).toEqual({
      ok: false, reason: 'mismatch', claimed: 'image/png', actual: 'unknown',
    })
  })
  it('should refuse a type that is not accepted at all', () => {
    expect(judgeUpload({ claimedMime: 'application/pdf', detectedMime: 'application/pdf', size: 10 }, limits)).toEqual({
      ok: false, reason: 'not-allowed', actual: 'application/pdf',
    })
  })
  it('should refuse a file over the byte limit before looking at its type', () => {
    expect(judgeUpload({ claimedMime: 'image/png', detectedMime: 'image/png', size: 1001 }, limits)).toMatchObject({ ok: false, reason: 'too-large', limit: 1000 })
  })
  it('should refuse an image over the pixel limit (decompression bomb)', () => {
    expect(judgeUpload({ claimedMime: 'image/png', detectedMime: 'image/png', size: 10, pixels: 10_001 }, limits)).toMatchObject({ ok: false, reason: 'too-many-pixels' })
    expect(judgeUpload({ claimedMime: 'image/png', detectedMime: 'image/png', size: 10, pixels: 10_000 }, limits).ok).toBe(true)
  })
  it('should count every frame of an animated or multi-page image', () => {
    const gif = { ...limits, allowedMimes: ['image/gif'] }
    const animated = (pixels: number, frames?: number) => judgeUpload({ claimedMime: 'image/gif', detectedMime: 'image/gif', size: 10, pixels, frames }, gif)
    // Each frame alone is within the limit; together they are not.
    expect(animated(6_000, 2)).toEqual({ ok: false, reason: 'too-many-pixels', pixels: 12_000, frames: 2, limit: 10_000 })
    expect(animated(100, 101)).toMatchObject({ ok: false, reason: 'too-many-pixels', pixels: 10_100, frames: 101 })
    expect(animated(5_000, 2).ok).toBe(true)
    expect(animated(100, 100).ok).toBe(true)
  })
  it('should treat a missing, zero or nonsense frame count as one frame', () => {
    for (const frames of [undefined, 0, 1, -3, Number.NaN]) {
      const facts = { claimedMime: 'image/png', detectedMime: 'image/png', size: 10 }
      expect(judgeUpload({ ...facts, pixels: 10_000, frames }, limits).ok, String(frames)).toBe(true)
      expect(judgeUpload({ ...facts, pixels: 10_001, frames }, limits), String(frames)).toMatchObject({ ok: false, frames: 1, pixels: 10_001 })
    }
  })
})

describe(`${judgeUpload.name} for videos`, () => {
  const withVideo = {
    ...limits,
    allowedMimes: [...limits.allowedMimes, 'video/mp4', 'video/webm'],
    video: { mimes: ['video/mp4', 'video/webm'], maxBytes: 5000 },
  }
  it('should hold a video to the video limit and an image to the image limit', () => {
    expect(judgeUpload({ claimedMime: 'video/mp4', detectedMime: 'video/mp4', size: 4000 }, withVideo).ok).toBe(true)
    expect(judgeUpload({ claimedMime: 'video/mp4', detectedMime: 'video/mp4', size: 5001 }, withVideo)).toMatchObject({
      ok: false,
      reason: 'too-large',
      limit: 5000,
    })
    expect(judgeUpload({ claimedMime: 'image/png', detectedMime: 'image/png', size: 4000 }, withVideo)).toMatchObject({
      ok: false,
      reason: 'too-large',
      limit: 1000,
    })
  })
  it('should give text declared as a video the image limit and call it a mismatch', () => {
    expect(judgeUpload({ claimedMime: 'video/mp4', detectedMime: undefined, size: 4000 }, withVideo)).toMatchObject({
      reason: 'too-large',
      limit: 1000,
    })
    expect(judgeUpload({ claimedMime: 'video/mp4', detectedMime: undefined, size: 10 }, withVideo)).toEqual({
      ok: false,
      reason: 'mismatch',
      claimed: 'video/mp4',
      actual: 'unknown',
    })
  })
  it('should refuse a WebM declared as MP4', () => {
    expect(judgeUpload({ claimedMime: 'video/mp4', detectedMime: 'video/webm', size: 10 }, withVideo)).toMatchObject({
      reason: 'mismatch',
    })
  })
})
