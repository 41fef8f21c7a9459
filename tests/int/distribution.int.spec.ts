// Distributions end to end against the real server and its scheduler: what may be distributed,
// signed webhook delivery with retries, 410, secret rotation, S3 and outbox, retraction on
// withdrawal and consent revocation, re-approval, SMS hours, previews. Receivers verify
// signatures with the `standardwebhooks` package.
import fs from 'node:fs'
import path from 'node:path'

import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, as } from '../helpers/api'
import { articleData, channelData, consentData, storyData } from '../factories/content'
import { rawSql } from '../../scripts/lib/rawSql'
import { approveThroughReview, publishThroughReview, workflowOf } from '../helpers/review'
import { eventually, type Receiver, startReceiver } from '../../scripts/lib/webhookReceiver'

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
const OTHER_SECRET = 'whsec_dGhpcyBpcyBhbm90aGVyIHNlY3JldCBvZiAyNCsgYnl0ZXM='

const createArticle = async (overrides: Record<string, unknown> = {}) => {
  const res = await api('/api/articles', {
    method: 'POST',
    body: await articleData(overrides),
    auth: await as.editor(),
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc.id as number
}

const publishedArticle = async (overrides: Record<string, unknown> = {}) => {
  const id = await createArticle(overrides)
  await publishThroughReview('articles', id)
  return id
}

const webhookChannel = async (receiver: Receiver, overrides: Record<string, unknown> = {}) => {
  const res = await api('/api/channels', {
    method: 'POST',
    body: channelData({
      kind: 'website',
      delivery: { adapter: 'webhook', url: receiver.url, secret: receiver.secrets[0] },
      ...overrides,
    }),
    auth: await as.admin(),
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc.id as number
}

const distribute = (body: Record<string, unknown>, persona: keyof typeof as = 'publisher') =>
  as[persona]().then((auth) =>
    api('/api/distributions', {
      method: 'POST',
      body: { contentCollection: 'articles', scheduledAt: new Date().toISOString(), ...body },
      auth,
    }),
  )

const distribution = async (id: number | string) =>
  (await api(`/api/distributions/${id}?depth=0`, { auth: await as.publisher() })).body

const settled = (id: number | string, statuses: string[], timeoutMs = 30_000) =>
  eventually(
    () => distribution(id),
    (d) => statuses.includes(d.status),
    timeoutMs,
  )

describe('POST /api/distributions', () => {
  let receiver: Receiver
  let channel: number

  beforeAll(async () => {
    receiver = await startReceiver([SECRET])
    channel = await webhookChannel(receiver)
  })
  afterAll(() => receiver.close())

  it('should refuse content whose current version is not approved', async () => {
    const draft = await createArticle()
    const res = await distribute({ contentId: draft, channel })
    expect(res.status).toBe(422)
    expect(res.body.errors[0].code).toBe('distribution-not-approved')
    expect(res.body.errors[0].message).toContain('审核')
  })

  it('should refuse a version hash that is not the current one', async () => {
    const id = await publishedArticle()
    const res = await distribute({ contentId: id, channel, versionHash: 'a'.repeat(64) })
    expect(res.status).toBe(422)
    expect(res.body.errors[0].code).toBe('distribution-stale-version')
  })

  it('should refuse content that does not exist', async () => {
    const res = await distribute({ contentId: '999999', channel })
    expect(res.status).toBe(422)
    expect(res.body.errors[0].code).toBe('distribution-content-missing')
  })

  it('should refuse a disabled channel', async () => {
    const off = await webhookChannel(receiver, { enabled: false })
    const id = await publishedArticle()
    const res = await distribute({ contentId: id, channel: off })
    expect(res.status).toBe(422)
    expect(res.body.errors[0].code).toBe('distribution-channel-unavailable')
  })

  it('should refuse a rendering that breaks the channel limits, listing each violation', async () => {
    const id = await publishedArticle({ title: '冬季高血压患者如何在家科学监测血压并记录变化' })
    const xhs = await api('/api/channels', {
      method: 'POST',
      body: channelData({ kind: 'xiaohongshu' }),
      auth: await as.publisher(),
    })
    const res = await distribute({ contentId: id, channel: xhs.body.doc.id })
    expect(res.status).toBe(422)
    expect(res.body.errors[0].code).toBe('distribution-constraints')
    expect(res.body.errors[0].data.violations.map((v: { code: string }) => v.code)).toContain('title-too-long')
  })

  it('should answer a bad schedule time with 400 and write nothing', async () => {
    const id = await publishedArticle()
    const before = (
      await api(`/api/distributions/count?where[contentId][equals]=${id}`, { auth: await as.publisher() })
    ).body.totalDocs
    const res = await distribute({ contentId: id, channel, scheduledAt: 'next tuesday' })
    expect(res.status).toBe(400)
    const after = (await api(`/api/distributions/count?where[contentId][equals]=${id}`, { auth: await as.publisher() }))
      .body.totalDocs
    expect(after).toBe(before)
  })

  it('should let only publishers create distributions', async () => {
    const id = await publishedArticle()
    expect((await distribute({ contentId: id, channel }, 'editor')).status).toBe(403)
    expect((await distribute({ contentId: id, channel }, 'anonymous')).status).toBe(403)
    expect((await distribute({ contentId: id, channel }, 'apiClient')).status).toBe(403)
  })

  it('should refuse a patient story on a channel its consent does not allow', async () => {
    const consent = await api('/api/consents', {
      method: 'POST',
      body: consentData({ allowedChannels: ['website'] }),
      auth: await as.privacy(),
    })
    const story = await api('/api/patient-stories', {
      method: 'POST',
      body: await storyData({ consent: consent.body.doc.id }),
      auth: await as.editor(),
    })
    await publishThroughReview('patient-stories', story.body.doc.id)
    const weibo = await api('/api/channels', {
      method: 'POST',
      body: channelData({ kind: 'weibo' }),
      auth: await as.publisher(),
    })
    const res = await distribute({
      contentCollection: 'patient-stories',
      contentId: story.body.doc.id,
      channel: weibo.body.doc.id,
    })
    expect(res.status).toBe(422)
    expect(res.body.errors[0].code).toBe('distribution-consent-scope')
    const allowed = await distribute({ contentCollection: 'patient-stories', contentId: story.body.doc.id, channel })
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(201)
  })

  it('should let a publisher move a pending distribution but not touch what the engine keeps', async () => {
    const id = await publishedArticle()
    const later = new Date(Date.now() + 3_600_000).toISOString()
    const created = await distribute({ contentId: id, channel, scheduledAt: later })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const moved = new Date(Date.now() + 7_200_000).toISOString()
    const res = await api(`/api/distributions/${created.body.doc.id}`, {
      method: 'PATCH',
      body: { scheduledAt: moved, status: 'delivered', messageId: 'forged' },
      auth: await as.publisher(),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const after = await distribution(created.body.doc.id)
    expect(after).toMatchObject({
      status: 'scheduled',
      scheduledAt: moved,
      nextAttemptAt: moved,
      messageId: created.body.doc.messageId,
    })
    const cancelled = await api(`/api/distributions/${created.body.doc.id}/cancel`, {
      method: 'POST',
      body: { reason: '活动改期' },
      auth: await as.publisher(),
    })
    expect(cancelled.status).toBe(200)
    const again = await api(`/api/distributions/${created.body.doc.id}`, {
      method: 'PATCH',
      body: { scheduledAt: later },
      auth: await as.publisher(),
    })
    expect(again.status).toBe(409)
  })
})

describe('webhook delivery', () => {
  let receiver: Receiver
  let channel: number

  beforeAll(async () => {
    receiver = await startReceiver([SECRET])
    channel = await webhookChannel(receiver)
  })
  afterAll(() => receiver.close())

  it('should deliver a signed content.published event with the rendering, within a tick', async () => {
    const id = await publishedArticle()
    const created = await distribute({ contentId: id, channel })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const done = await settled(created.body.doc.id, ['delivered'])
    expect(done.status).toBe('delivered')
    const event = receiver.received.find((r) => r.id === done.messageId)!
    expect(event.body).toMatchObject({
      type: 'content.published',
      id: done.messageId,
      channel: { id: String(channel), kind: 'website' },
      content: { collection: 'articles', id: String(id), versionHash: done.versionHash, title: '冬季如何科学监测血压' },
      rendered: { contentType: 'application/json' },
    })
    expect(done.rendered.body).toBe(event.body.rendered.body)
    expect(done.attempts).toHaveLength(1)
    expect(done.attempts[0].outcome).toBe('delivered')
  })

  it('should retry 5xx with the same webhook-id until the receiver takes it', async () => {
    receiver.replies.push({ status: 503 }, { status: 500 })
    const id = await publishedArticle()
    const created = await distribute({ contentId: id, channel })
    const done = await settled(created.body.doc.id, ['delivered', 'failed'])
    expect(done.status).toBe('delivered')
    expect(receiver.received.filter((r) => r.id === done.messageId)).toHaveLength(3)
    expect(done.attemptCount).toBe(3)
    expect(done.attempts.map((a: { outcome: string }) => a.outcome)).toEqual(['retry', 'retry', 'delivered'])
  })

  it('should not retry a 400, and a manual retry sends it again', async () => {
    receiver.replies.push({ status: 400, body: 'schema mismatch' })
    const id = await publishedArticle()
    const created = await distribute({ contentId: id, channel })
    const failed = await settled(created.body.doc.id, ['failed', 'delivered'])
    expect(failed.status).toBe('failed')
    expect(failed.attemptCount).toBe(1)
    expect(failed.lastError).toContain('400')
    const audit = await api(
      `/api/audit-events?where[action][equals]=distribution.failed&where[targetId][equals]=${created.body.doc.id}`,
      { auth: await as.compliance() },
    )
    expect(audit.body.totalDocs).toBe(1)
    expect(
      (await api(`/api/distributions/${created.body.doc.id}/retry`, { method: 'POST', auth: await as.editor() }))
        .status,
    ).toBe(403)
    const retried = await api(`/api/distributions/${created.body.doc.id}/retry`, {
      method: 'POST',
      auth: await as.publisher(),
    })
    expect(retried.status, JSON.stringify(retried.body)).toBe(200)
    const done = await settled(created.body.doc.id, ['delivered'])
    expect(done.status).toBe('delivered')
    expect(receiver.received.filter((r) => r.id === done.messageId)).toHaveLength(2)
    expect(
      (await api(`/api/distributions/${created.body.doc.id}/retry`, { method: 'POST', auth: await as.publisher() }))
        .status,
    ).toBe(409)
  })

  it('should wait as long as Retry-After says on a 429', async () => {
    receiver.replies.push({ status: 429, headers: { 'retry-after': '4' } })
    const id = await publishedArticle()
    const created = await distribute({ contentId: id, channel })
    const done = await settled(created.body.doc.id, ['delivered', 'failed'])
    expect(done.status).toBe('delivered')
    const arrivals = receiver.received.filter((r) => r.id === done.messageId).map((r) => r.at)
    expect(arrivals).toHaveLength(2)
    // The schedule alone would retry after about a second.
    expect(arrivals[1] - arrivals[0]).toBeGreaterThanOrEqual(3_500)
  })

  it('should disable the endpoint on 410 and refuse new distributions to it', async () => {
    const gone = await startReceiver([SECRET], { status: 410 })
    try {
      const goneChannel = await webhookChannel(gone)
      const id = await publishedArticle()
      const created = await distribute({ contentId: id, channel: goneChannel })
      const failed = await settled(created.body.doc.id, ['failed', 'delivered'])
      expect(failed.status).toBe('failed')
      expect(gone.received).toHaveLength(1)
      const stored = (await api(`/api/channels/${goneChannel}`, { auth: await as.publisher() })).body
      expect(stored.delivery.disabledAt).toBeTruthy()
      expect(stored.delivery.disabledReason).toContain('410')
      const refused = await distribute({ contentId: id, channel: goneChannel })
      expect(refused.status).toBe(422)
      expect(refused.body.errors[0].code).toBe('distribution-channel-unavailable')
    } finally {
      await gone.close()
    }
  })

  it('should never show a secret through the API, and sign with old and new secrets during a rotation', async () => {
    const rotating = await startReceiver([SECRET, OTHER_SECRET])
    try {
      const rotatingChannel = await webhookChannel(rotating)
      const read = (await api(`/api/channels/${rotatingChannel}`, { auth: await as.admin() })).body
      expect(read.delivery.secret).toBeUndefined()
      expect(read.delivery.previousSecret).toBeUndefined()
      expect(read.delivery.secretHint).toBe(`whsec_…${SECRET.slice(-4)}`)
      const rotated = await api(`/api/channels/${rotatingChannel}/rotate-secret`, {
        method: 'POST',
        body: { secret: OTHER_SECRET, graceHours: 1 },
        auth: await as.admin(),
      })
      expect(rotated.status, JSON.stringify(rotated.body)).toBe(200)
      expect(rotated.body.secret).toBe(OTHER_SECRET)
      const id = await publishedArticle()
      const created = await distribute({ contentId: id, channel: rotatingChannel })
      const done = await settled(created.body.doc.id, ['delivered', 'failed'])
      expect(done.status).toBe('delivered')
      const event = rotating.received.find((r) => r.id === done.messageId)!
      expect(event.signatures).toHaveLength(2)
      expect(event.verifiedWith.sort()).toEqual([0, 1])
      const generated = await api(`/api/channels/${rotatingChannel}/rotate-secret`, {
        method: 'POST',
        body: {},
        auth: await as.admin(),
      })
      expect(generated.body.secret).toMatch(/^whsec_/)
      const badSecret = await api(`/api/channels/${rotatingChannel}/rotate-secret`, {
        method: 'POST',
        body: { secret: 'not-a-secret' },
        auth: await as.admin(),
      })
      expect(badSecret.status).toBe(400)
    } finally {
      await rotating.close()
    }
  })

  it('should refuse webhook URLs that are not http(s)', async () => {
    const res = await api('/api/channels', {
      method: 'POST',
      body: channelData({ delivery: { adapter: 'webhook', url: 'ftp://example.com/x' } }),
      auth: await as.admin(),
    })
    expect(res.status).toBe(400)
  })

  it('should tag links with UTM parameters naming the channel, campaign and distribution', async () => {
    const id = await publishedArticle({
      body: {
        root: {
          type: 'root',
          direction: 'ltr',
          format: '',
          indent: 0,
          version: 1,
          children: [
            {
              type: 'paragraph',
              direction: 'ltr',
              format: '',
              indent: 0,
              version: 1,
              children: [
                { type: 'text', text: '详见', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
                {
                  type: 'link',
                  direction: 'ltr',
                  format: '',
                  indent: 0,
                  version: 3,
                  fields: { url: 'https://www.example.org/guide?utm_source=keep', linkType: 'custom' },
                  children: [
                    { type: 'text', text: '指南', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
                  ],
                },
              ],
            },
          ],
        },
      },
    })
    const created = await distribute({ contentId: id, channel })
    const done = await settled(created.body.doc.id, ['delivered', 'failed'])
    expect(done.status).toBe('delivered')
    const body = done.rendered.body as string
    expect(body).toContain('utm_source=keep')
    expect(body).toContain(`utm_content=${created.body.doc.id}`)
    expect(body).not.toContain('utm_source=website')
  })
})

describe('publishing with channels, re-approval and retraction', () => {
  let receiver: Receiver
  let webhook: number
  let s3Channel: number
  let outboxChannel: number
  let s3: S3Client

  beforeAll(async () => {
    receiver = await startReceiver([SECRET])
    webhook = await webhookChannel(receiver)
    s3Channel = (
      await api('/api/channels', {
        method: 'POST',
        body: channelData({ kind: 'website', delivery: { adapter: 's3', prefix: 'sites' } }),
        auth: await as.admin(),
      })
    ).body.doc.id
    outboxChannel = (
      await api('/api/channels', {
        method: 'POST',
        body: channelData({ kind: 'weibo', delivery: { adapter: 'outbox', prefix: 'social' } }),
        auth: await as.admin(),
      })
    ).body.doc.id
    s3 = new S3Client({
      endpoint: inject('s3Endpoint'),
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    })
  })
  afterAll(() => receiver.close())

  const s3Body = async (key: string) => {
    try {
      const object = await s3.send(new GetObjectCommand({ Bucket: inject('s3Bucket'), Key: key }))
      return await object.Body!.transformToString()
    } catch {
      return null
    }
  }

  it('should create one distribution per channel on publish, deliver to webhook, S3 and outbox, then retract from all three on withdrawal', async () => {
    const id = await createArticle()
    const versionHash = await approveThroughReview('articles', id)
    const published = await api(`/api/articles/${id}/workflow/publish`, {
      method: 'POST',
      body: { versionHash, channels: [webhook, s3Channel, outboxChannel] },
      auth: await as.publisher(),
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect(published.body.distributions).toHaveLength(3)
    const ids = published.body.distributions.map((d: { id: number }) => d.id)
    const delivered = await Promise.all(ids.map((d: number) => settled(d, ['delivered', 'failed'])))
    expect(delivered.map((d) => d.status)).toEqual(['delivered', 'delivered', 'delivered'])
    const [viaWebhook, viaS3, viaOutbox] = delivered
    expect(viaS3.rendered.objectKey).toMatch(/^sites\/.+\/\d{4}-\d{2}-\d{2}\/.+\.json$/)
    expect(await s3Body(viaS3.rendered.objectKey)).toBe(viaS3.rendered.body)
    const outboxFile = path.join(inject('outboxDir'), viaOutbox.rendered.objectKey)
    expect(fs.readFileSync(outboxFile, 'utf8')).toBe(viaOutbox.rendered.body)

    const withdrawn = await api(`/api/articles/${id}/workflow/withdraw`, {
      method: 'POST',
      body: { reason: '指南更新，内容需修订' },
      auth: await as.publisher(),
    })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    const retracted = await Promise.all(ids.map((d: number) => settled(d, ['retracted'])))
    expect(retracted.map((d) => d.status)).toEqual(['retracted', 'retracted', 'retracted'])
    const retraction = receiver.received.find(
      (r) => r.body.type === 'content.retracted' && r.body.content.id === String(id),
    )!
    expect(retraction).toBeDefined()
    expect(retraction.id).not.toBe(viaWebhook.messageId)
    expect(await s3Body(viaS3.rendered.objectKey)).toBeNull()
    expect(fs.existsSync(outboxFile)).toBe(false)
  })

  it('should refuse the whole publish when one channel cannot take the content', async () => {
    const id = await createArticle({ title: '冬季高血压患者如何在家科学监测血压并记录变化' })
    const xhs = (
      await api('/api/channels', {
        method: 'POST',
        body: channelData({ kind: 'xiaohongshu' }),
        auth: await as.publisher(),
      })
    ).body.doc.id
    const versionHash = await approveThroughReview('articles', id)
    const res = await api(`/api/articles/${id}/workflow/publish`, {
      method: 'POST',
      body: { versionHash, channels: [webhook, xhs] },
      auth: await as.publisher(),
    })
    expect(res.status).toBe(422)
    expect((await workflowOf('articles', id)).state).toBe('approved')
    expect(
      (await api(`/api/distributions/count?where[contentId][equals]=${id}`, { auth: await as.publisher() })).body
        .totalDocs,
    ).toBe(0)
    const bad = await api(`/api/articles/${id}/workflow/publish`, {
      method: 'POST',
      body: { versionHash, channels: 'all' },
      auth: await as.publisher(),
    })
    expect(bad.status).toBe(400)
  })

  it('should cancel pending distributions of an edited version and remake them when it is approved again', async () => {
    const id = await publishedArticle()
    const later = new Date(Date.now() + 6 * 3_600_000).toISOString()
    const pending = await distribute({ contentId: id, channel: webhook, scheduledAt: later })
    expect(pending.status).toBe(201)
    const edit = await api(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      body: { summary: '气温下降时血压容易升高，请规律测量并记录。' },
      auth: await as.editor(),
    })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    const newHash = await publishThroughReview('articles', id).catch(() => null)
    expect(newHash).toBeTruthy()
    const old = await distribution(pending.body.doc.id)
    expect(old.status).toBe('cancelled')
    const remade = (
      await api(`/api/distributions?where[contentId][equals]=${id}&where[status][equals]=scheduled`, {
        auth: await as.publisher(),
      })
    ).body.docs
    expect(remade).toHaveLength(1)
    expect(remade[0]).toMatchObject({ versionHash: newHash, scheduledAt: later })
    expect(remade[0].versionHash).not.toBe(pending.body.doc.versionHash)
  })

  it('should retract a piece withdrawn while its delivery is in flight, as soon as it lands', async () => {
    const id = await publishedArticle()
    receiver.replies.push({ status: 200, delayMs: 4_000 })
    const created = await distribute({ contentId: id, channel: webhook })
    await eventually(
      () => distribution(created.body.doc.id),
      (d) => d.status === 'delivering',
      20_000,
      100,
    )
    const withdrawn = await api(`/api/articles/${id}/workflow/withdraw`, {
      method: 'POST',
      body: { reason: '发现数据引用有误' },
      auth: await as.publisher(),
    })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    const done = await settled(created.body.doc.id, ['retracted'], 45_000)
    expect(done.status).toBe('retracted')
    const events = receiver.received.filter((r) => r.body.content.id === String(id)).map((r) => r.body.type)
    expect(events).toEqual(['content.published', 'content.retracted'])
  })

  it('should retract a piece from its channels when its re-review date passes', async () => {
    const id = await publishedArticle()
    const created = await distribute({ contentId: id, channel: webhook })
    await settled(created.body.doc.id, ['delivered'])
    // Time travel for one row: the re-review date moves into the past; the maintenance job
    // (every 3 s in this suite) moves it to review_expired, which withdraws and retracts it.
    await rawSql(inject('databaseUri'), 'UPDATE articles SET workflow_review_expires_at = $1 WHERE id = $2', [
      new Date(Date.now() - 60_000).toISOString(),
      id,
    ])
    const done = await settled(created.body.doc.id, ['retracted'], 45_000)
    expect(done.status).toBe('retracted')
    expect((await workflowOf('articles', id)).state).toBe('review_expired')
    expect(receiver.received.some((r) => r.body.type === 'content.retracted' && r.body.content.id === String(id))).toBe(
      true,
    )
  })

  it('should take a story off only the channels a narrowed consent no longer allows', async () => {
    const consent = await api('/api/consents', {
      method: 'POST',
      body: consentData({ allowedChannels: ['website', 'weibo'] }),
      auth: await as.privacy(),
    })
    const story = await api('/api/patient-stories', {
      method: 'POST',
      body: await storyData({ consent: consent.body.doc.id, intendedChannels: ['website'] }),
      auth: await as.editor(),
    })
    await publishThroughReview('patient-stories', story.body.doc.id)
    const weibo = (
      await api('/api/channels', {
        method: 'POST',
        body: channelData({ kind: 'weibo', delivery: { adapter: 'outbox', prefix: 'narrow' } }),
        auth: await as.admin(),
      })
    ).body.doc.id
    const onWebsite = await distribute({
      contentCollection: 'patient-stories',
      contentId: story.body.doc.id,
      channel: webhook,
    })
    const onWeibo = await distribute({
      contentCollection: 'patient-stories',
      contentId: story.body.doc.id,
      channel: weibo,
    })
    expect(onWeibo.status, JSON.stringify(onWeibo.body)).toBe(201)
    await settled(onWebsite.body.doc.id, ['delivered'])
    const weiboDelivered = await settled(onWeibo.body.doc.id, ['delivered'])
    const file = path.join(inject('outboxDir'), weiboDelivered.rendered.objectKey)
    expect(fs.existsSync(file)).toBe(true)
    const narrowed = await api(`/api/consents/${consent.body.doc.id}`, {
      method: 'PATCH',
      body: { allowedChannels: ['website'] },
      auth: await as.privacy(),
    })
    expect(narrowed.status, JSON.stringify(narrowed.body)).toBe(200)
    expect((await settled(onWeibo.body.doc.id, ['retracted'])).status).toBe('retracted')
    expect(fs.existsSync(file)).toBe(false)
    expect((await distribution(onWebsite.body.doc.id)).status).toBe('delivered')
  })

  it('should retract a patient story from its channels when the consent is revoked', async () => {
    const consent = await api('/api/consents', {
      method: 'POST',
      body: consentData({ allowedChannels: ['website'] }),
      auth: await as.privacy(),
    })
    const story = await api('/api/patient-stories', {
      method: 'POST',
      body: await storyData({ consent: consent.body.doc.id }),
      auth: await as.editor(),
    })
    await publishThroughReview('patient-stories', story.body.doc.id)
    const created = await distribute({
      contentCollection: 'patient-stories',
      contentId: story.body.doc.id,
      channel: webhook,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    await settled(created.body.doc.id, ['delivered'])
    const revoked = await api(`/api/consents/${consent.body.doc.id}/revoke`, {
      method: 'POST',
      body: { reason: '患者本人要求撤回' },
      auth: await as.privacy(),
    })
    expect(revoked.status).toBe(200)
    const done = await settled(created.body.doc.id, ['retracted'])
    expect(done.status).toBe('retracted')
    const retraction = receiver.received.find(
      (r) =>
        r.body.type === 'content.retracted' &&
        r.body.content.collection === 'patient-stories' &&
        r.body.content.id === String(story.body.doc.id),
    )
    expect(retraction).toBeDefined()
  })
})

describe('SMS sending hours', () => {
  /** A fixed-offset zone where it is now between 22:00 and 06:00, so marketing SMS must wait. */
  const nightZone = () => {
    for (let offset = -12; offset <= 14; offset++) {
      const zone = offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`
      const hour = Number(
        new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(new Date()),
      )
      if (hour >= 22 || hour < 6) return zone
    }
    throw new Error('no night zone')
  }

  it('should hold a marketing SMS outside 08:00–21:00 local time until the next 08:00', async () => {
    const zone = nightZone()
    const sms = await api('/api/channels', {
      method: 'POST',
      body: channelData({
        kind: 'sms',
        sms: { signature: '示范医院', optOut: '拒收请回复R', marketing: true, timezone: zone },
      }),
      auth: await as.publisher(),
    })
    expect(sms.status, JSON.stringify(sms.body)).toBe(201)
    const id = await publishedArticle({ title: '冬季测血压提醒' })
    const created = await distribute({ contentId: id, channel: sms.body.doc.id })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const deferred = await eventually(
      () => distribution(created.body.doc.id),
      (d) => d.attempts?.length > 0,
    )
    expect(deferred.status).toBe('scheduled')
    expect(deferred.attempts[0].outcome).toBe('deferred')
    const next = new Date(deferred.nextAttemptAt)
    expect(
      new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
        next,
      ),
    ).toBe('08:00')
    expect(next.getTime()).toBeGreaterThan(Date.now())
  })

  it('should refuse an SMS signature outside 2–8 characters', async () => {
    const res = await api('/api/channels', {
      method: 'POST',
      body: channelData({ kind: 'sms', sms: { signature: '示范医院健康宣传中心' } }),
      auth: await as.publisher(),
    })
    expect(res.status).toBe(400)
  })
})

describe('GET /api/channels/:id/preview', () => {
  it('should render the current version for every demo channel with its violations', async () => {
    const id = await createArticle({ title: '<script>alert(1)</script>冬季血压' })
    const channels = (await api('/api/channels?limit=100&where[name][like]=医院', { auth: await as.publisher() })).body
      .docs
    expect(channels.length).toBeGreaterThanOrEqual(9)
    for (const channel of channels) {
      const res = await api(`/api/channels/${channel.id}/preview?collection=articles&id=${id}`, {
        auth: await as.editor(),
      })
      expect(res.status, `${channel.kind}: ${JSON.stringify(res.body)}`).toBe(200)
      expect(typeof res.body.contentType).toBe('string')
      expect(typeof res.body.output).toBe('string')
      expect(Array.isArray(res.body.violations)).toBe(true)
      expect(res.body.output, channel.kind).not.toContain('<script>')
      expect(JSON.stringify(res.body.fields), channel.kind).not.toContain('<script>')
    }
  })

  it('should answer bad parameters, unknown channels and strangers with 4xx', async () => {
    const channel = (await api('/api/channels?limit=1', { auth: await as.publisher() })).body.docs[0].id
    expect(
      (await api(`/api/channels/${channel}/preview?collection=users&id=1`, { auth: await as.editor() })).status,
    ).toBe(400)
    expect(
      (await api(`/api/channels/${channel}/preview?collection=articles`, { auth: await as.editor() })).status,
    ).toBe(400)
    expect(
      (await api(`/api/channels/999999/preview?collection=articles&id=1`, { auth: await as.editor() })).status,
    ).toBe(404)
    expect(
      (await api(`/api/channels/${channel}/preview?collection=articles&id=999999`, { auth: await as.editor() })).status,
    ).toBe(404)
    expect((await api(`/api/channels/${channel}/preview?collection=articles&id=1`)).status).toBe(401)
    expect(
      (await api(`/api/channels/${channel}/preview?collection=articles&id=1`, { auth: await as.apiClient() })).status,
    ).toBe(403)
  })
})
