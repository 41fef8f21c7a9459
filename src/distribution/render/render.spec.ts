import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CHANNEL_KINDS, type ChannelKind } from '../rules/vocabulary'
import { graphemeLength, weiboLength } from '../rules/length'
import type { ChannelSettings, RenderInput, Rendering } from '../rules/types'
import { createRenderer } from './index'
import { sampleChannel, sampleRenderInput } from './sample'
import { createTemplateStore } from './templates'

const TEMPLATES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../templates')
const renderer = createRenderer({ templatesDir: TEMPLATES })
const render = (kind: ChannelKind, input: Partial<RenderInput> = {}, channel: Partial<ChannelSettings> = {}) =>
  renderer.render(sampleRenderInput(input), sampleChannel(kind, channel))
const codes = (rendering: Rendering) => rendering.violations.map((v) => v.code)

/** What a reader of the channel gets as text: the delivered body, or an email's two parts. */
const readable = (kind: ChannelKind, rendering: Rendering) =>
  kind === 'email' ? `${String(rendering.fields.html)}\n${String(rendering.fields.text)}` : rendering.body

const text = (t: string) => ({ type: 'text', text: t, format: 0 })
const paragraphs = (...texts: string[]) => ({
  root: { type: 'root', children: texts.map((t) => ({ type: 'paragraph', children: [text(t)] })) },
})

const SOCIAL: ChannelKind[] = ['wechat-article', 'wechat-channels', 'douyin', 'weibo', 'xiaohongshu']

