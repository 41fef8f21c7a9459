import { describe, expect, it } from 'vitest'

import {
  checkConstraints,
  checkVideo,
  DEFAULT_LIMITS,
  forbiddenHtml,
  limitsFor,
  spokenDuration,
  spokenSize,
  validateLimitOverrides,
} from './constraints'
import type { Rendering, VideoRef } from './types'

const review = { reviewedBy: '李主任（心内科）', lastReviewedAt: '2026-10-02' }
const chinese = (n: number) => '血'.repeat(n)
const codes = (
  kind: Parameters<typeof checkConstraints>[0],
  rendering: Pick<Rendering, 'body' | 'fields'>,
  limits = limitsFor(kind),
) => checkConstraints(kind, rendering, limits).map((v) => v.code)

const wechat = (overrides: Record<string, unknown> = {}, body = `<p style="x">审核专家：${review.reviewedBy}</p>`) => ({
  body,
  fields: {
    title: '冬季测血压',
    author: '王明',
    digest: '摘要',
    coverCrops: { wide: 'https://cdn/w.jpg', square: 'https://cdn/s.jpg' },
    review,
    ...overrides,
  },
})

describe(limitsFor.name, () => {
  it('should hold the platform defaults', () => {
    expect(DEFAULT_LIMITS['wechat-article']).toEqual({
      titleMax: 32,
      authorMax: 16,
      digestMax: 128,
      bodyMax: 19_999,
      bodyBytesMax: 1_048_575,
    })
    expect(DEFAULT_LIMITS.douyin.titleMax).toBe(30)
    expect(DEFAULT_LIMITS['wechat-channels'].titleMax).toBe(30)
    expect(DEFAULT_LIMITS.weibo).toEqual({ bodyMax: 2_000, foldAt: 140, urlWeight: 10 })
    expect(DEFAULT_LIMITS.xiaohongshu).toEqual({ titleMax: 20, bodyMax: 1_000, tagsMax: 10 })
    expect(DEFAULT_LIMITS.sms).toEqual({
      signatureMin: 2,
      signatureMax: 8,
      singleMax: 70,
      segmentMax: 67,
      segmentCap: 3,
    })
    expect(DEFAULT_LIMITS.email.titleMax).toBe(78)
    expect(DEFAULT_LIMITS.website).toEqual({})
  })
  it('should put valid overrides over the defaults and ignore the rest', () => {
    expect(limitsFor('douyin', { titleMax: 55, captionMax: -1, unknown: 3 })).toEqual({
      ...DEFAULT_LIMITS.douyin,
      titleMax: 55,
      captionMax: 1_000,
    })
    expect(limitsFor('sms', null)).toEqual(DEFAULT_LIMITS.sms)
  })
})

describe(validateLimitOverrides.name, () => {
  it('should accept known keys with positive whole numbers, and nothing at all', () => {
    expect(validateLimitOverrides('sms', { segmentCap: 5 })).toEqual([])
    expect(validateLimitOverrides('sms', null)).toEqual([])
    expect(validateLimitOverrides('website', {})).toEqual([])
  })
  it('should name unknown keys with the allowed ones', () => {
    const [problem] = validateLimitOverrides('xiaohongshu', { captionMax: 100 })
    expect(problem).toContain('captionMax')
    expect(problem).toContain('titleMax、bodyMax、tagsMax')
    expect(validateLimitOverrides('website', { titleMax: 10 })[0]).toContain('没有可调整的限制')
  })
  it('should refuse zero, negative, fractional and non-numeric values', () => {
    for (const value of [0, -3, 1.5, '30', null, Number.NaN]) {
      const problems = validateLimitOverrides('douyin', { titleMax: value })
      expect(problems, String(value)).toHaveLength(1)
      expect(problems[0]).toContain('正整数')
    }
  })
  it('should refuse a value that is not an object, an unknown kind and contradictory pairs', () => {
    expect(validateLimitOverrides('sms', [1])[0]).toContain('JSON 对象')
    expect(validateLimitOverrides('sms', 'x')[0]).toContain('JSON 对象')
    expect(validateLimitOverrides('fax', { titleMax: 1 })[0]).toContain('未知的渠道类型')
    expect(validateLimitOverrides('sms', { signatureMin: 9 })[0]).toContain('signatureMin')
    expect(validateLimitOverrides('sms', { segmentMax: 80 })[0]).toContain('segmentMax')
  })
})

