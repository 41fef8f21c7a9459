import { describe, expect, it } from 'vitest'

import {
  graphemeLength,
  graphemeSlice,
  smsLength,
  smsSegments,
  utf8ByteLength,
  wechatLength,
  weiboFoldIndex,
  weiboLength,
  xiaohongshuLength,
} from './length'

const FAMILY = '👨‍👩‍👧' // three people joined by two ZWJ: 8 UTF-16 units, one grapheme
const THUMBS = '👍🏽' // emoji + skin tone: 4 UTF-16 units, one grapheme

describe(graphemeLength.name, () => {
  it('should count Chinese characters one each', () => {
    expect(graphemeLength('冬季如何科学监测血压')).toBe(10)
  })
  it('should count an emoji, a skin-toned emoji and a ZWJ family as one each', () => {
    expect(graphemeLength('😀')).toBe(1)
    expect(graphemeLength(THUMBS)).toBe(1)
    expect(graphemeLength(FAMILY)).toBe(1)
    expect(FAMILY.length).toBe(8)
    expect(graphemeLength(`血压${FAMILY}${THUMBS}`)).toBe(4)
  })
  it('should count ASCII letters and a combining accent with its letter', () => {
    expect(graphemeLength('BP 120/80')).toBe(9)
    expect(graphemeLength('e\u0301')).toBe(1)
  })
  it('should count long texts the same as one whole segmentation, across its internal pieces', () => {
    const whole = (text: string) => [...new Intl.Segmenter('zh-CN', { granularity: 'grapheme' }).segment(text)].length
    const mixed = Array.from(
      { length: 3_000 },
      (_, i) => ['血压', FAMILY, THUMBS, 'BP 120', '🇨🇳', 'e\u0301', '\r\n', '한국'][i % 8],
    ).join('')
    expect(graphemeLength(mixed)).toBe(whole(mixed))
    const zalgo = `a${'\u0301'.repeat(2_000)}b`
    expect(graphemeLength(zalgo)).toBe(2)
    expect(graphemeLength(FAMILY.repeat(1_000))).toBe(1_000)
  })
  it('should be the rule for WeChat and Xiaohongshu', () => {
    expect(wechatLength(`高血压${FAMILY}`)).toBe(4)
    expect(xiaohongshuLength(`高血压${FAMILY}`)).toBe(4)
  })
})

describe(graphemeSlice.name, () => {
  it('should never split an emoji sequence', () => {
    expect(graphemeSlice(`血压${FAMILY}测量`, 3)).toBe(`血压${FAMILY}`)
    expect(graphemeSlice('血压', 5)).toBe('血压')
    expect(graphemeSlice('血压', 0)).toBe('')
  })
})

describe(weiboLength.name, () => {
  it('should count a Chinese or full-width character as one', () => {
    expect(weiboLength('冬季测血压')).toBe(5)
    expect(weiboLength('（Ａ）')).toBe(3)
  })
  it('should count two ASCII characters as one, rounding an odd one up', () => {
    expect(weiboLength('ab')).toBe(1)
    expect(weiboLength('abc')).toBe(2)
    expect(weiboLength('血压 120/80')).toBe(2 + 4) // 7 half-width characters → 3.5 → 4
  })
  it('should count an emoji (a ZWJ family too) as one', () => {
    expect(weiboLength('😀')).toBe(1)
    expect(weiboLength(FAMILY)).toBe(1)
    expect(weiboLength(`加油${THUMBS}`)).toBe(3)
  })
  it('should count every link as 10 whatever its length, and take another weight', () => {
    const long = 'https://www.example-hospital.cn/articles/winter-blood-pressure?utm_source=weibo&utm_medium=social'
    expect(weiboLength(long)).toBe(10)
    expect(weiboLength(`详见${long}了解更多`)).toBe(2 + 10 + 4)
    expect(weiboLength('https://a.cn https://b.cn')).toBe(21) // two links and one space: 20.5 → 21
    expect(weiboLength(long, { urlWeight: 12 })).toBe(12)
  })
})

describe(weiboFoldIndex.name, () => {
  it('should fold after the given count at a character boundary', () => {
    const text = '血'.repeat(150)
    expect(weiboFoldIndex(text, 140)).toBe(140)
    expect(weiboFoldIndex('血'.repeat(100), 140)).toBe(100)
  })
  it('should not split a link or an emoji at the fold', () => {
    const text = `${'血'.repeat(135)}https://a.cn/x${'压'.repeat(10)}`
    expect(weiboFoldIndex(text, 140)).toBe(135) // the link would reach 145
    const emoji = `${'血'.repeat(139)}${FAMILY}压`
    expect(weiboFoldIndex(emoji, 140)).toBe(139 + FAMILY.length)
  })
})

describe(smsLength.name, () => {
  it('should count every character as one: Chinese, ASCII, the signature and the opt-out', () => {
    expect(smsLength('【示范医院】冬季测血压 拒收请回复R')).toBe(18)
    expect(smsLength('abc 123')).toBe(7)
  })
  it('should count an emoji outside the BMP as two (UCS-2)', () => {
    expect(smsLength('😀')).toBe(2)
    expect(smsLength(THUMBS)).toBe(4)
    expect(smsLength(FAMILY)).toBe(8)
  })
})

describe(smsSegments.name, () => {
  it('should send up to 70 as one message and longer ones in parts of 67', () => {
    expect(smsSegments(0)).toBe(0)
    expect(smsSegments(1)).toBe(1)
    expect(smsSegments(70)).toBe(1)
    expect(smsSegments(71)).toBe(2)
    expect(smsSegments(134)).toBe(2)
    expect(smsSegments(135)).toBe(3)
    expect(smsSegments(201)).toBe(3)
    expect(smsSegments(202)).toBe(4)
  })
  it('should take other sizes', () => {
    expect(smsSegments(80, { singleMax: 80, segmentMax: 77 })).toBe(1)
  })
})

describe(utf8ByteLength.name, () => {
  it('should count UTF-8 bytes: 1 for ASCII, 3 for Chinese, 4 for an emoji', () => {
    expect(utf8ByteLength('a')).toBe(1)
    expect(utf8ByteLength('血')).toBe(3)
    expect(utf8ByteLength('😀')).toBe(4)
    expect(utf8ByteLength(FAMILY)).toBe(18)
  })
})
