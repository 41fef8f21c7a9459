// Videos over real HTTP (issue #11): clips made by ffmpeg at test time are probed by the real
// ffprobe, get a poster frame served like an image, are refused when they are not what they claim
// or too large, carry reviewed subtitles, and are checked against 抖音 and 视频号 limits when a
// piece is distributed. A server of its own stands for a machine without ffmpeg.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, as, fileUrl } from '../helpers/api'
import { noisePng, smallPng, uploadForm } from '../helpers/images'
import { approveThroughReview, publishThroughReview, workflowOf } from '../helpers/review'
import { makeClip } from '../helpers/videos'
import { articleData, channelData, consentData, storyData } from '../factories/content'
import { rawSql } from '../../scripts/lib/rawSql'
import { type RunningServer, startServerProcess } from '../../scripts/lib/serverProcess'
import { createTestDatabase, type TestDatabase } from '../../scripts/lib/testDatabase'

const MIME = { mp4: 'video/mp4', mov: 'video/quicktime', webm: 'video/webm' } as const

const clips: Record<'mp4' | 'mov' | 'webm' | 'long' | 'noise', Buffer> = {} as never

const upload = async (bytes: Buffer, filename: string, mimetype: string, alt = '家庭血压测量演示视频') =>
  api('/api/media', { method: 'POST', body: uploadForm(bytes, filename, mimetype, { alt }), auth: await as.editor() })

/** The created video, its poster as an id (the create answer populates it). */
const uploadVideo = async (bytes: Buffer, filename = 'clip.mp4', mimetype = 'video/mp4') => {
  const res = await upload(bytes, filename, mimetype)
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const doc = res.body.doc
  return { ...doc, poster: typeof doc.poster === 'object' && doc.poster ? doc.poster.id : doc.poster }
}

const fetchAs = async (url: string, persona: keyof typeof as = 'editor') => {
  const auth = await as[persona]()
  return fetch(fileUrl(url), auth.token ? { headers: { authorization: `JWT ${auth.token}` } } : {})
}

const createPiece = async (collection: 'articles' | 'patient-stories', data: Record<string, unknown>) => {
  const res = await api(`/api/${collection}`, { method: 'POST', body: data, auth: await as.editor() })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc.id as number
}