describe(createRenderer.name, () => {
  it('should render the sample article for every kind with no violations', async () => {
    const expected: Record<ChannelKind, [string, string]> = {
      'wechat-article': ['text/html', 'html'],
      'wechat-channels': ['application/json', 'json'],
      douyin: ['application/json', 'json'],
      weibo: ['text/plain; charset=utf-8', 'txt'],
      xiaohongshu: ['application/json', 'json'],
      sms: ['text/plain; charset=utf-8', 'txt'],
      email: ['message/rfc822', 'eml'],
      website: ['application/json', 'json'],
      webhook: ['application/json', 'json'],
    }
    for (const kind of CHANNEL_KINDS) {
      const rendering = await render(kind)
      expect([rendering.contentType, rendering.ext], kind).toEqual(expected[kind])
      expect(rendering.violations, kind).toEqual([])
      if (rendering.contentType === 'application/json') expect(() => JSON.parse(rendering.body), kind).not.toThrow()
    }
  })

  describe('escaping', () => {
    const evil = '<script>alert(1)</script>'
    const input: Partial<RenderInput> = {
      title: `${evil}冬季血压`,
      summary: `摘要${evil}`,
      body: {
        root: {
          type: 'root',
          children: [
            { type: 'heading', tag: 'h2', children: [text(evil)] },
            { type: 'paragraph', children: [text(`正文${evil}`)] },
          ],
        },
      },
      authors: [{ name: `王${evil}`, title: evil, department: evil }],
      topics: [`话题${evil}`],
      references: [
        { title: `指南${evil}`, source: evil, url: 'javascript:alert(1)', guideline: evil, accessedAt: null },
      ],
      disclosure: `广告${evil}`,
      pseudonym: `患者${evil}`,
      review: { reviewedBy: `李主任${evil}`, lastReviewedAt: '2026-10-01T17:30:00.000Z', reviewExpiresAt: null },
    }
    for (const kind of CHANNEL_KINDS) {
      it(`should never let a <script> through in ${kind}`, async () => {
        const rendering = await render(kind, input)
        for (const output of [rendering.body, JSON.stringify(rendering.fields)]) {
          expect(output).not.toMatch(/<script/i)
          expect(output).not.toContain('javascript:')
        }
      })
    }
  })

  describe('attribution, date, references and disclosure', () => {
    for (const kind of CHANNEL_KINDS) {
      it(`should carry them in ${kind}`, async () => {
        const rendering = await render(kind, { disclosure: '广告', kol: { name: '健康达人', paid: true } })
        const out = readable(kind, rendering)
        // 2026-10-01T17:30Z is already 2 October in Shanghai.
        expect(rendering.fields.review).toMatchObject({
          reviewedBy: '李华主任（心血管内科）',
          lastReviewedAt: '2026-10-02',
          reviewExpiresAt: '2027-10-02',
        })
        expect(out).toContain('广告')
        if (kind === 'sms') {
          expect(out).toMatch(/^【示范医院】【广告】/)
          return
        }
        expect(out).toContain('李华主任（心血管内科）')
        expect(out).toContain('2026-10-02')
        expect(out).toContain('中国高血压防治指南')
        expect(out).toContain('家庭血压监测中国专家共识')
        if (SOCIAL.includes(kind)) {
          // Seen first: before the article's own words.
          expect(out.indexOf('广告'), kind).toBeLessThan(out.indexOf('进入冬季'))
        }
      })
    }
    it('should leave the disclosure out when the piece has none', async () => {
      for (const kind of CHANNEL_KINDS) expect(readable(kind, await render(kind)), kind).not.toContain('广告')
    })
    it('should flag a template that drops the attribution or the disclosure', async () => {
      const dir = copyTemplates()
      fs.writeFileSync(path.join(dir, 'wechat-article', 'body.html.hbs'), '<section>{{{bodyHtml}}}</section>')
      const bare = await createRenderer({ templatesDir: dir }).render(
        sampleRenderInput({ disclosure: '广告' }),
        sampleChannel('wechat-article'),
      )
      expect(codes(bare)).toEqual(['missing-review-attribution', 'disclosure-missing'])
    })
    it('should flag content nobody reviewed', async () => {
      const rendering = await render('website', {
        review: { reviewedBy: null, lastReviewedAt: null, reviewExpiresAt: null },
      })
      expect(codes(rendering)).toEqual(['missing-review-attribution'])
    })
  })

  describe('UTM tagging', () => {
    const UTM = 'utm_campaign=winter-heart-2026&utm_content=5001'
    for (const kind of CHANNEL_KINDS) {
      it(`should tag the links in ${kind} without overwriting existing parameters`, async () => {
        const rendering = await render(kind)
        const out = readable(kind, rendering).replace(/&amp;/g, '&')
        if (kind === 'xiaohongshu') {
          // The note carries no links at all (the app does not follow them).
          expect(out).not.toContain('https://www.example-hospital.cn/guides')
          return
        }
        // Video scripts and SMS link the article; the Weibo excerpt ends before the guide link.
        const guide =
          kind === 'sms' || kind === 'wechat-channels' || kind === 'douyin' || kind === 'weibo'
            ? 'https://www.example-hospital.cn/articles/winter-home-blood-pressure?'
            : 'https://www.example-hospital.cn/guides/home-bp?from=article&'
        expect(out).toContain(`${guide}utm_source=${kind}&utm_medium=`)
        expect(out).toContain(UTM)
      })
    }
    it('should keep a utm parameter the editor set and omit the campaign when there is none', async () => {
      const body = {
        root: {
          children: [
            {
              type: 'paragraph',
              children: [
                { type: 'link', fields: { url: 'https://h.cn/x?utm_source=poster#top' }, children: [text('链接')] },
              ],
            },
          ],
        },
      }
      const rendering = await render('website', { body, campaign: null })
      const html = String(rendering.fields.bodyHtml)
      expect(html).toContain('href="https://h.cn/x?utm_source=poster&amp;utm_medium=referral&amp;utm_content=5001#top"')
      expect(html).not.toContain('utm_campaign')
    })
    it('should use the channel’s medium over the kind’s default', async () => {
      const rendering = await render('weibo', {}, { utmMedium: 'kol' })
      expect(rendering.body).toContain('utm_source=weibo&utm_medium=kol&')
    })
  })

  describe('limits', () => {
    const long = '冬'.repeat(100)
    it('should flag a title too long for every kind that limits titles', async () => {
      for (const [kind, limit] of [
        ['wechat-article', 32],
        ['wechat-channels', 30],
        ['douyin', 30],
        ['xiaohongshu', 20],
        ['email', 78],
      ] as const) {
        const ok = await render(kind, { title: '冬'.repeat(limit) })
        expect(codes(ok), kind).toEqual([])
        const over = await render(kind, { title: '冬'.repeat(limit + 1) })
        expect(over.violations, kind).toMatchObject([{ code: 'title-too-long', limit, actual: limit + 1 }])
      }
    })
    it('should let a channel override change the outcome', async () => {
      expect(codes(await render('xiaohongshu', { title: long.slice(0, 25) }))).toEqual(['title-too-long'])
      expect(codes(await render('xiaohongshu', { title: long.slice(0, 25) }, { limits: { titleMax: 30 } }))).toEqual([])
      expect(codes(await render('sms', { title: long }))).toEqual(['sms-too-many-segments'])
      expect(codes(await render('sms', { title: long }, { limits: { segmentCap: 4 } }))).toEqual([])
    })
    it('should flag a WeChat body over 20,000 characters', async () => {
      const rendering = await render('wechat-article', {
        body: paragraphs(...Array.from({ length: 100 }, () => '测'.repeat(200))),
      })
      expect(graphemeLength(rendering.body)).toBeGreaterThan(20_000)
      expect(codes(rendering)).toEqual(['body-too-long'])
    })
    it('should flag an SMS over its segment cap', async () => {
      const rendering = await render('sms', { title: long })
      expect(rendering.fields.segments).toBe(4)
      expect(rendering.violations).toMatchObject([{ code: 'sms-too-many-segments', limit: 3, actual: 4 }])
    })
    it('should flag an SMS signature of 1 or 9 characters, or none', async () => {
      for (const signature of ['院', '示范医院健康宣传中', null]) {
        expect(
          codes(
            await render(
              'sms',
              {},
              { sms: { signature, optOut: '拒收请回复R', marketing: true, timezone: 'Asia/Shanghai' } },
            ),
          ),
          String(signature),
        ).toEqual(['sms-signature-length'])
      }
    })
    it('should flag a marketing SMS without opt-out, and not a service one', async () => {
      const sms = (marketing: boolean) => ({
        sms: { signature: '示范医院', optOut: null, marketing, timezone: 'Asia/Shanghai' },
      })
      expect(codes(await render('sms', {}, sms(true)))).toEqual(['sms-opt-out-missing'])
      expect(codes(await render('sms', {}, sms(false)))).toEqual([])
    })
    it('should flag a WeChat cover without both crops', async () => {
      expect(codes(await render('wechat-article', { cover: null }))).toEqual([
        'cover-crop-missing',
        'cover-crop-missing',
      ])
    })
  })

  describe('per kind', () => {
    it('should give WeChat inline styles, no classes, no external images, and the fields its draft API needs', async () => {
      const rendering = await render('wechat-article', { summary: null })
      expect(rendering.body).not.toMatch(/<(script|iframe|style|link|form)\b|class=|\ssrc=/)
      for (const [, tag, attributes] of rendering.body.matchAll(
        /<(p|h[1-6]|ul|ol|li|blockquote|section|img)\b([^>]*)>/g,
      ))
        expect(attributes, tag).toContain('style="')
      expect(rendering.body).toContain('<img data-media-id="media-201" alt="上臂式电子血压计的正确佩戴位置"')
      expect(rendering.fields).toMatchObject({
        title: '冬季如何在家科学监测血压',
        author: '王明',
        coverCrops: {
          wide: 'https://cdn.example-hospital.cn/media/bp-cover-900x383.jpg',
          square: 'https://cdn.example-hospital.cn/media/bp-cover-500x500.jpg',
        },
        uploads: [{ mediaId: 'media-201', url: 'https://cdn.example-hospital.cn/media/bp-cuff.jpg' }],
      })
      // No summary: the first 54 characters of the body.
      expect(String(rendering.fields.digest)).toMatch(/^进入冬季，门诊里因为血压波动来复诊的患者明显增多。/)
      expect(graphemeLength(String(rendering.fields.digest))).toBe(54)
    })
    for (const kind of ['douyin', 'wechat-channels'] as const) {
      it(`should write a ${kind} script with open #topics and shots from the body`, async () => {
        const rendering = await render(kind, { disclosure: '广告' })
        const script = JSON.parse(rendering.body)
        expect(script.title).toBe('冬季如何在家科学监测血压')
        expect(script.caption).toMatch(/^【广告】/)
        expect(script.caption).toContain('#高血压 #冬季健康')
        expect(script.caption).not.toMatch(/#高血压#/)
        expect(script.shots[0]).toMatchObject({ n: 1 })
        expect(script.shots[0].visual).toContain('广告')
        expect(
          script.shots.some((s: { visual: string; narration: string }) =>
            s.visual.includes('一、为什么冬天血压容易升高'),
          ),
        ).toBe(true)
        expect(script.shots.at(-1).narration).toContain('李华主任（心血管内科）')
        for (const shot of script.shots) expect(shot.seconds).toBeGreaterThanOrEqual(2)
        expect(script.totalSeconds).toBe(
          script.shots.reduce((sum: number, s: { seconds: number }) => sum + s.seconds, 0),
        )
        expect(rendering.fields.shots).toEqual(script.shots)
      })
    }
    it("should hand over the piece's video with a short-video script and check the file against the channel", async () => {
      const video = {
        id: '31',
        alt: '家庭血压测量演示',
        url: 'https://cms.example-hospital.cn/api/media/file/bp.mp4',
        mimeType: 'video/mp4',
        bytes: 52_000_000,
        durationSeconds: 1_000,
        width: 1080,
        height: 1920,
        codec: 'h264',
        aspect: '9:16',
        poster: null,
        captions: [{ start: 1, end: 2, text: '测量前<b>静坐</b>五分钟' }],
      }
      const douyin = await render('douyin', { video })
      expect(JSON.parse(douyin.body).video).toMatchObject({ url: video.url, durationSeconds: 1_000, aspect: '9:16' })
      // Captions travel as inert text, like every string a hospital user typed.
      expect(JSON.parse(douyin.body).video.captions).toEqual([
        { start: 1, end: 2, text: '测量前＜b＞静坐＜/b＞五分钟' },
      ])
      expect(JSON.parse((await render('webhook', { video })).body).video).toMatchObject({ durationSeconds: 1_000 })
      expect(codes(douyin)).toEqual(['video-too-long'])
      expect(codes(await render('wechat-channels', { video }))).toEqual([])
      expect(JSON.parse((await render('douyin')).body)).not.toHaveProperty('video')
    })
    it('should fit a Weibo post into 2,000 and say where it folds', async () => {
      const rendering = await render('weibo', {
        body: paragraphs(...Array.from({ length: 30 }, (_, i) => `第${i + 1}段。${'测'.repeat(100)}。`)),
      })
      expect(weiboLength(rendering.body)).toBeLessThanOrEqual(2_000)
      expect(rendering.body).toContain('……（节选）')
      expect(rendering.body).toContain('阅读全文：https://www.example-hospital.cn/articles/winter-home-blood-pressure?')
      expect(rendering.body).toContain('李华主任（心血管内科）')
      const foldAt = rendering.fields.foldAt as number
      expect(rendering.fields.foldPreview).toBe(rendering.body.slice(0, foldAt))
      expect(weiboLength(rendering.body.slice(0, foldAt))).toBeLessThanOrEqual(140)
      expect(weiboLength(rendering.body.slice(0, foldAt + 1))).toBeGreaterThan(140)
      expect(rendering.body).toMatch(/^#高血压# #冬季健康# /)
    })
    it('should write a Xiaohongshu note within 1,000 characters with its tags', async () => {
      const rendering = await render('xiaohongshu')
      const note = JSON.parse(rendering.body)
      expect(graphemeLength(note.body)).toBeLessThanOrEqual(1_000)
      expect(note.tags).toEqual(['高血压', '冬季健康'])
      expect(note.body).toContain('#高血压 #冬季健康')
      expect(note.images[0]).toEqual({
        mediaId: 'media-200',
        url: 'https://cdn.example-hospital.cn/media/bp-cover-600x800.jpg',
        alt: '家庭血压测量示意图',
      })
      const many = await render('xiaohongshu', { topics: Array.from({ length: 11 }, (_, i) => `话题${i}`) })
      expect(codes(many)).toEqual(['too-many-tags'])
    })
    it('should start an SMS with the signature and end a marketing one with the opt-out', async () => {
      const rendering = await render('sms')
      expect(rendering.body).toMatch(/^【示范医院】冬季如何在家科学监测血压/)
      expect(rendering.body).toMatch(/ 拒收请回复R$/)
      expect(rendering.fields).toMatchObject({
        signature: '示范医院',
        segments: 3,
        length: rendering.body.length,
        marketing: true,
      })
      const service = await render(
        'sms',
        {},
        { sms: { signature: '【示范医院】', optOut: '拒收请回复R', marketing: false, timezone: 'Asia/Shanghai' } },
      )
      expect(service.body).toMatch(/^【示范医院】/)
      expect(service.body).not.toContain('拒收')
    })
    it('should keep the reviewer in the SMS only when it costs no extra segment', async () => {
      const short = await render('sms', { url: null, title: '冬季测血压提醒' })
      expect(short.body).toBe('【示范医院】冬季测血压提醒（李华主任（心血管内科）审核）。拒收请回复R')
      expect(short.fields.attributionInText).toBe(true)
      const tight = await render('sms', { url: null, title: '冬'.repeat(50) })
      expect(tight.body).not.toContain('李华主任')
      expect(tight.fields.segments).toBe(1)
      expect(tight.fields.review).toMatchObject({ reviewedBy: '李华主任（心血管内科）' })
    })
    it('should build a real MIME message with an HTML and a text part, the same bytes each time', async () => {
      const rendering = await render('email', { disclosure: '广告' })
      expect(rendering.body).toMatch(/^Content-Type: multipart\/alternative;/m)
      expect(rendering.body).toMatch(/^Content-Type: text\/plain; charset=utf-8/m)
      expect(rendering.body).toMatch(/^Content-Type: text\/html; charset=utf-8/m)
      expect(rendering.body).toMatch(/^Subject: =\?UTF-8\?/m)
      expect(rendering.body).toMatch(/^Message-ID: <[0-9a-f]{24}@www\.example-hospital\.cn>/m)
      expect(rendering.fields.subject).toBe('【广告】冬季如何在家科学监测血压')
      expect(String(rendering.fields.html)).toMatch(/^<!DOCTYPE html>/)
      expect(String(rendering.fields.text)).toContain('审核专家：李华主任（心血管内科）')
      expect((await render('email', { disclosure: '广告' })).body).toBe(rendering.body)
    })
    for (const kind of ['website', 'webhook'] as const) {
      it(`should give ${kind} a JSON document for front-ends`, async () => {
        const doc = JSON.parse((await render(kind)).body)
        expect(doc).toMatchObject({
          collection: 'articles',
          id: '1024',
          title: '冬季如何在家科学监测血压',
          summary: '气温下降时血压容易波动，规律测量、正确记录，比“感觉”更可靠。',
          authors: [{ name: '王明', title: '主任医师', department: '心血管内科' }],
          review: {
            reviewedBy: '李华主任（心血管内科）',
            lastReviewedAt: '2026-10-02',
            text: '审核专家：李华主任（心血管内科），审核日期：2026-10-02',
          },
          disclosure: null,
          topics: ['高血压', '冬季健康'],
          url: 'https://www.example-hospital.cn/articles/winter-home-blood-pressure',
          publishedAt: '2026-10-08T01:00:00.000Z',
          versionHash: sampleRenderInput().versionHash,
        })
        expect(doc.html).toMatch(/^<article>/)
        expect(doc.html).not.toContain('style=')
        expect(doc.bodyHtml).toContain('<img src="https://cdn.example-hospital.cn/media/bp-cuff.jpg"')
        expect(doc.text).toContain('进入冬季')
        expect(doc.references).toHaveLength(2)
        expect(doc.cover.sizes.wechat).toBe('https://cdn.example-hospital.cn/media/bp-cover-900x383.jpg')
      })
    }
    it('should refuse a kind it does not know', async () => {
      await expect(renderer.render(sampleRenderInput(), sampleChannel('fax' as ChannelKind))).rejects.toThrow(
        /unknown channel kind/,
      )
    })
  })
})

const tempDirs: string[] = []
const copyTemplates = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'templates-'))
  fs.cpSync(TEMPLATES, dir, { recursive: true })
  tempDirs.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true })
})