describe(checkConstraints.name, () => {
  it('should pass a WeChat article within every limit', () => {
    expect(codes('wechat-article', wechat())).toEqual([])
  })
  it('should flag WeChat title, author and digest over their limits with the numbers', () => {
    const violations = checkConstraints(
      'wechat-article',
      wechat({ title: chinese(33), author: chinese(17), digest: chinese(129) }),
      limitsFor('wechat-article'),
    )
    expect(violations.map((v) => v.code)).toEqual(['title-too-long', 'author-too-long', 'digest-too-long'])
    expect(violations[0]).toMatchObject({ field: 'title', limit: 32, actual: 33 })
    expect(violations[0].message).toMatch(/^标题为 33 字，超过上限 32 字/)
  })
  it('should count an emoji title by what readers see', () => {
    expect(codes('wechat-article', wechat({ title: `${chinese(31)}👨‍👩‍👧` }))).toEqual([])
  })
  it('should flag a WeChat body of 20,000 characters and one over 1 MB', () => {
    const long = wechat({}, `<p>${review.reviewedBy}</p>${chinese(20_000)}`)
    expect(codes('wechat-article', long)).toEqual(['body-too-long'])
    const heavy = wechat({}, `<p>${review.reviewedBy}</p>${'😀'.repeat(262_144)}`)
    const violations = checkConstraints('wechat-article', heavy, limitsFor('wechat-article', { bodyMax: 1_000_000 }))
    expect(violations.map((v) => v.code)).toEqual(['body-too-large'])
    expect(violations[0].message).toContain('字节')
  })
  it('should flag a missing cover crop, external images and forbidden HTML in WeChat', () => {
    const body = `<p>${review.reviewedBy}</p><img src="https://x.cn/a.jpg"><script>x</script><p onclick="x">a</p><a href="javascript:x">b</a>`
    const violations = checkConstraints(
      'wechat-article',
      wechat({ coverCrops: { wide: 'https://cdn/w.jpg', square: null } }, body),
      limitsFor('wechat-article'),
    )
    expect(violations.map((v) => v.code)).toEqual(['cover-crop-missing', 'forbidden-html', 'external-image'])
    expect(violations[0].message).toContain('1:1')
    expect(violations[1].message).toContain('<script>')
  })
  it('should flag Douyin and WeChat Channels titles and captions', () => {
    const script = {
      body: `{"review":"${review.reviewedBy}"}`,
      fields: { title: chinese(31), caption: chinese(1_001), review },
    }
    expect(codes('douyin', script)).toEqual(['title-too-long', 'caption-too-long'])
    expect(codes('wechat-channels', script)).toEqual(['title-too-long', 'caption-too-long'])
    expect(codes('douyin', script, limitsFor('douyin', { titleMax: 40, captionMax: 2_000 }))).toEqual([])
  })
  it('should count a Weibo post by Weibo rules', () => {
    const post = (text: string) => ({ body: `${text}${review.reviewedBy}`, fields: { review } })
    expect(codes('weibo', post(chinese(1_992)))).toEqual([])
    expect(codes('weibo', post(chinese(1_993)))).toEqual(['body-too-long'])
    // Two ASCII characters count one and a link 10, however long: 1,983 + 10 + 8 = 2,001.
    expect(codes('weibo', post(`${'a'.repeat(3_966)}https://a.cn/${'x'.repeat(500)}`))).toEqual(['body-too-long'])
    expect(codes('weibo', post(`${'a'.repeat(3_964)}https://a.cn/${'x'.repeat(500)}`))).toEqual([])
  })
  it('should flag a Xiaohongshu title, note and tag count', () => {
    const note = {
      body: `{"review":"${review.reviewedBy}"}`,
      fields: { title: chinese(21), text: chinese(1_001), tags: Array.from({ length: 11 }, (_, i) => `t${i}`), review },
    }
    expect(codes('xiaohongshu', note)).toEqual(['title-too-long', 'body-too-long', 'too-many-tags'])
  })
  it('should flag SMS signatures of 0, 1 and 9 characters and accept 2 to 8', () => {
    const sms = (signature: string) => ({
      body: `【${signature}】冬季测血压 拒收请回复R`,
      fields: { signature, optOut: '拒收请回复R', marketing: true, review },
    })
    expect(codes('sms', sms('院'))).toEqual(['sms-signature-length'])
    expect(codes('sms', sms('示范医院健康宣传中'))).toEqual(['sms-signature-length'])
    expect(checkConstraints('sms', sms(''), limitsFor('sms'))[0].message).toContain('未设置短信签名')
    expect(codes('sms', sms('医院'))).toEqual([])
    expect(codes('sms', sms('示范医院健康宣传'))).toEqual([])
  })
  it('should require the SMS to start with its signature', () => {
    const sms = { body: '冬季测血压【示范医院】', fields: { signature: '示范医院', marketing: false, review } }
    expect(codes('sms', sms)).toEqual(['sms-signature-missing'])
  })
  it('should flag an SMS over its segment cap, and take a higher cap', () => {
    const sms = {
      body: `【示范医院】${chinese(195)}拒收请回复R`,
      fields: { signature: '示范医院', optOut: '拒收请回复R', marketing: true, review },
    }
    const violations = checkConstraints('sms', sms, limitsFor('sms'))
    expect(violations).toMatchObject([{ code: 'sms-too-many-segments', limit: 3, actual: 4 }])
    expect(violations[0].message).toContain('207 字')
    expect(codes('sms', sms, limitsFor('sms', { segmentCap: 4 }))).toEqual([])
  })
  it('should require the opt-out in a marketing SMS only', () => {
    const sms = (optOut: string | null, body: string, marketing = true) => ({
      body,
      fields: { signature: '医院', optOut, marketing, review },
    })
    expect(codes('sms', sms(null, '【医院】提醒'))).toEqual(['sms-opt-out-missing'])
    expect(codes('sms', sms('拒收请回复R', '【医院】提醒'))).toEqual(['sms-opt-out-missing'])
    expect(codes('sms', sms(null, '【医院】提醒', false))).toEqual([])
  })
  it('should flag an email subject over 78 and forbidden HTML in its HTML part', () => {
    const email = {
      body: 'MIME',
      fields: { subject: chinese(79), html: `<p>${review.reviewedBy}</p><iframe src="x"></iframe>`, text: '', review },
    }
    expect(codes('email', email)).toEqual(['title-too-long', 'forbidden-html'])
    expect(checkConstraints('email', email, limitsFor('email'))[0].field).toBe('subject')
  })
  it('should require reviewer attribution in every kind, and in the output itself where it fits', () => {
    expect(codes('website', { body: '{}', fields: { review: { reviewedBy: null } } })).toEqual([
      'missing-review-attribution',
    ])
    expect(codes('website', { body: '{}', fields: { review } })).toEqual(['missing-review-attribution'])
    expect(codes('website', { body: JSON.stringify({ r: review.reviewedBy }), fields: { review } })).toEqual([])
    // SMS carries it in fields when the text has no room.
    expect(codes('sms', { body: '【医院】提醒', fields: { signature: '医院', marketing: false, review } })).toEqual([])
    expect(codes('sms', { body: '【医院】提醒', fields: { signature: '医院', marketing: false, review: {} } })).toEqual(
      ['missing-review-attribution'],
    )
  })
  it('should require the disclosure label in the output when the piece has one', () => {
    const web = (body: string) => ({ body, fields: { review, disclosure: '广告' } })
    expect(codes('webhook', web(`${review.reviewedBy}`))).toEqual(['disclosure-missing'])
    expect(codes('webhook', web(`【广告】${review.reviewedBy}`))).toEqual([])
  })
})