const SRT = (...lines: string[]) =>
  lines.map((line, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i},900\n${line}\n`).join('\n')

beforeAll(async () => {
  const [mp4, mov, webm, long, noise] = await Promise.all([
    makeClip({ format: 'mp4' }),
    makeClip({ format: 'mov' }),
    makeClip({ format: 'webm' }),
    // 15 min 1 s of a still 4:3 frame: over 抖音's default duration and off its ratios, a few kilobytes.
    makeClip({ source: 'color', width: 64, height: 48, rate: 1, seconds: 901 }),
    // Incompressible: about 600 KB, over this server's MEDIA_VIDEO_MAX_BYTES (300,000).
    makeClip({ source: 'noise', width: 160, height: 120, seconds: 2 }),
  ])
  Object.assign(clips, { mp4, mov, webm, long, noise })
})

describe('video uploads', () => {
  it('should probe MP4, MOV and WebM uploads with ffprobe and keep the results read-only on the document', async () => {
    for (const [format, codec] of [
      ['mp4', 'h264'],
      ['mov', 'h264'],
      ['webm', 'vp8'],
    ] as const) {
      const doc = await uploadVideo(clips[format], `clip.${format}`, MIME[format])
      expect(doc.mimeType, format).toBe(MIME[format])
      expect(doc.video, format).toEqual({ durationSeconds: 2, width: 320, height: 568, codec, aspect: '9:16' })
      expect(doc.poster, format).toEqual(expect.any(Number))
      expect(doc.sha256, format).toMatch(/^[0-9a-f]{64}$/)
    }
    // A client that declares no type gets the video its bytes are.
    const undeclared = await uploadVideo(clips.webm, 'clip.webm', 'application/octet-stream')
    expect(undeclared).toMatchObject({ mimeType: 'video/webm', video: { codec: 'vp8' } })
    // The probe results describe the file: a client can neither set nor change them.
    const image = await api('/api/media', {
      method: 'POST',
      body: uploadForm(await smallPng(), 'still.png', 'image/png', { alt: '静态图', video: { durationSeconds: 5 } }),
      auth: await as.editor(),
    })
    expect(image.status).toBe(201)
    expect(image.body.doc.video?.durationSeconds ?? null).toBeNull()
    const video = await uploadVideo(clips.mp4)
    const edited = await api(`/api/media/${video.id}`, {
      method: 'PATCH',
      body: { alt: '改过的说明', video: { durationSeconds: 1 }, poster: image.body.doc.id },
      auth: await as.editor(),
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body.doc).toMatchObject({
      alt: '改过的说明',
      video: { durationSeconds: 2 },
      poster: { id: video.poster },
    })
  })

  it('should store a JPEG poster frame as an image of its own, with the image sizes, served like any image', async () => {
    const video = await uploadVideo(clips.mp4, 'bp-demo.mp4')
    const poster = (await api(`/api/media/${video.poster}?depth=0`, { auth: await as.editor() })).body
    expect(poster).toMatchObject({ mimeType: 'image/jpeg', width: 320, height: 568 })
    expect(poster.alt).toBe('视频封面：家庭血压测量演示视频')
    expect(poster.filename).toMatch(/^bp-demo-poster.*\.jpg$/)
    expect([poster.sizes.thumbnail.width, poster.sizes.thumbnail.height]).toEqual([400, 300])
    const bytes = Buffer.from(await (await fetchAs(poster.url)).arrayBuffer())
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))
    expect((await sharp(bytes).metadata()).format).toBe('jpeg')
    const thumbnail = await fetchAs(poster.sizes.thumbnail.url)
    expect(thumbnail.status).toBe(200)
    expect(thumbnail.headers.get('content-type')).toContain('image/jpeg')
    // A draft's video and its poster stay staff-only, like its images.
    expect((await fetchAs(video.url, 'anonymous')).status).toBe(403)
    expect((await fetchAs(poster.url, 'anonymous')).status).toBe(403)
    const file = await fetchAs(video.url)
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(clips.mp4)).toBe(true)
  })

  it('should give a duplicated video the same probe results and a poster frame of its own', async () => {
    const video = await uploadVideo(clips.mov, 'dup.mov', 'video/quicktime')
    const copy = await api(`/api/media/${video.id}/duplicate?depth=0`, { method: 'POST', auth: await as.editor() })
    expect(copy.status, JSON.stringify(copy.body)).toBe(200)
    expect(copy.body.doc).toMatchObject({ mimeType: 'video/quicktime', sha256: video.sha256, video: video.video })
    expect(copy.body.doc.poster).toEqual(expect.any(Number))
    expect(copy.body.doc.poster).not.toBe(video.poster)
  })

  it('should refuse a text file renamed to .mp4 and declared as video/mp4', async () => {
    const res = await upload(Buffer.from('这不是视频，只是一段文字。'.repeat(40)), 'fake.mp4', 'video/mp4')
    expect(res.status).toBe(400)
    expect(res.body.errors[0]).toMatchObject({ code: 'upload-type-mismatch', field: 'file' })
    expect(res.body.errors[0].message).toContain('文件内容与声明的类型不符')
  })

  it('should refuse bytes that start like an MP4 but hold no readable video, naming why', async () => {
    const res = await upload(clips.mp4.subarray(0, 1_200), 'cut.mp4', 'video/mp4')
    expect(res.status).toBe(400)
    expect(res.body.errors[0]).toMatchObject({ code: 'video-unreadable', field: 'file' })
    expect(res.body.errors[0].message).toMatch(/^无法读取该视频文件/)
    const english = await api('/api/media', {
      method: 'POST',
      body: uploadForm(clips.mp4.subarray(0, 1_200), 'cut.mp4', 'video/mp4', { alt: '截断' }),
      auth: await as.editor(),
      headers: { 'accept-language': 'en' },
    })
    expect(english.body.errors[0].message).toMatch(/^The video file cannot be read/)
  })

  it('should hold videos to MEDIA_VIDEO_MAX_BYTES and images to their own limit', async () => {
    // The test server runs with MEDIA_VIDEO_MAX_BYTES=300000 and MEDIA_MAX_BYTES=2000000.
    expect(clips.noise.length).toBeGreaterThan(300_000)
    const res = await upload(clips.noise, 'noise.mp4', 'video/mp4')
    expect(res.status).toBe(413)
    expect(res.body.errors[0]).toMatchObject({ code: 'upload-too-large' })
    expect(res.body.errors[0].message).toContain('上限为 300000 字节')
    const image = await noisePng(400, 400) // ~480 KB: over the video limit, within the image one
    expect(image.length).toBeGreaterThan(300_000)
    expect((await upload(image, 'noise.png', 'image/png', '噪点图')).status).toBe(201)
  })
})

describe('videos and subtitles on articles and patient stories', () => {
  it('should take only a probed video in the video field, and only readable SRT or WebVTT as subtitles', async () => {
    const image = await upload(await smallPng(), 'not-video.png', 'image/png', '不是视频')
    const wrong = await api('/api/articles', {
      method: 'POST',
      body: await articleData({ video: image.body.doc.id }),
      auth: await as.editor(),
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0]).toMatchObject({ code: 'not-a-video', field: 'video' })
    const garbled = await api('/api/articles', {
      method: 'POST',
      body: await articleData({ subtitles: '1\n00:00:05,000 --> 00:00:01,000\n倒着的时间轴\n' }),
      auth: await as.editor(),
    })
    expect(garbled.status).toBe(400)
    expect(garbled.body.errors[0]).toMatchObject({ code: 'subtitles-invalid', field: 'subtitles' })
    expect(garbled.body.errors[0].message).toContain('字幕须为 SRT 或 WebVTT 格式')
    const video = await uploadVideo(clips.mp4)
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.500\n测量前静坐五分钟\n'
    const id = await createPiece('articles', await articleData({ video: video.id, subtitles: vtt }))
    const doc = (await api(`/api/articles/${id}?depth=1&draft=true`, { auth: await as.editor() })).body
    expect(doc.video).toMatchObject({ id: video.id, video: { durationSeconds: 2 } })
    expect(doc.subtitles).toBe(vtt)
  })

  it('should bind the video file, its poster and the subtitles into the version hash', async () => {
    const video = await uploadVideo(clips.mp4)
    const id = await createPiece('articles', await articleData({ video: video.id, subtitles: SRT('每天早晚各测一次') }))
    const stored = (await api(`/api/articles/${id}?depth=0&draft=true`, { auth: await as.editor() })).body
    expect(stored.workflow.linkedMedia).toEqual(expect.arrayContaining([video.id, video.poster]))
    const before = (await workflowOf('articles', id)).versionHash
    // The file's digest is part of what is signed: a digest that changed behind the API changes the version.
    const databaseUri = inject('databaseUri')
    const [row] = await rawSql(databaseUri, 'SELECT sha256 FROM media WHERE id = $1', [video.id])
    await rawSql(databaseUri, 'UPDATE media SET sha256 = $1 WHERE id = $2', ['0'.repeat(64), video.id])
    try {
      expect((await workflowOf('articles', id)).versionHash).not.toBe(before)
    } finally {
      await rawSql(databaseUri, 'UPDATE media SET sha256 = $1 WHERE id = $2', [String(row.sha256), video.id])
    }
    expect((await workflowOf('articles', id)).versionHash).toBe(before)
  })

  it('should void every sign-off when the subtitles change after review, as any text edit does', async () => {
    const video = await uploadVideo(clips.mp4)
    const id = await createPiece(
      'articles',
      await articleData({ video: video.id, subtitles: SRT('测量前静坐五分钟', '每天早晚各测一次') }),
    )
    const signed = await approveThroughReview('articles', id)
    expect(await workflowOf('articles', id)).toMatchObject({ state: 'approved', versionHash: signed })
    const edited = await api(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      body: { subtitles: SRT('测量前静坐五分钟', '每天早晚各测两次') },
      auth: await as.editor(),
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    const voided = await workflowOf('articles', id)
    expect(voided.state).toBe('draft')
    expect(voided.versionHash).not.toBe(signed)
    expect(voided.stages.every((s: { satisfied: boolean }) => !s.satisfied)).toBe(true)
    // The reviewers of the next round see the subtitle line that changed.
    await api(`/api/articles/${id}/workflow/submit`, { method: 'POST', auth: await as.editor() })
    const changes = (await api(`/api/articles/${id}/workflow/changes`, { auth: await as.reviewer() })).body.changes
    const subtitles = changes.find((c: { field: string }) => c.field === 'subtitles')
    expect(subtitles.ops).toEqual(
      expect.arrayContaining([
        { op: 'delete', text: '一' },
        { op: 'insert', text: '两' },
      ]),
    )
  })

  it("should stop a submission whose subtitles make a banned claim or name the story's patient", async () => {
    const article = await createPiece(
      'articles',
      await articleData({ subtitles: SRT('测量前静坐五分钟', '本院根治高血压，永不复发') }),
    )
    const claim = await api(`/api/articles/${article}/workflow/submit`, { method: 'POST', auth: await as.editor() })
    expect(claim.status).toBe(422)
    const banned = claim.body.errors.filter((e: { field?: string }) => e.field === 'subtitles')
    expect(banned.map((e: { code: string }) => e.code)).toContain('banned-claim')
    expect(banned[0]).toMatchObject({ locale: 'zh-CN', match: expect.any(String) })

    const consent = await api('/api/consents', {
      method: 'POST',
      body: consentData({ patientName: '字幕测试乙' }),
      auth: await as.privacy(),
    })
    expect(consent.status, JSON.stringify(consent.body)).toBe(201)
    const story = await createPiece(
      'patient-stories',
      await storyData({
        consent: consent.body.doc.id,
        subtitles: 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v 字幕测试乙>我按时复查，现在恢复得很好\n',
      }),
    )
    const named = await api(`/api/patient-stories/${story}/workflow/submit`, {
      method: 'POST',
      auth: await as.editor(),
    })
    expect(named.status).toBe(422)
    expect(named.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'pii-patient-name', field: 'subtitles' })]),
    )
  })
})

describe('distributing a piece with a video to 抖音 and 视频号', () => {
  it('should refuse 抖音 for a video over its duration, ratio and size limits, listing each, and let 视频号 take it', async () => {
    const video = await uploadVideo(clips.long, 'long.mp4')
    expect(video.video).toMatchObject({ durationSeconds: 901, width: 64, height: 48, aspect: '4:3' })
    const id = await createPiece(
      'articles',
      await articleData({ video: video.id, format: 'video-script', subtitles: SRT('测量前静坐五分钟') }),
    )
    await publishThroughReview('articles', id)
    // Published: the video and its poster are now public, as the article is.
    expect((await fetchAs(video.url, 'anonymous')).status).toBe(200)
    const poster = (await api(`/api/media/${video.poster}`)).body
    expect((await fetchAs(poster.url, 'anonymous')).status).toBe(200)

    const channel = async (kind: string, limits?: Record<string, number>) =>
      (
        await api('/api/channels', {
          method: 'POST',
          body: channelData({ kind, ...(limits ? { limits } : {}) }),
          auth: await as.publisher(),
        })
      ).body.doc.id as number
    const distribute = async (channelId: number) =>
      api('/api/distributions', {
        method: 'POST',
        body: {
          contentCollection: 'articles',
          contentId: id,
          channel: channelId,
          scheduledAt: new Date().toISOString(),
        },
        auth: await as.publisher(),
      })

    const douyin = await distribute(await channel('douyin', { videoBytesMax: 10_000 }))
    expect(douyin.status).toBe(422)
    expect(douyin.body.errors[0].code).toBe('distribution-constraints')
    const violations = douyin.body.errors[0].data.violations as { code: string; message: string }[]
    expect(violations.map((v) => v.code)).toEqual(['video-too-long', 'video-too-large', 'video-aspect'])
    expect(violations[0].message).toMatch(/^视频时长 15 分 1 秒，超过上限 15 分钟/)
    expect(douyin.body.errors[0].message).toContain('视频画面比例为 4:3（64×48），该渠道只接受 9:16、16:9、1:1')

    const wechatChannels = await channel('wechat-channels')
    const channels = await distribute(wechatChannels)
    expect(channels.status, JSON.stringify(channels.body)).toBe(201)
    // What the channel is sent carries the video and its poster, to be fetched by URL.
    const preview = await api(`/api/channels/${wechatChannels}/preview?collection=articles&id=${id}`, {
      auth: await as.publisher(),
    })
    expect(preview.body.violations).toEqual([])
    expect(JSON.parse(preview.body.output).video).toMatchObject({
      durationSeconds: 901,
      aspect: '4:3',
      poster: { id: String(video.poster), url: poster.url },
      captions: [{ start: 0, end: 0.9, text: '测量前静坐五分钟' }],
    })
  })
})

describe('a server without ffmpeg', () => {
  let database: TestDatabase
  let server: RunningServer
  let token: string
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-no-ffmpeg-'))

  beforeAll(async () => {
    // The database kind does not matter here: SQLite starts fastest.
    database = await createTestDatabase('sqlite', 'no-ffmpeg')
    server = await startServerProcess({
      DATABASE_URI: database.uri,
      SEED_DEMO: '0',
      SCHEDULER: 'off',
      FFPROBE_PATH: path.join(scratch, 'ffprobe'),
      FFMPEG_PATH: path.join(scratch, 'ffmpeg'),
    })
    const first = await fetch(`${server.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'admin@no-ffmpeg.test',
        password: 'harbour-lantern-violet-42',
        name: '管理员',
        roles: ['admin'],
      }),
    })
    expect(first.status).toBe(200)
    token = ((await first.json()) as { token: string }).token
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
    fs.rmSync(scratch, { recursive: true, force: true })
  })

  const post = async (bytes: Buffer, filename: string, mimetype: string) => {
    const res = await fetch(`${server.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: uploadForm(bytes, filename, mimetype, { alt: '无 ffmpeg 的服务器' }),
    })
    return { status: res.status, body: (await res.json()) as { errors?: { code: string; message: string }[] } }
  }

  it('should refuse videos with 503 naming the package to install, and still take images', async () => {
    const video = await post(clips.mp4, 'clip.mp4', 'video/mp4')
    expect(video.status).toBe(503)
    expect(video.body.errors?.[0].code).toBe('video-tools-missing')
    expect(video.body.errors?.[0].message).toContain('apt-get install -y ffmpeg')
    const count = await fetch(`${server.url}/api/media?limit=0`, { headers: { authorization: `JWT ${token}` } })
    expect(((await count.json()) as { totalDocs: number }).totalDocs).toBe(0)
    expect((await post(await smallPng(), 'still.png', 'image/png')).status).toBe(201)
  })
})
