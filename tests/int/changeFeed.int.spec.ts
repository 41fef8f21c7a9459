// The change feed (GET /api/changes) against the real server: an entry per locale on publish,
// `updated` on re-publish, tombstones for withdrawal, consent revocation, a passed re-review date
// and a lapsed consent (each recorded once, whoever notices first), cursor pages that give every
// entry exactly once while publishes run concurrently, and the bad-input answers.
import { describe, expect, inject, it } from 'vitest'

import { api, as, type Auth } from '../helpers/api'
import { articleData, consentData, storyData } from '../factories/content'
import { rawSql } from '../../scripts/lib/rawSql'
import { approveThroughReview, publishThroughReview, workflowOf } from '../helpers/review'
import { eventually } from '../../scripts/lib/webhookReceiver'

type Change = {
  collection: string
  id: number | string
  slug: string | null
  locale: string
  type: 'published' | 'updated' | 'removed'
  at: string
}

type FeedAnswer = { changes: Change[]; next: string; errors?: { code: string; field?: string; message: string }[] }

const page = (query: string, auth: Auth = {}) => api<FeedAnswer>(`/api/changes${query}`, { auth })

/** Every entry after `since`, page by page, and the cursor to continue from. */
const drain = async (since: string | null, limit = 500): Promise<{ changes: Change[]; next: string }> => {
  const changes: Change[] = []
  let cursor = since
  for (;;) {
    const res = await page(`?limit=${limit}${cursor ? `&since=${cursor}` : ''}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    changes.push(...res.body.changes)
    cursor = res.body.next
    if (res.body.changes.length < limit) return { changes, next: cursor }
  }
}

const tail = async () => (await drain(null)).next

const of = (changes: Change[], collection: string, id: number | string) =>
  changes.filter((c) => c.collection === collection && String(c.id) === String(id))
const summary = (changes: Change[]) => changes.map((c) => `${c.locale}:${c.type}`)

const createArticle = async (overrides: Record<string, unknown> = {}) => {
  const res = await api('/api/articles', {
    method: 'POST',
    body: await articleData(overrides),
    auth: await as.editor(),
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc as { id: number; slug: string }
}

const withEnglishTitle = async (id: number) => {
  const res = await api(`/api/articles/${id}?locale=en`, {
    method: 'PATCH',
    body: { title: 'Monitoring blood pressure in winter' },
    auth: await as.editor(),
  })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
}

const publishedStory = async (consentOverrides: Record<string, unknown> = {}) => {
  const consent = await api('/api/consents', {
    method: 'POST',
    body: consentData(consentOverrides),
    auth: await as.privacy(),
  })
  expect(consent.status, JSON.stringify(consent.body)).toBe(201)
  const story = await api('/api/patient-stories', {
    method: 'POST',
    body: await storyData({ consent: consent.body.doc.id }),
    auth: await as.editor(),
  })
  expect(story.status, JSON.stringify(story.body)).toBe(201)
  await publishThroughReview('patient-stories', story.body.doc.id)
  return {
    consentId: consent.body.doc.id as number,
    storyId: story.body.doc.id as number,
    slug: story.body.doc.slug as string,
  }
}

describe('GET /api/changes', () => {
  it('should record one published entry per locale the published row has a title in, with its slug', async () => {
    const since = await tail()
    const article = await createArticle()
    await withEnglishTitle(article.id)
    await publishThroughReview('articles', article.id)
    const mine = of((await drain(since)).changes, 'articles', article.id)
    expect(summary(mine).sort()).toEqual(['en:published', 'zh-CN:published'])
    for (const change of mine) {
      expect(change).toMatchObject({ collection: 'articles', id: article.id, slug: article.slug })
      expect(Number.isNaN(Date.parse(change.at))).toBe(false)
    }
  })

  it('should record updated when an edit is published over the live version, and nothing for the draft edit itself', async () => {
    const article = await createArticle()
    await publishThroughReview('articles', article.id)
    const since = await tail()
    const edit = await api(`/api/articles/${article.id}`, {
      method: 'PATCH',
      body: { summary: '修订后的摘要：天冷时更要规律测量血压。' },
      auth: await as.editor(),
    })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    expect(of((await drain(since)).changes, 'articles', article.id)).toEqual([])
    await publishThroughReview('articles', article.id)
    expect(summary(of((await drain(since)).changes, 'articles', article.id))).toEqual(['zh-CN:updated'])
  })

  it('should leave a tombstone per live locale on withdrawal, under the slug readers knew', async () => {
    const article = await createArticle()
    await withEnglishTitle(article.id)
    await publishThroughReview('articles', article.id)
    const since = await tail()
    const res = await api(`/api/articles/${article.id}/workflow/withdraw`, {
      method: 'POST',
      body: { reason: '内容需要更新' },
      auth: await as.publisher(),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    const mine = of((await drain(since)).changes, 'articles', article.id)
    expect(summary(mine).sort()).toEqual(['en:removed', 'zh-CN:removed'])
    expect(mine.every((c) => c.slug === article.slug)).toBe(true)
  })

  it('should leave a tombstone when the patient revokes the consent', async () => {
    const { consentId, storyId } = await publishedStory()
    const since = await tail()
    const res = await api(`/api/consents/${consentId}`, {
      method: 'PATCH',
      body: { status: 'revoked', revocationReason: '患者本人要求撤回' },
      auth: await as.privacy(),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(summary(of((await drain(since)).changes, 'patient-stories', storyId))).toEqual(['zh-CN:removed'])
  })

  it('should leave one tombstone at the instant a re-review date passed, before and after the expiry job moves the piece', async () => {
    const article = await createArticle()
    await publishThroughReview('articles', article.id)
    const since = await tail()
    const lapsedAt = new Date(Date.now() - 60_000).toISOString()
    await rawSql(inject('databaseUri'), 'UPDATE articles SET workflow_review_expires_at = $1 WHERE id = $2', [
      lapsedAt,
      article.id,
    ])
    // Whoever notices first — this read or the maintenance job's withdrawal — records it.
    const first = of((await drain(since)).changes, 'articles', article.id)
    expect(first).toEqual([
      { collection: 'articles', id: article.id, slug: article.slug, locale: 'zh-CN', type: 'removed', at: lapsedAt },
    ])
    const moved = await eventually(
      () => workflowOf('articles', article.id),
      (w) => w.state === 'review_expired',
    )
    expect(moved.state).toBe('review_expired')
    expect(of((await drain(since)).changes, 'articles', article.id)).toEqual(first)
  })

  it('should leave one tombstone at the instant a consent ended, before and after the consent job', async () => {
    const { consentId, storyId } = await publishedStory()
    const since = await tail()
    const endedAt = new Date(Date.now() - 30_000).toISOString()
    await rawSql(inject('databaseUri'), 'UPDATE consents SET valid_until = $1 WHERE id = $2', [endedAt, consentId])
    const first = of((await drain(since)).changes, 'patient-stories', storyId)
    expect(first.map((c) => ({ locale: c.locale, type: c.type, at: c.at }))).toEqual([
      { locale: 'zh-CN', type: 'removed', at: endedAt },
    ])
    const withdrawn = await eventually(
      () => workflowOf('patient-stories', storyId),
      (w) => w.state === 'withdrawn',
    )
    expect(withdrawn.state).toBe('withdrawn')
    expect(of((await drain(since)).changes, 'patient-stories', storyId)).toEqual(first)
  })

  it('should give every entry exactly once, page by page, while publishes run concurrently', async () => {
    const articles = await Promise.all(Array.from({ length: 6 }, () => createArticle()))
    for (const article of articles) {
      await withEnglishTitle(article.id)
      await approveThroughReview('articles', article.id)
    }
    const ids = new Set(articles.map((a) => a.id))
    const since = await tail()
    const seen: Change[] = []
    let cursor = since
    let publishing = true
    const publishes = Promise.all(
      articles.map(async (article) => {
        const versionHash = (await workflowOf('articles', article.id)).versionHash
        const res = await api(`/api/articles/${article.id}/workflow/publish`, {
          method: 'POST',
          body: { versionHash },
          auth: await as.publisher(),
        })
        expect(res.status, JSON.stringify(res.body)).toBe(200)
      }),
    ).finally(() => {
      publishing = false
    })
    // A reader paging two at a time from the start, racing the publishes, then to the end.
    for (;;) {
      const stillPublishing = publishing
      const res = await page(`?limit=2&since=${cursor}`)
      expect(res.status).toBe(200)
      expect(res.body.changes.length).toBeLessThanOrEqual(2)
      seen.push(...res.body.changes)
      cursor = res.body.next
      if (!stillPublishing && res.body.changes.length === 0) break
    }
    await publishes
    seen.push(...(await drain(cursor)).changes)
    const mine = seen.filter((c) => c.collection === 'articles' && ids.has(c.id as number))
    const keys = mine.map((c) => `${c.id}:${c.locale}:${c.type}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys.sort()).toEqual([...ids].flatMap((id) => [`${id}:en:published`, `${id}:zh-CN:published`]).sort())
  })

  it('should answer anonymous readers, API clients and staff alike, never from the response cache', async () => {
    for (const auth of [await as.anonymous(), await as.apiClient(), await as.editor()]) {
      const res = await page('?limit=1', auth)
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      expect(Array.isArray(res.body.changes)).toBe(true)
      expect(typeof res.body.next).toBe('string')
      expect(res.headers.get('x-cache')).toBe('bypass')
      expect(res.headers.get('cache-control')).toContain('no-store')
    }
  })

  it('should keep the cursor where it was when nothing new happened', async () => {
    const next = await tail()
    const res = await page(`?since=${next}`)
    expect(res.body).toEqual({ changes: [], next })
  })

  it('should refuse a cursor it did not make and a bad page size with 400 in the envelope', async () => {
    for (const query of ['?since=12', '?since=not-a-cursor', `?since=${Buffer.from('c1:-4').toString('base64url')}`]) {
      const res = await page(query)
      expect(res.status, query).toBe(400)
      expect(res.body.errors?.[0]).toMatchObject({ code: 'change-cursor-invalid', field: 'since' })
    }
    for (const query of ['?limit=0', '?limit=501']) {
      const res = await page(query)
      expect(res.status, query).toBe(400)
      expect(res.body.errors?.[0]).toMatchObject({ code: 'change-limit-invalid', field: 'limit' })
    }
    // Not a whole number at all: the host's query rules answer before the feed runs.
    for (const query of ['?limit=ten', '?limit=2.5', '?limit=1&limit=2']) {
      const res = await page(query)
      expect(res.status, query).toBe(400)
      expect(res.body.errors?.[0]?.code, query).toMatch(/^(invalid-query|duplicate-query-parameter)$/)
    }
  })

  it('should keep the feed to itself: staff read its records, nobody writes them', async () => {
    expect((await api('/api/public-changes?limit=1', { auth: await as.editor() })).status).toBe(200)
    expect((await api('/api/public-changes?limit=1')).status).toBe(403)
    expect((await api('/api/public-changes?limit=1', { auth: await as.apiClient() })).status).toBe(403)
    const write = await api('/api/public-changes', {
      method: 'POST',
      body: {
        contentCollection: 'articles',
        contentId: '1',
        locale: 'zh-CN',
        type: 'removed',
        at: new Date().toISOString(),
        dedupeKey: 'x',
      },
      auth: await as.admin(),
    })
    expect(write.status).toBe(403)
  })
})
