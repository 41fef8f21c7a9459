import { describe, expect, it } from 'vitest'

import { ERROR_MESSAGES, errorMessage, pickLanguage } from './messages'

describe(pickLanguage.name, () => {
  it('should answer in Chinese unless English comes first', () => {
    expect(pickLanguage(undefined)).toBe('zh')
    expect(pickLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh')
    expect(pickLanguage('en-US,en;q=0.9')).toBe('en')
    expect(pickLanguage('en')).toBe('en')
    expect(pickLanguage('fr-FR')).toBe('zh')
  })
})

describe(errorMessage.name, () => {
  it('should fill in parameters', () => {
    expect(errorMessage('upload-too-large', 'en', { size: 5, limit: 4 })).toBe(
      'The file is too large (5 bytes); the limit is 4 bytes.',
    )
  })
  it('should have a Chinese and an English text for every code', () => {
    for (const [code, texts] of Object.entries(ERROR_MESSAGES)) {
      expect(texts.zh, code).toMatch(/[\u4e00-\u9fff]/)
      expect(texts.en, code).toMatch(/[a-z]/)
    }
  })
})
