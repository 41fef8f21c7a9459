import { describe, expect, it } from 'vitest'

import { DEFAULT_UTM_MEDIUM, findUrls, tagHtmlLinks, tagTextLinks, tagUrl, utmParamsFor, type UtmParams } from './utm'

const params: UtmParams = { source: 'weibo', medium: 'social', campaign: 'heart-day', content: '42' }
const ALL = 'utm_source=weibo&utm_medium=social&utm_campaign=heart-day&utm_content=42'

describe(tagUrl.name, () => {
  it('should add all four parameters to a bare link', () => {
    expect(tagUrl('https://h.cn/a', params)).toBe(`https://h.cn/a?${ALL}`)
    expect(tagUrl('http://h.cn', params)).toBe(`http://h.cn?${ALL}`)
  })
  it('should keep the existing query and append after it', () => {
    expect(tagUrl('https://h.cn/a?x=1', params)).toBe(`https://h.cn/a?x=1&${ALL}`)
    expect(tagUrl('https://h.cn/a?x=1&', params)).toBe(`https://h.cn/a?x=1&${ALL}`)
    expect(tagUrl('https://h.cn/a?', params)).toBe(`https://h.cn/a?${ALL}`)
  })
  it('should keep the fragment after the query', () => {
    expect(tagUrl('https://h.cn/a?x=1#part-2', params)).toBe(`https://h.cn/a?x=1&${ALL}#part-2`)
  })
  it('should never overwrite a utm parameter already present, and add the missing ones', () => {
    expect(tagUrl('https://h.cn/a?utm_source=poster&utm_campaign=spring', params)).toBe(
      'https://h.cn/a?utm_source=poster&utm_campaign=spring&utm_medium=social&utm_content=42',
    )
    const full = `https://h.cn/a?${ALL.replace('weibo', 'other')}`
    expect(tagUrl(full, params)).toBe(full)
  })
  it('should omit utm_campaign without a campaign and encode values', () => {
    expect(tagUrl('https://h.cn/', { source: 'sms', medium: 'sms', campaign: null, content: 'a b' })).toBe(
      'https://h.cn/?utm_source=sms&utm_medium=sms&utm_content=a%20b',
    )
  })
  it('should leave mailto:, tel:, anchors, relative and other schemes alone', () => {
    for (const url of ['mailto:a@h.cn', 'tel:+8610', '#refs', '/articles/x', 'ftp://h.cn/x', 'javascript:alert(1)'])
      expect(tagUrl(url, params)).toBe(url)
  })
})

describe(tagHtmlLinks.name, () => {
  it('should tag http(s) hrefs and leave the others byte for byte', () => {
    const html =
      '<p><a href="https://h.cn/a">甲</a> <a href="mailto:a@h.cn">乙</a> <a href="#x">丙</a> <a href="tel:120">丁</a></p>'
    expect(tagHtmlLinks(html, params)).toBe(
      `<p><a href="https://h.cn/a?${ALL.replace(/&/g, '&amp;')}">甲</a> <a href="mailto:a@h.cn">乙</a> <a href="#x">丙</a> <a href="tel:120">丁</a></p>`,
    )
  })
  it('should read &amp; in an href as one & and write it back escaped', () => {
    const out = tagHtmlLinks('<a href="https://h.cn/a?x=1&amp;utm_source=poster">甲</a>', params)
    expect(out).toBe(
      '<a href="https://h.cn/a?x=1&amp;utm_source=poster&amp;utm_medium=social&amp;utm_campaign=heart-day&amp;utm_content=42">甲</a>',
    )
    expect(out).not.toContain('&amp;amp;')
  })
  it('should read the &#x3D; Handlebars writes for = and single-quoted or bare hrefs', () => {
    expect(tagHtmlLinks('<a href="https://h.cn/a?x&#x3D;1">甲</a>', params)).toContain(
      'href="https://h.cn/a?x=1&amp;utm_source=weibo',
    )
    expect(tagHtmlLinks("<a class='x' href='https://h.cn/a'>甲</a>", params)).toContain(
      `href="https://h.cn/a?${ALL.replace(/&/g, '&amp;')}"`,
    )
    expect(tagHtmlLinks('<a href=https://h.cn/a>甲</a>', params)).toContain('href="https://h.cn/a?utm_source=weibo')
  })
  it('should keep the fragment and never touch text that merely looks like a link', () => {
    expect(tagHtmlLinks('<a href="https://h.cn/a#top">甲</a>', params)).toContain(`&amp;utm_content=42#top"`)
    const text = '<p>href=&quot;https://h.cn/a&quot; 与 https://h.cn/b</p>'
    expect(tagHtmlLinks(text, params)).toBe(text)
  })
})

describe(tagTextLinks.name, () => {
  it('should tag bare URLs in Chinese text without taking the characters around them', () => {
    expect(tagTextLinks('详见https://h.cn/a了解更多。', params)).toBe(`详见https://h.cn/a?${ALL}了解更多。`)
  })
  it('should leave sentence punctuation and an unopened bracket outside the URL', () => {
    expect(tagTextLinks('See https://h.cn/a. Or (https://h.cn/b)', params)).toBe(
      `See https://h.cn/a?${ALL}. Or (https://h.cn/b?${ALL})`,
    )
    expect(tagTextLinks('https://h.cn/wiki/A_(B)', params)).toBe(`https://h.cn/wiki/A_(B)?${ALL}`)
  })
  it('should tag several links and keep the ones already tagged', () => {
    const text = `甲 https://h.cn/a 乙 https://h.cn/b?utm_medium=poster`
    expect(tagTextLinks(text, params)).toBe(
      `甲 https://h.cn/a?${ALL} 乙 https://h.cn/b?utm_medium=poster&utm_source=weibo&utm_campaign=heart-day&utm_content=42`,
    )
  })
  it('should leave text without links as it is', () => {
    expect(tagTextLinks('拒收请回复R mailto:a@h.cn', params)).toBe('拒收请回复R mailto:a@h.cn')
  })
})

describe(findUrls.name, () => {
  it('should find where each URL starts and ends', () => {
    expect(findUrls('见https://h.cn/a，与http://b.cn。')).toEqual([
      { start: 1, end: 15, url: 'https://h.cn/a' },
      { start: 17, end: 28, url: 'http://b.cn' },
    ])
  })
  it('should not take a scheme without a host', () => {
    expect(findUrls('https:// 或 http://')).toEqual([])
  })
})

describe(utmParamsFor.name, () => {
  it('should use the kind as source and its default medium unless the channel sets one', () => {
    expect(utmParamsFor('sms', { distributionId: '7' })).toEqual({
      source: 'sms',
      medium: 'sms',
      campaign: null,
      content: '7',
    })
    expect(utmParamsFor('website', { medium: ' newsletter ', campaign: 'x' }).medium).toBe('newsletter')
    expect(DEFAULT_UTM_MEDIUM['wechat-article']).toBe('social')
    expect(DEFAULT_UTM_MEDIUM.email).toBe('email')
    expect(DEFAULT_UTM_MEDIUM.website).toBe('referral')
  })
})