describe(forbiddenHtml.name, () => {
  it('should find forbidden tags, handlers and script URLs but not escaped text', () => {
    expect(
      forbiddenHtml('<style>a{}</style><link rel="x"><form></form><p onload="x"></p><img src="javascript:x">'),
    ).toEqual(['<style>', '<link>', '<form>', 'on…=', 'javascript:'])
    expect(forbiddenHtml('<p>&lt;script&gt; onclick= javascript:</p>')).toEqual([])
  })
})

describe(checkVideo.name, () => {
  // The probe results of a 320×568 clip, as the upload stored them.
  const clip = (overrides: Partial<VideoRef> = {}): VideoRef => ({
    id: '7',
    alt: '测血压演示',
    url: 'https://cms/media/clip.mp4',
    mimeType: 'video/mp4',
    bytes: 34_000,
    durationSeconds: 2,
    width: 320,
    height: 568,
    codec: 'h264',
    aspect: '9:16',
    poster: null,
    captions: null,
    ...overrides,
  })
  const videoCodes = (kind: Parameters<typeof checkVideo>[0], video: VideoRef | null, limits = limitsFor(kind)) =>
    checkVideo(kind, video, limits).map((v) => v.code)

  it('should hold the assumed platform defaults, overridable like the other limits', () => {
    expect(DEFAULT_LIMITS.douyin).toMatchObject({ videoSecondsMax: 900, videoBytesMax: 4 * 1024 ** 3 })
    expect(DEFAULT_LIMITS['wechat-channels']).toMatchObject({ videoSecondsMax: 3_600, videoBytesMax: 4 * 1024 ** 3 })
    expect(validateLimitOverrides('douyin', { videoSecondsMax: 60, videoAspectTolerance: 1 })).toEqual([])
    expect(validateLimitOverrides('douyin', { videoSecondsMax: 1.5 })[0]).toContain('正整数')
    expect(validateLimitOverrides('weibo', { videoSecondsMax: 60 })[0]).toContain('videoSecondsMax')
  })
  it('should pass a short vertical clip on both video channels, and check nothing without a video', () => {
    expect(videoCodes('douyin', clip())).toEqual([])
    expect(videoCodes('wechat-channels', clip())).toEqual([])
    expect(videoCodes('douyin', null)).toEqual([])
  })
  it('should check nothing on channels without video rules', () => {
    expect(videoCodes('website', clip({ durationSeconds: 99_999, width: 1000, height: 10 }))).toEqual([])
    expect(videoCodes('wechat-article', clip({ durationSeconds: 99_999 }))).toEqual([])
  })
  it('should flag a video over the duration limit with both durations in words', () => {
    const [violation] = checkVideo('douyin', clip({ durationSeconds: 900.4 }), limitsFor('douyin'))
    expect(violation).toMatchObject({ code: 'video-too-long', field: 'video', limit: 900, actual: 900.4 })
    expect(violation.message).toBe(
      '视频时长 15 分 1 秒，超过上限 15 分钟 / the video runs 15 min 1 s, over the limit of 15 min',
    )
    expect(videoCodes('wechat-channels', clip({ durationSeconds: 900.4 }))).toEqual([])
    expect(videoCodes('wechat-channels', clip({ durationSeconds: 3_601 }))).toEqual(['video-too-long'])
    expect(videoCodes('douyin', clip({ durationSeconds: 61 }), limitsFor('douyin', { videoSecondsMax: 60 }))).toEqual([
      'video-too-long',
    ])
  })
  it('should flag a video file over the size limit', () => {
    const limits = limitsFor('wechat-channels', { videoBytesMax: 30_000 })
    const [violation] = checkVideo('wechat-channels', clip(), limits)
    expect(violation).toMatchObject({ code: 'video-too-large', limit: 30_000, actual: 34_000 })
    expect(violation.message).toContain('视频文件 34000 字节，超过上限 30000 字节')
    expect(videoCodes('douyin', clip({ bytes: 5 * 1024 ** 3 }))).toEqual(['video-too-large'])
  })
  it('should accept Douyin frames near 9:16, 16:9 or 1:1 only, within the tolerance', () => {
    expect(videoCodes('douyin', clip({ width: 1920, height: 1080 }))).toEqual([])
    expect(videoCodes('douyin', clip({ width: 1080, height: 1080 }))).toEqual([])
    // 2 % off 9:16 is still 9:16; 4:3 is none of them.
    expect(videoCodes('douyin', clip({ width: 1080, height: 1880 }))).toEqual([])
    const [violation] = checkVideo('douyin', clip({ width: 1440, height: 1080 }), limitsFor('douyin'))
    expect(violation.code).toBe('video-aspect')
    expect(violation.message).toContain('视频画面比例为 4:3（1440×1080），该渠道只接受 9:16、16:9、1:1')
    expect(
      videoCodes('douyin', clip({ width: 1080, height: 1880 }), limitsFor('douyin', { videoAspectTolerance: 1 })),
    ).toEqual(['video-aspect'])
  })
  it('should accept any WeChat Channels frame from vertical 9:16 to horizontal 16:9', () => {
    for (const [width, height] of [
      [1080, 1920],
      [1080, 1260],
      [1440, 1080],
      [1920, 1080],
    ])
      expect(videoCodes('wechat-channels', clip({ width, height })), `${width}×${height}`).toEqual([])
    expect(videoCodes('wechat-channels', clip({ width: 2560, height: 1080 }))).toEqual(['video-aspect'])
    expect(videoCodes('wechat-channels', clip({ width: 540, height: 1200 }))).toEqual(['video-aspect'])
  })
  it('should flag a video without probe results instead of letting it through unchecked', () => {
    expect(videoCodes('douyin', clip({ durationSeconds: null }))).toEqual(['video-unchecked'])
  })
  it('should report every broken rule at once', () => {
    expect(
      videoCodes('douyin', clip({ durationSeconds: 1_000, bytes: 5 * 1024 ** 3, width: 1440, height: 1080 })),
    ).toEqual(['video-too-long', 'video-too-large', 'video-aspect'])
  })
})

describe(spokenDuration.name, () => {
  it('should say a duration the way people do', () => {
    expect(spokenDuration(900)).toEqual({ zh: '15 分钟', en: '15 min' })
    expect(spokenDuration(3_600)).toEqual({ zh: '1 小时', en: '1 h' })
    expect(spokenDuration(3_725)).toEqual({ zh: '1 小时 2 分 5 秒', en: '1 h 2 min 5 s' })
    expect(spokenDuration(2)).toEqual({ zh: '2 秒', en: '2 s' })
  })
})

describe(spokenSize.name, () => {
  it('should say a size in bytes, MB or GB', () => {
    expect(spokenSize(1000).zh).toBe('1000 字节')
    expect(spokenSize(200 * 1024 * 1024).en).toBe('200.0 MB')
    expect(spokenSize(4 * 1024 ** 3).en).toBe('4.0 GB')
  })
})
