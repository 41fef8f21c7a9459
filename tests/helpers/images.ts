// Real image bytes for upload tests, made with sharp.
import zlib from 'node:zlib'

import sharp from 'sharp'

/** A 2400×1600 JPEG: a red band on the left tenth, blue elsewhere, so crops can be told apart. */
export const bandedJpeg = async (): Promise<Buffer> => {
  const red = await sharp({ create: { width: 240, height: 1600, channels: 3, background: '#ff0000' } })
    .png()
    .toBuffer()
  return sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#0000ff' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .jpeg({ quality: 90 })
    .toBuffer()
}

export const smallPng = (): Promise<Buffer> =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#22aa55' } })
    .png()
    .toBuffer()

/** Random pixels do not compress, so the PNG is about width×height×3 bytes. */
export const noisePng = (width: number, height: number): Promise<Buffer> => {
  const raw = Buffer.alloc(width * height * 3)
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 2654435761) >>> 24
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer()
}

/**
 * A tiny PNG whose header claims 50,000 × 50,000 pixels: the shape of a decompression bomb.
 * The IHDR chunk's size fields are rewritten and its CRC recomputed.
 */
export const pixelBombPng = async (): Promise<Buffer> => {
  const png = Buffer.from(await smallPng())
  const ihdrStart = 8 // after the signature
  png.writeUInt32BE(50_000, ihdrStart + 8)
  png.writeUInt32BE(50_000, ihdrStart + 12)
  const crc = zlib.crc32(png.subarray(ihdrStart + 4, ihdrStart + 8 + 13))
  png.writeUInt32BE(crc >>> 0, ihdrStart + 8 + 13)
  return png
}

export const uploadForm = (bytes: Buffer, filename: string, mimetype: string, fields: Record<string, unknown>) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: mimetype }), filename)
  form.append('_payload', JSON.stringify(fields))
  return form
}

/**
 * A small but well-formed one-page PDF (header, objects, xref table, trailer, %%EOF); with `text`,
 * the page shows it (a content stream), so its bytes can be looked for in storage.
 */
export const minimalPdf = (text?: string): Buffer => {
  const content = text === undefined ? '' : `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]${text === undefined ? '' : ' /Contents 4 0 R'} >>`,
    ...(text === undefined ? [] : [`<< /Length ${content.length} >>\nstream\n${content}\nendstream`]),
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xrefAt = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
