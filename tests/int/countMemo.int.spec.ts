// Kept totals of public lists (src/public/payload/countMemo.ts) over real HTTP: a list page read
// with a known total answers exactly what an uncached server answers, and no change — a
// publication, a withdrawal, a consent's end, another instance's write — ever leaves a total
// behind. Each read below uses a URL the response cache has not seen (another page, limit or
// depth), so the total comes from the memo, not from a cached response.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { articleData, consentData, storyData, taxonomyData } from '../factories/content'
import { api, as, baseUrl } from '../helpers/api'
import { publishThroughReview } from '../helpers/review'
import { type RunningServer, startServerProcess } from '../../scripts/lib/serverProcess'

type Page = {
  docs: { id: number }[]
  totalDocs: number
  totalPages: number
  page: number
  pagingCounter: number
  hasPrevPage: boolean
  hasNextPage: boolean
  prevPage: number | null
  nextPage: number | null
  limit: number
}

const read = async (path: string, base = baseUrl()): Promise<{ status: number; cache: string | null; body: Page }> => {
  const res = await fetch(new URL(path, base))
  return { status: res.status, cache: res.headers.get('x-cache'), body: (await res.json()) as Page }
}

let variant = 0
/** The same filter under a URL never read before (a new limit): a response-cache miss, a memo hit once known. */
const fresh = (filter: string) => `/api/articles?${filter}&limit=${++variant}&depth=0`

const topicWithArticles = async (count: number) => {
  const topic = await api('/api/topics', { method: 'POST', body: taxonomyData.topics(), auth: await as.admin() })
  expect(topic.status, JSON.stringify(topic.body)).toBe(201)
  for (let i = 0; i < count; i++) {
    const created = await api('/api/articles', {
      method: 'POST',
      body: await articleData({ title: `计数缓存测试 ${i + 1}`, topics: [topic.body.doc.id] }),
      auth: await as.editor(),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    await publishThroughReview('articles', created.body.doc.id)
  }
  return { topic: topic.body.doc.id as number }
}

describe('kept totals of public lists', () => {
  let uncached: RunningServer
  let second: RunningServer
  let topic: number

  beforeAll(async () => {
    // The same database through a server without the cache (and so without kept totals), and a
    // second cached instance.
    ;[uncached, second] = await Promise.all([
      startServerProcess({ DATABASE_URI: inject('databaseUri'), SEED_DEMO: '0', SCHEDULER: 'off', CACHE: 'off' }),
      startServerProcess({ DATABASE_URI: inject('databaseUri'), SEED_DEMO: '0', SCHEDULER: 'off' }),
    ])
    ;({ topic } = await topicWithArticles(5))
  })

  afterAll(async () => {
    await Promise.all([uncached?.stop(), second?.stop()])
  })

  it('should answer every page, limit and selection exactly as a server without the cache does', async () => {
    const filters = [
      `where[topics][in]=${topic}`,
      'where[layer][equals]=what',
      `where[topics][in]=${topic}&where[title][like]=计数`,
      'sort=-publishedAt',
    ]
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...filters),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom('&depth=0', '&depth=1', '&select[title]=true', ''),
        async (filter, limit, page, extra) => {
          const path = `/api/articles?${filter}&limit=${limit}&page=${page}${extra}`
          // Read another page of the filter first, so the total is known when `path` is read.
          await read(`/api/articles?${filter}&limit=${limit}&page=${page + 1}${extra}`)
          const [memo, plain] = await Promise.all([read(path), read(path, uncached.url)])
          expect(memo.status).toBe(200)
          // Media URLs name each server's own address.
          const same = (body: Page) => JSON.stringify(body).replace(/http:\/\/localhost:\d+/g, 'ORIGIN')
          expect(same(memo.body)).toBe(same(plain.body))
        },
      ),
      { numRuns: 40, seed: 20261126 },
    )
  })

  it('should move the total at once on a publication and a withdrawal', async () => {
    const filter = `where[topics][in]=${topic}`
    const before = (await read(fresh(filter))).body.totalDocs
    expect((await read(fresh(filter))).body.totalDocs).toBe(before)

    const created = await api('/api/articles', {
      method: 'POST',
      body: await articleData({ title: '计数缓存：新发布', topics: [topic] }),
      auth: await as.editor(),
    })
    await publishThroughReview('articles', created.body.doc.id)
    expect((await read(fresh(filter))).body.totalDocs).toBe(before + 1)

    const withdrawn = await api(`/api/articles/${created.body.doc.id}/workflow/withdraw`, {
      method: 'POST',
      body: { reason: '计数缓存测试撤回' },
      auth: await as.publisher(),
    })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    const after = await read(fresh(filter))
    expect(after.cache).toBe('miss')
    expect(after.body.totalDocs).toBe(before)
  })

  it('should drop a story from the total at the instant its consent ends, without any write', async () => {
    const consent = await api('/api/consents', { method: 'POST', body: consentData(), auth: await as.privacy() })
    const story = await api('/api/patient-stories', {
      method: 'POST',
      body: await storyData({ consent: consent.body.doc.id }),
      auth: await as.editor(),
    })
    const id = story.body.doc.id
    await publishThroughReview('patient-stories', id)
    const endsAt = Date.now() + 4_000
    const shortened = await api(`/api/consents/${consent.body.doc.id}`, {
      method: 'PATCH',
      body: { validUntil: new Date(endsAt).toISOString() },
      auth: await as.privacy(),
    })
    expect(shortened.status, JSON.stringify(shortened.body)).toBe(200)

    let limit = 1
    const total = async () =>
      (await read(`/api/patient-stories?where[id][equals]=${id}&limit=${limit++}&depth=0`)).body.totalDocs
    expect(await total()).toBe(1)
    let goneAt: number | undefined
    while (goneAt === undefined && Date.now() < endsAt + 10_000) {
      if ((await total()) === 0) goneAt = Date.now()
      else expect(Date.now(), 'the total still counted the story after its consent ended').toBeLessThan(endsAt + 1_000)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(goneAt).toBeDefined()
    expect(goneAt! - endsAt).toBeLessThan(1_000)
  })

  it('should move the total through another instance within a second of a publication', async () => {
    const filter = `where[topics][in]=${topic}`
    const before = (await read(fresh(filter), second.url)).body.totalDocs
    expect((await read(fresh(filter), second.url)).body.totalDocs).toBe(before)
    const created = await api('/api/articles', {
      method: 'POST',
      body: await articleData({ title: '计数缓存：跨实例', topics: [topic] }),
      auth: await as.editor(),
    })
    await publishThroughReview('articles', created.body.doc.id)
    const publishedAt = Date.now()
    let seen: number | undefined
    while (Date.now() - publishedAt < 2_000) {
      if ((await read(fresh(filter), second.url)).body.totalDocs === before + 1) {
        seen = Date.now()
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    expect(seen, 'the other instance still counted the old total after 2 s').toBeDefined()
    expect(seen! - publishedAt).toBeLessThan(1_000)
  })

  it('should keep staff totals out of it: a staff list counts drafts as before', async () => {
    const draft = await api('/api/articles', {
      method: 'POST',
      body: await articleData({ title: '计数缓存：草稿', topics: [topic] }),
      auth: await as.editor(),
    })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    const editor = await as.editor()
    const staff = await api(`/api/articles?where[topics][in]=${topic}&limit=1&depth=0`, { auth: editor })
    const anonymous = (await read(fresh(`where[topics][in]=${topic}`))).body.totalDocs
    expect(staff.body.totalDocs).toBeGreaterThan(anonymous)
  })
})
