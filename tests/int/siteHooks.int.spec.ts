// Site revalidation hooks against the real server and its scheduler: a site subscription gets a
// signed Standard Webhooks `site.changed` event for each public change in its collections and
// locales, retried with the same webhook-id, disabled by a 410, managed by admins only. Receivers
// are real HTTP servers on loopback that verify signatures with the `standardwebhooks` package.
import { afterEach, describe, expect, it } from 'vitest'

import { api, as } from '../helpers/api'
import { articleData, consentData, storyData } from '../factories/content'
import { publishThroughReview } from '../helpers/review'
import { eventually, type Receiver, startReceiver } from '../../scripts/lib/webhookReceiver'

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'

const receivers: Receiver[] = []
const subscriptions: number[] = []

afterEach(async () => {
  // Nothing of one test goes on sending into the next.
  const auth = await as.admin()
  for (const id of subscriptions.splice(0))
    await api(`/api/site-subscriptions/${id}`, { method: 'PATCH', body: { enabled: false }, auth })
  for (const receiver of receivers.splice(0)) await receiver.close()
})

const receiver = async (...args: Parameters<typeof startReceiver>) => {
  const started = await startReceiver(...args)
  receivers.push(started)
  return started
}

const subscribe = async (to: Receiver, overrides: Record<string, unknown> = {}) => {
  const res = await api('/api/site-subscriptions', {
    method: 'POST',
    body: {
      name: '医院官网',
      contentCollections: ['articles', 'patient-stories'],
      delivery: { url: to.url, secret: to.secrets[0] },
      ...overrides,
    },
    auth: await as.admin(),
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  subscriptions.push(res.body.doc.id)
  return res.body.doc as { id: number; delivery: Record<string, unknown> }
}

const publishedArticle = async (englishTitle = true) => {
  const res = await api('/api/articles', { method: 'POST', body: await articleData(), auth: await as.editor() })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  const { id, slug } = res.body.doc as { id: number; slug: string }
  if (englishTitle)
    await api(`/api/articles/${id}?locale=en`, {
      method: 'PATCH',
      body: { title: 'Monitoring blood pressure in winter' },
      auth: await as.editor(),
    })
  await publishThroughReview('articles', id)
  return { id, slug }
}

const eventsFor = (to: Receiver, id: number) => to.received.filter((r) => r.body?.change?.id === id)

const siteRowsFor = async (subscription: number) =>
  (
    await api(`/api/distributions?where[subscription][equals]=${subscription}&depth=0&limit=100`, {
      auth: await as.admin(),
    })
  ).body.docs as Record<string, any>[]

describe('site subscriptions', () => {
  it('should send a signed site.changed event per locale for publication and withdrawal, in the documented shape', async () => {
    const site = await receiver([SECRET])
    await subscribe(site)
    const article = await publishedArticle()
    const published = await eventually(
      () => eventsFor(site, article.id),
      (events) => events.length >= 2,
    )
    expect(published.map((e) => `${e.body.change.locale}:${e.body.change.type}`).sort()).toEqual([
      'en:published',
      'zh-CN:published',
    ])
    for (const event of published) {
      expect(event.verifiedWith).toEqual([0])
      expect(event.body).toEqual({
        type: 'site.changed',
        id: event.id,
        occurredAt: event.body.change.at,
        change: {
          collection: 'articles',
          id: article.id,
          slug: article.slug,
          locale: event.body.change.locale,
          type: 'published',
          at: event.body.change.at,
        },
      })
      expect(event.id).toMatch(/^msg_[0-9a-f]{32}$/)
    }
    const withdrawn = await api(`/api/articles/${article.id}/workflow/withdraw`, {
      method: 'POST',
      body: { reason: '内容需要更新' },
      auth: await as.publisher(),
    })
    expect(withdrawn.status).toBe(200)
    const all = await eventually(
      () => eventsFor(site, article.id),
      (events) => events.length >= 4,
    )
    expect(
      all
        .filter((e) => e.body.change.type === 'removed')
        .map((e) => e.body.change.locale)
        .sort(),
    ).toEqual(['en', 'zh-CN'])
    expect(new Set(all.map((e) => e.id)).size).toBe(4)
  })

  it('should tell a site when a consent is revoked', async () => {
    const site = await receiver([SECRET])
    await subscribe(site, { contentCollections: ['patient-stories'] })
    const consent = await api('/api/consents', { method: 'POST', body: consentData(), auth: await as.privacy() })
    const story = await api('/api/patient-stories', {
      method: 'POST',
      body: await storyData({ consent: consent.body.doc.id }),
      auth: await as.editor(),
    })
    await publishThroughReview('patient-stories', story.body.doc.id)
    await api(`/api/consents/${consent.body.doc.id}`, {
      method: 'PATCH',
      body: { status: 'revoked', revocationReason: '患者本人要求撤回' },
      auth: await as.privacy(),
    })
    const events = await eventually(
      () => eventsFor(site, story.body.doc.id),
      (e) => e.length >= 2,
    )
    // Deliveries run in parallel and may arrive in either order; `change.at` orders them.
    const ordered = [...events].sort((a, b) => Date.parse(a.body.change.at) - Date.parse(b.body.change.at))
    expect(ordered.map((e) => `${e.body.change.collection}:${e.body.change.type}`)).toEqual([
      'patient-stories:published',
      'patient-stories:removed',
    ])
  })

  it('should retry 5xx answers with the same webhook-id and body until the site takes it', async () => {
    const site = await receiver([SECRET])
    site.replies.push({ status: 500 }, { status: 503, headers: { 'retry-after': '1' } })
    const subscription = await subscribe(site, { contentLocales: ['zh-CN'] })
    const article = await publishedArticle(false)
    const events = await eventually(
      () => eventsFor(site, article.id),
      (e) => e.length >= 3,
    )
    expect(events).toHaveLength(3)
    expect(new Set(events.map((e) => e.id)).size).toBe(1)
    expect(new Set(events.map((e) => JSON.stringify(e.body))).size).toBe(1)
    const rows = await eventually(
      () => siteRowsFor(subscription.id),
      (r) => r.some((d) => d.status === 'delivered'),
    )
    const row = rows.find((d) => d.messageId === events[0].id)!
    expect(row).toMatchObject({ event: 'site.changed', status: 'delivered', attemptCount: 3, channel: null })
    expect(row.attempts.map((a: { outcome: string; httpStatus: number }) => `${a.outcome}:${a.httpStatus}`)).toEqual([
      'retry:500',
      'retry:503',
      'delivered:200',
    ])
  })

  it('should disable a subscription whose site answers 410 and send it nothing more', async () => {
    const site = await receiver([SECRET], { status: 410 })
    const subscription = await subscribe(site, { contentLocales: ['zh-CN'] })
    const first = await publishedArticle(false)
    const disabled = await eventually(
      async () => (await api(`/api/site-subscriptions/${subscription.id}`, { auth: await as.admin() })).body,
      (doc) => Boolean(doc.delivery?.disabledAt),
    )
    expect(disabled.delivery.disabledAt).toBeTruthy()
    expect(disabled.delivery.disabledReason).toContain('410')
    expect(eventsFor(site, first.id)).toHaveLength(1)
    const second = await publishedArticle(false)
    expect((await siteRowsFor(subscription.id)).filter((d) => d.contentId === String(second.id))).toEqual([])
  })

  it('should send only the collections and locales a subscription follows', async () => {
    const stories = await receiver([SECRET])
    const english = await receiver([SECRET])
    const storiesSubscription = await subscribe(stories, { contentCollections: ['patient-stories'] })
    const englishSubscription = await subscribe(english, { contentCollections: ['articles'], contentLocales: ['en'] })
    const article = await publishedArticle()
    const events = await eventually(
      () => eventsFor(english, article.id),
      (e) => e.length >= 1,
    )
    expect(events.map((e) => e.body.change.locale)).toEqual(['en'])
    expect((await siteRowsFor(englishSubscription.id)).filter((d) => d.contentId === String(article.id))).toHaveLength(
      1,
    )
    expect((await siteRowsFor(storiesSubscription.id)).filter((d) => d.contentId === String(article.id))).toEqual([])
    expect(eventsFor(stories, article.id)).toEqual([])
  })

  it('should let only admins manage subscriptions, never show the secret, and rotate it with a grace period', async () => {
    const site = await receiver([SECRET])
    const body = { name: '合作门户', contentCollections: ['articles'], delivery: { url: site.url } }
    for (const persona of ['publisher', 'editor', 'apiClient', 'anonymous'] as const) {
      const auth = await as[persona]()
      expect(
        (await api('/api/site-subscriptions', { method: 'POST', body, auth })).status,
        persona,
      ).toBeGreaterThanOrEqual(401)
      expect(
        (await api('/api/site-subscriptions', { method: 'POST', body, auth })).status,
        persona,
      ).toBeLessThanOrEqual(403)
      expect((await api('/api/site-subscriptions', { auth })).status, persona).toBe(403)
    }
    const created = await subscribe(site, { delivery: { url: site.url } })
    expect(created.delivery.secret).toBeUndefined()
    expect(created.delivery.secretHint).toMatch(/^whsec_…/)
    const publisher = await as.publisher()
    expect(
      (
        await api(`/api/site-subscriptions/${created.id}`, {
          method: 'PATCH',
          body: { enabled: false },
          auth: publisher,
        })
      ).status,
    ).toBe(403)
    expect((await api(`/api/site-subscriptions/${created.id}`, { method: 'DELETE', auth: publisher })).status).toBe(403)
    expect(
      (await api(`/api/site-subscriptions/${created.id}/rotate-secret`, { method: 'POST', body: {}, auth: publisher }))
        .status,
    ).toBe(403)
    const read = await api(`/api/site-subscriptions/${created.id}`, { auth: await as.admin() })
    expect(read.body.delivery.secret).toBeUndefined()

    const rotated = await api(`/api/site-subscriptions/${created.id}/rotate-secret`, {
      method: 'POST',
      body: { secret: SECRET, graceHours: 1 },
      auth: await as.admin(),
    })
    expect(rotated.status, JSON.stringify(rotated.body)).toBe(200)
    expect(rotated.body.secret).toBe(SECRET)
    // The generated secret it replaced still signs beside the new one during the grace period.
    site.secrets = [SECRET]
    const article = await publishedArticle(false)
    const [event] = await eventually(
      () => eventsFor(site, article.id),
      (e) => e.length >= 1,
    )
    expect(event.signatures).toHaveLength(2)
    expect(event.verifiedWith).toEqual([0])
  })

  it('should refuse a subscription without collections or with a URL that is not http(s)', async () => {
    const auth = await as.admin()
    expect(
      (
        await api('/api/site-subscriptions', {
          method: 'POST',
          body: { name: 'x', contentCollections: [], delivery: { url: 'https://example.org/hook' } },
          auth,
        })
      ).status,
    ).toBe(400)
    const res = await api('/api/site-subscriptions', {
      method: 'POST',
      body: { name: 'x', contentCollections: ['articles'], delivery: { url: 'ftp://example.org/hook' } },
      auth,
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].code).toBe('channel-bad-settings')
  })
})
