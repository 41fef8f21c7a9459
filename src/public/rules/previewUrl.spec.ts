import { describe, expect, it } from 'vitest'

import { previewUrl } from './previewUrl'

const TEMPLATE = 'https://www.hospital.example/{locale}/{collection}/{slug}?preview=1'

describe(previewUrl.name, () => {
  it('should fill every placeholder, URL-encoded', () => {
    expect(previewUrl(TEMPLATE, { locale: 'zh-CN', collection: 'articles', slug: '高血压 监测' })).toBe(
      'https://www.hospital.example/zh-CN/articles/%E9%AB%98%E8%A1%80%E5%8E%8B%20%E7%9B%91%E6%B5%8B?preview=1',
    )
    expect(previewUrl('https://site/{collection}/{id}', { locale: 'en', collection: 'patient-stories', id: 7 })).toBe(
      'https://site/patient-stories/7',
    )
  })

  it('should give no preview without a template', () => {
    expect(previewUrl('', { locale: 'zh-CN', collection: 'articles', slug: 'a' })).toBeNull()
    expect(previewUrl('   ', { locale: 'zh-CN', collection: 'articles', slug: 'a' })).toBeNull()
  })

  it('should give no preview while a placeholder it needs has no value', () => {
    expect(previewUrl(TEMPLATE, { locale: 'zh-CN', collection: 'articles', slug: null })).toBeNull()
    expect(previewUrl('https://site/{id}', { locale: 'en', collection: 'articles' })).toBeNull()
  })

  it('should keep a slug from breaking out of its path segment', () => {
    expect(previewUrl(TEMPLATE, { locale: 'en', collection: 'articles', slug: '../admin?x=1' })).toBe(
      'https://www.hospital.example/en/articles/..%2Fadmin%3Fx%3D1?preview=1',
    )
  })
})