describe(createTemplateStore.name, () => {
  let dir: string
  beforeAll(() => {
    dir = copyTemplates()
  })
  const touch = (file: string, content: string, secondsAhead: number) => {
    fs.writeFileSync(file, content)
    // Set the mtime explicitly: two writes within the clock's resolution must still count as a change.
    const at = new Date(Date.now() + secondsAhead * 1000)
    fs.utimesSync(file, at, at)
  }

  it('should show an edited template and an edited shared partial in the next render', async () => {
    const local = createRenderer({ templatesDir: dir })
    const first = await local.render(sampleRenderInput(), sampleChannel('weibo'))
    expect(first.body).not.toContain('【本院健康号】')
    const post = path.join(dir, 'weibo', 'post.txt.hbs')
    touch(post, `【本院健康号】${fs.readFileSync(post, 'utf8')}`, 10)
    const second = await local.render(sampleRenderInput(), sampleChannel('weibo'))
    expect(second.body).toMatch(/^【本院健康号】/)

    const review = path.join(dir, '_shared', 'review-text.hbs')
    touch(review, fs.readFileSync(review, 'utf8').replace('审核专家：', '医学审核：'), 20)
    const third = await local.render(sampleRenderInput(), sampleChannel('weibo'))
    expect(third.body).toContain('医学审核：李华主任（心血管内科）')
    expect(third.body).not.toContain('审核专家：')
  })

  it('should pick up a partial added to a kind, overriding the shared one', async () => {
    const local = createRenderer({ templatesDir: dir })
    expect((await local.render(sampleRenderInput(), sampleChannel('email'))).fields.text).not.toContain('邮件专用提示')
    fs.mkdirSync(path.join(dir, 'email', 'partials'), { recursive: true })
    touch(path.join(dir, 'email', 'partials', 'notice-text.hbs'), '邮件专用提示', 30)
    expect((await local.render(sampleRenderInput(), sampleChannel('email'))).fields.text).toContain('邮件专用提示')
  })

  it('should refuse a template that outputs user text unescaped', async () => {
    const local = createRenderer({ templatesDir: dir })
    touch(path.join(dir, 'sms', 'message.txt.hbs'), '{{{title}}}', 40)
    await expect(local.render(sampleRenderInput(), sampleChannel('sms'))).rejects.toThrow(/\{\{\{title\}\}\}/)
    touch(path.join(dir, '_site', 'body.html.hbs'), '<article>{{{summary}}}{{{bodyHtml}}}</article>', 40)
    await expect(local.render(sampleRenderInput(), sampleChannel('website'))).rejects.toThrow(/summary/)
  })

  it('should name a missing template', async () => {
    const local = createRenderer({ templatesDir: dir })
    fs.rmSync(path.join(dir, '_short-video', 'caption.txt.hbs'))
    await expect(local.render(sampleRenderInput(), sampleChannel('douyin'))).rejects.toThrow(
      /douyin\/caption\.txt\.hbs/,
    )
  })
})
