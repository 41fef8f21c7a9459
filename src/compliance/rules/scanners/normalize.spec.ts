import { describe, expect, it } from 'vitest'

import { normalizeForMatching, toOriginalSpan, toSimplified } from './normalize'

describe(normalizeForMatching.name, () => {
  it('should fold full-width letters, digits and punctuation and lower-case them', () => {
    expect(normalizeForMatching('ＮＯ．１　１００％，ＡＢＣ').normalized).toBe('no.1 100%,abc')
  })

  it('should convert traditional characters to simplified ones', () => {
    expect(normalizeForMatching('藥到病除，無副作用，醫院療效').normalized).toBe('药到病除,无副作用,医院疗效')
  })

  it('should remove spaces, hyphens, dots and zero-width characters between CJK characters', () => {
    for (const text of ['包 治', '包-治', '包·治', '包\u200b治', '包 - 治', '包＿治', '包　治', '包“治']) {
      expect(normalizeForMatching(text).normalized).toBe('包治')
    }
  })

  it('should keep separators that do not stand between two CJK characters', () => {
    expect(normalizeForMatching('010-12345678').normalized).toBe('010-12345678')
    expect(normalizeForMatching('服用 500 mg').normalized).toBe('服用 500 mg')
    expect(normalizeForMatching('130/85mmHg').normalized).toBe('130/85mmhg')
  })

  it('should keep line breaks and sentence punctuation between CJK characters', () => {
    expect(normalizeForMatching('无法根治\n治疗').normalized).toBe('无法根治\n治疗')
    expect(normalizeForMatching('控制。治疗').normalized).toBe('控制。治疗')
  })

  it('should map every normalized index to its original index, with one extra entry for the end', () => {
    const text = '包 治\u200b百病'
    const { normalized, toOriginal } = normalizeForMatching(text)
    expect(normalized).toBe('包治百病')
    expect(toOriginal).toEqual([0, 2, 4, 5, 6])
    for (let i = 0; i < normalized.length; i++) {
      expect(normalizeForMatching(text[toOriginal[i]]).normalized).toBe(normalized[i])
    }
  })

  it('should map characters that expand under NFKC to the same original index', () => {
    const { normalized, toOriginal } = normalizeForMatching('剂量5㎎')
    expect(normalized).toBe('剂量5mg')
    expect(toOriginal).toEqual([0, 1, 2, 3, 3, 4])
  })

  it('should keep characters outside the BMP mapped to their original index', () => {
    const text = '𠀀包治'
    const { normalized, toOriginal } = normalizeForMatching(text)
    expect(normalized).toBe('𠀀包治')
    expect(toOriginal).toEqual([0, 0, 2, 3, 4])
  })
})

describe(toOriginalSpan.name, () => {
  it('should cover the whole original text of a normalized span, separators inside included', () => {
    const text = '请勿相信包 - 治百病的广告'
    const norm = normalizeForMatching(text)
    const at = norm.normalized.indexOf('包治百病')
    const span = toOriginalSpan(text, norm, at, at + 4)
    expect(text.slice(span.start, span.end)).toBe('包 - 治百病')
  })

  it('should end after the whole original character when a match ends inside an expanded one', () => {
    const text = '5㎎'
    const norm = normalizeForMatching(text)
    const span = toOriginalSpan(text, norm, 0, 2)
    expect(text.slice(span.start, span.end)).toBe('5㎎')
  })
})

describe(toSimplified.name, () => {
  it('should convert character by character', () => {
    expect(toSimplified('陳小華')).toBe('陈小华')
    expect(toSimplified('陈小华')).toBe('陈小华')
  })
})
