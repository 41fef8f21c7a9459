// Uploads through the real API: sharp's sizes honour the focal point, and files that are not
// what they claim, too large, or decompression bombs are refused with a 4xx.
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { api, as, fileUrl } from '../helpers/api'
import { bandedJpeg, minimalPdf, noisePng, pixelBombPng, smallPng, uploadForm } from '../helpers/images'

// Files of unpublished content are staff-only, so the suite reads them as an editor.
const fileBytes = async (url: string) =>
  Buffer.from(
    await (await fetch(fileUrl(url), { headers: { authorization: `JWT ${(await as.editor()).token}` } })).arrayBuffer(),
  )

const pixelAt = async (url: string, x: number, y: number) => {
  const bytes = await fileBytes(url)
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true })
  const offset = (y * info.width + x) * info.channels
  return { r: data[offset], g: data[offset + 1], b: data[offset + 2] }
}

const isRed = (p: { r: number; g: number; b: number }) => p.r > 200 && p.b < 60
const isBlue = (p: { r: number; g: number; b: number }) => p.b > 200 && p.r < 60

describe('media uploads', () => {
  it('should produce every size with the right dimensions', async () => {
    const res = await api('/api/media', {
      method: 'POST',
      body: uploadForm(await bandedJpeg(), 'banded.jpg', 'image/jpeg', { alt: '红蓝色块测试图' }),
      auth: await as.editor(),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const { sizes, width, height } = res.body.doc
    expect([width, height]).toEqual([2400, 1600])
    expect([sizes.thumbnail.width, sizes.thumbnail.height]).toEqual([400, 300])
    expect([sizes.card.width, sizes.card.height]).toEqual([1200, 675])
    expect([sizes.wechatCover.width, sizes.wechatCover.height]).toEqual([900, 383])
    expect([sizes.square.width, sizes.square.height]).toEqual([1080, 1080])
    expect([sizes.portrait.width, sizes.portrait.height]).toEqual([1080, 1440])
    const meta = await sharp(await fileBytes(sizes.wechatCover.url)).metadata()
    expect([meta.width, meta.height]).toEqual([900, 383])
  })

  it('should crop around the focal point', async () => {
    const centred = await api('/api/media', {
      method: 'POST',
      body: uploadForm(await bandedJpeg(), 'centre.jpg', 'image/jpeg', { alt: '居中裁剪' }),
      auth: await as.editor(),
    })
    const focused = await api('/api/media', {
      method: 'POST',
      body: uploadForm(await bandedJpeg(), 'left.jpg', 'image/jpeg', { alt: '左侧焦点', focalX: 3, focalY: 50 }),
      auth: await as.editor(),
    })
    expect(focused.status, JSON.stringify(focused.body)).toBe(201)
    // The red band is the left tenth: a centred square crop misses it, a left focal point keeps it.
    expect(isBlue(await pixelAt(centred.body.doc.sizes.square.url, 5, 540))).toBe(true)
    expect(isRed(await pixelAt(focused.body.doc.sizes.square.url, 5, 540))).toBe(true)
  })

  it('should refuse bytes that are not the image type they claim', async () => {
    const text = Buffer.from('这不是图片，只是一段文字。'.repeat(20))
    const res = await api('/api/media', {
      method: 'POST',
      body: uploadForm(text, 'fake.png', 'image/png', { alt: '伪装的图片' }),
      auth: await as.editor(),
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toContain('文件内容与声明的类型不符')
    expect(res.body.errors[0].code).toBe('upload-type-mismatch')
  })

  it('should refuse a JPEG declared as PNG', async () => {
    const res = await api('/api/media', {
      method: 'POST',
      body: uploadForm(await bandedJpeg(), 'photo.png', 'image/png', { alt: '类型不符' }),
      auth: await as.editor(),
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].code).toBe('upload-type-mismatch')
  })

  it('should refuse a PDF in the public media library', async () => {
    const res = await api('/api/media', {
      method: 'POST',
      body: uploadForm(minimalPdf(), 'doc.pdf', 'application/pdf', { alt: '文件' }),
      auth: await as.editor(),
    })
    expect(res.status).toBe(415)
    expect(res.body.errors[0].code).toBe('upload-type-not-allowed')
  })

  it('should refuse a decompression bomb by its pixel count', async () => {
    const res = await api('/api/media', {
      method: 'POST',
      body: uploadForm(await pixelBombPng(), 'bomb.png', 'image/png', { alt: '像素炸弹' }),
      auth: await as.editor(),
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].code).toBe('image-too-many-pixels')
  })

  it('should refuse a file over the size limit with 413, and a body far over it too', async () => {
    // The test server runs with MEDIA_MAX_BYTES=2000000.
    const over = await noisePng(900, 900) // ~2.4 MB
    expect(over.length).toBeGreaterThan(2_000_000)
    const res = await api('/api/media', {
      method: 'POST',
      body: uploadForm(over, 'big.png', 'image/png', { alt: '过大' }),
      auth: await as.editor(),
    })
    expect(res.status).toBe(413)
    expect(res.body.errors[0].message).toBeTruthy()
    const farOver = await noisePng(1300, 1300) // ~5 MB, past the request limit
    const res2 = await api('/api/media', {
      method: 'POST',
      body: uploadForm(farOver, 'huge.png', 'image/png', { alt: '过大' }),
      auth: await as.editor(),
    })
    expect(res2.status).toBe(413)
    expect(res2.body.errors[0].code).toBe('payload-too-large')
  })

  it('should require alt text', async () => {
    const before = (await api('/api/media?limit=0')).body.totalDocs
    const res = await api('/api/media', {
      method: 'POST',
      body: uploadForm(await smallPng(), 'no-alt.png', 'image/png', {}),
      auth: await as.editor(),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body.errors)).toContain('alt')
    expect((await api('/api/media?limit=0')).body.totalDocs).toBe(before)
  })

  it('should refuse uploads from roles without media rights and from anonymous callers', async () => {
    expect(
      (
        await api('/api/media', {
          method: 'POST',
          body: uploadForm(await smallPng(), 'a.png', 'image/png', { alt: '测试' }),
          auth: await as.analyst(),
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api('/api/media', {
          method: 'POST',
          body: uploadForm(await smallPng(), 'a.png', 'image/png', { alt: '测试' }),
        })
      ).status,
    ).toBe(403)
  })

  it('should serve consent documents only to privacy officers and admins', async () => {
    const res = await api('/api/consent-documents', {
      method: 'POST',
      body: uploadForm(minimalPdf(), 'consent.pdf', 'application/pdf', { note: '扫描件' }),
      auth: await as.privacy(),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const url = res.body.doc.url as string
    expect((await fetch(fileUrl(url))).status).toBe(403)
    const editorToken = (await as.editor()).token
    expect((await fetch(fileUrl(url), { headers: { authorization: `JWT ${editorToken}` } })).status).toBe(403)
    const privacyToken = (await as.privacy()).token
    // A signed document opens only for a stated purpose (tests/int/privacy.int.spec.ts).
    expect((await fetch(fileUrl(url), { headers: { authorization: `JWT ${privacyToken}` } })).status).toBe(403)
    const ok = await fetch(fileUrl(url), {
      headers: { authorization: `JWT ${privacyToken}`, 'x-data-purpose': 'verify-consent' },
    })
    expect(ok.status).toBe(200)
    expect(
      Buffer.from(await ok.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
  })
})
