import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { findCjkFont } from './cjkFont'

describe(findCjkFont.name, () => {
  it('should use only PDF_FONT_PATH when it is set, and find nothing when it names no file', async () => {
    expect(await findCjkFont({ PDF_FONT_PATH: path.join(os.tmpdir(), 'no-such-dir', 'font.otf') })).toBeNull()
  })

  it('should take a face name after # for a collection, and none for a single font', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjk-font-'))
    try {
      const collection = path.join(dir, 'fonts.ttc')
      const single = path.join(dir, 'NotoSansSC-Regular.otf')
      fs.writeFileSync(collection, 'x')
      fs.writeFileSync(single, 'x')
      expect(await findCjkFont({ PDF_FONT_PATH: `${collection}#WenQuanYiZenHei` })).toEqual({
        path: collection,
        family: 'WenQuanYiZenHei',
      })
      expect(await findCjkFont({ PDF_FONT_PATH: single })).toEqual({ path: single, family: null })
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
