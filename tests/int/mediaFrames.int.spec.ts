// Animated images through the real upload API: the pixel limit counts every frame, so a few-KB
// GIF or WebP whose frames are each within the limit but together far over it is refused before
// sharp decodes it. The test server runs with the default MEDIA_MAX_PIXELS of 40,000,000.
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { api, as } from '../helpers/api'
import { uploadForm } from '../helpers/images'

const MAX_PIXELS = 40_000_000

/** One flat-colour frame per colour, joined into an animation; colours differ so no frame is merged away. */
const animation = async (width: number, height: number, colours: string[], format: 'gif' | 'webp'): Promise<Buffer> => {
  const frames = await Promise.all(
    colours.map((background) =>
      sharp({ create: { width, height, channels: 3, background } })
        .png({ compressionLevel: 1 })
        .toBuffer(),
    ),
  )
  const joined = sharp(frames, { join: { animated: true } })
  return format === 'gif' ? joined.gif().toBuffer() : joined.webp({ lossless: true, effort: 0 }).toBuffer()
}

const codeOf = (body: any): string | undefined => body?.errors?.[0]?.code ?? body?.errors?.[0]?.data?.code

describe('animated uploads and the pixel limit', () => {
  it('should refuse a two-frame GIF whose frames together exceed the limit, though each frame is within it', async () => {
    const gif = await animation(4000, 5001, ['#ff0000', '#0000ff'], 'gif')
    const meta = await sharp(gif).metadata()
    expect(meta.pages).toBe(2)
    expect(4000 * 5001).toBeLessThan(MAX_PIXELS)
    expect(gif.length).toBeLessThan(100_000)

    const res = await api('/api/media', {
      method: 'POST',
      body: uploadForm(gif, 'frames.gif', 'image/gif', { alt: '多帧动图' }),
      auth: await as.editor(),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    expect(codeOf(res.body)).toBe('image-too-many-pixels')
    expect(res.body.errors[0].message).toContain(String(2 * 4000 * 5001))
  })

  it('should refuse an animated WebP over the limit by its frames', async () => {
    const webp = await animation(4000, 4000, ['#ff0000', '#00ff00', '#0000ff'], 'webp')
    expect((await sharp(webp).metadata()).pages).toBe(3)
    const res = await api('/api/media', {
      method: 'POST',
      body: uploadForm(webp, 'frames.webp', 'image/webp', { alt: '多帧 WebP' }),
      auth: await as.editor(),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(400)
    expect(codeOf(res.body)).toBe('image-too-many-pixels')
  })

  it('should accept a two-frame GIF exactly at the limit', async () => {
    const gif = await animation(4000, 5000, ['#ff0000', '#0000ff'], 'gif')
    expect(2 * 4000 * 5000).toBe(MAX_PIXELS)
    const res = await api('/api/media', {
      method: 'POST',
      body: uploadForm(gif, 'at-limit.gif', 'image/gif', { alt: '恰好在上限的动图' }),
      auth: await as.editor(),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect([res.body.doc.width, res.body.doc.height]).toEqual([4000, 5000])
  })
})
