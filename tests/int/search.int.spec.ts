// GET /api/search over real HTTP: Chinese found by bigrams and through traditional spellings,
// English in its locale, title hits above body hits, highlights escaped, and never anything the
// public read rule would refuse — also when the change happened behind the index's back.
import { describe, expect, inject, it } from 'vitest'

import { articleData, consentData, storyData } from '../factories/content'
import { api, as } from '../helpers/api'
import { rawSql } from '../../scripts/lib/rawSql'
import { publishThroughReview } from '../helpers/review'
import { startServerProcess } from '../../scripts/lib/serverProcess'

const lexical = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
    })),
  },
})

const createArticle = async (overrides: Record<string, unknown>) => {
  const created = await api('/api/articles', {
    method: 'POST',
    body: await articleData(overrides),
    auth: await as.editor(),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc.id as number
}

const publishedArticle = async (overrides: Record<string, unknown>) => {
  const id = await createArticle(overrides)
  await publishThroughReview('articles', id)
  return id
}

const search = async (query: string, auth?: Awaited<ReturnType<typeof as.anonymous>>) => {
  const res = await api(`/api/search?${query}`, { auth })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body as {
    docs: {
      collection: string
      id: number
      slug: string | null
      locale: string
      title: string
      summary: string | null
      publishedAt: string
      highlights: Record<string, string>
      score: number
    }[]
    totalDocs: number
    page: number
    limit: number
  }
}

const ids = (body: Awaited<ReturnType<typeof search>>) => body.docs.map((d) => d.id)

/** Changes made by hand reach the response cache on Postgres only through its signal. */
const tamper = async (sql: string, params: (string | number)[]) => {
  const uri = inject('databaseUri')
  await rawSql(uri, sql, params)
  if (!uri.startsWith('file:')) await rawSql(uri, 'NOTIFY public_cache')
}

describe('GET /api/search', () => {
  it('should find a published article by a two-character Chinese word in its body, with the word marked', async () => {
    const id = await publishedArticle({
      title: '冬季养生要点',
      summary: '注意保暖。',
      body: lexical('老人冬季要注意饕餮之后的血压变化。'),
    })
    const body = await search('q=饕餮&collection=articles')
    expect(ids(body)).toEqual([id])
    expect(body.docs[0]).toMatchObject({
      collection: 'articles',
      id,
      locale: 'zh-CN',
      title: '冬季养生要点',
      summary: '注意保暖。',
    })
    expect(body.docs[0].slug).toMatch(/^winter-bp-/)
    expect(body.docs[0].publishedAt).toBeTruthy()
    expect(body.docs[0].highlights).toEqual({ body: '老人冬季要注意<mark>饕餮</mark>之后的血压变化。' })
    expect(body.totalDocs).toBe(1)
    // A phrase matches only where its characters stand together.
    expect(ids(await search('q=饕血&collection=articles'))).toEqual([])
  })

  it('should find simplified text by a traditional spelling, and traditional text by a simplified one', async () => {
    const id = await publishedArticle({ title: '血压管理', body: lexical('貔貅高血压患者应低盐饮食。') })
    const body = await search(`q=${encodeURIComponent('貔貅高血壓')}`)
    expect(ids(body)).toEqual([id])
    expect(body.docs[0].highlights.body).toBe('<mark>貔貅高血压</mark>患者应低盐饮食。')

    const tw = await createArticle({ title: '血压管理', body: lexical('普通内容') })
    const patched = await api(`/api/articles/${tw}?locale=zh-TW`, {
      method: 'PATCH',
      body: { title: '血壓管理', body: lexical('麒麟高血壓患者應低鹽飲食。') },
      auth: await as.editor(),
    })
    expect(patched.status, JSON.stringify(patched.body)).toBe(200)
    await publishThroughReview('articles', tw)
    const found = await search(`q=${encodeURIComponent('麒麟高血压')}&locale=zh-TW`)
    expect(ids(found)).toEqual([tw])
    expect(found.docs[0]).toMatchObject({ locale: 'zh-TW', title: '血壓管理' })
    expect(found.docs[0].highlights.body).toBe('<mark>麒麟高血壓</mark>患者應低鹽飲食。')
    // Locales are searched one at a time: the zh-TW text is not in zh-CN.
    expect(ids(await search(`q=${encodeURIComponent('麒麟')}&locale=zh-CN`))).toEqual([])
  })

  it('should find an English word in the en locale, case-insensitively, as anonymous readers and API clients', async () => {
    const id = await createArticle({ title: '冬季血压', body: lexical('中文正文') })
    const patched = await api(`/api/articles/${id}?locale=en`, {
      method: 'PATCH',
      body: {
        title: 'Winter blood pressure',
        summary: 'Measure often.',
        body: lexical('Quokkas and Hypertension: measure twice a day.'),
      },
      auth: await as.editor(),
    })
    expect(patched.status, JSON.stringify(patched.body)).toBe(200)
    await publishThroughReview('articles', id)
    for (const auth of [await as.anonymous(), await as.apiClient()]) {
      const body = await search('q=QUOKKAS&locale=en', auth)
      expect(ids(body)).toEqual([id])
      expect(body.docs[0]).toMatchObject({ locale: 'en', title: 'Winter blood pressure', summary: 'Measure often.' })
      expect(body.docs[0].highlights.body).toBe('<mark>Quokkas</mark> and Hypertension: measure twice a day.')
    }
    expect(ids(await search('q=quokkas&locale=zh-CN'))).toEqual([])
  })

  it('should rank a title hit above a body-only hit', async () => {
    const bodyOnly = await publishedArticle({
      title: '春季过敏防护',
      body: lexical('春季花粉多，魑魅过敏的人要减少外出。'),
    })
    const inTitle = await publishedArticle({
      title: '魑魅过敏怎么办',
      body: lexical('春季花粉多，过敏的人要减少外出。'),
    })
    const body = await search('q=魑魅')
    expect(ids(body)).toEqual([inTitle, bodyOnly])
    expect(body.docs[0].score).toBeGreaterThan(body.docs[1].score)
    expect(body.docs[0].highlights.title).toBe('<mark>魑魅</mark>过敏怎么办')
    expect(body.docs[0].highlights.body).toBeUndefined()
    // Pages: one per page, the same order.
    const second = await search('q=魑魅&limit=1&page=2')
    expect(second).toMatchObject({ totalDocs: 2, page: 2, limit: 1 })
    expect(ids(second)).toEqual([bodyOnly])
    expect(await search('q=魑魅&limit=1&page=3')).toMatchObject({ docs: [], totalDocs: 2 })
  })

  it('should never return a draft, a withdrawn piece, or a piece past its re-review date', async () => {
    await createArticle({ title: '草稿魍魉', body: lexical('魍魉草稿内容') })
    expect(ids(await search('q=魍魉'))).toEqual([])

    const withdrawn = await publishedArticle({ title: '撤回测试', body: lexical('鸳鸯撤回内容') })
    expect(ids(await search('q=鸳鸯'))).toEqual([withdrawn])
    const res = await api(`/api/articles/${withdrawn}/workflow/withdraw`, {
      method: 'POST',
      body: { reason: '搜索测试撤回' },
      auth: await as.publisher(),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(ids(await search('q=鸳鸯&limit=9'))).toEqual([])

    // The re-review date passes behind the index's back: the query's own rule hides it at once.
    const expired = await publishedArticle({ title: '过期测试', body: lexical('饕餮鸳鸯过期内容') })
    expect(ids(await search('q=饕餮鸳鸯'))).toEqual([expired])
    await tamper('UPDATE articles SET workflow_review_expires_at = $1 WHERE id = $2', [
      new Date(Date.now() - 60_000).toISOString(),
      expired,
    ])
    expect(ids(await search('q=饕餮鸳鸯&limit=9'))).toEqual([])
  })

  it('should find a public patient story, and never one whose consent is revoked', async () => {
    const consent = await api('/api/consents', { method: 'POST', body: consentData(), auth: await as.privacy() })
    expect(consent.status, JSON.stringify(consent.body)).toBe(201)
    const story = await api('/api/patient-stories', {
      method: 'POST',
      body: await storyData({ consent: consent.body.doc.id, body: lexical('患者在貔貅疗法后逐步康复。') }),
      auth: await as.editor(),
    })
    expect(story.status, JSON.stringify(story.body)).toBe(201)
    const id = story.body.doc.id
    await publishThroughReview('patient-stories', id)
    const found = await search('q=貔貅疗法&collection=patient-stories')
    expect(found.docs).toMatchObject([{ collection: 'patient-stories', id, slug: null, title: '一次及时的胸痛就诊' }])
    expect(ids(await search('q=貔貅疗法&collection=articles'))).toEqual([])
    await tamper('UPDATE consents SET status = $1 WHERE id = $2', ['revoked', consent.body.doc.id])
    expect(ids(await search('q=貔貅疗法&collection=patient-stories&limit=9'))).toEqual([])
  })

  it('should escape every piece of stored text in highlights', async () => {
    const id = await publishedArticle({
      title: '<script>alert(1)</script>獬豸',
      summary: '"獬豸" & <b>粗体</b>',
      body: lexical('<img src=x onerror=alert(1)>獬豸'),
    })
    const body = await search('q=獬豸')
    expect(ids(body)).toEqual([id])
    expect(body.docs[0].highlights).toEqual({
      title: '&lt;script&gt;alert(1)&lt;/script&gt;<mark>獬豸</mark>',
      summary: '&quot;<mark>獬豸</mark>&quot; &amp; &lt;b&gt;粗体&lt;/b&gt;',
      body: '&lt;img src=x onerror=alert(1)&gt;<mark>獬豸</mark>',
    })
  })

  it('should answer 400 in the error envelope for a missing, blank or too long query and unknown parameters', async () => {
    const cases: [string, string][] = [
      ['', 'search-query-required'],
      ['q=%20', 'search-query-required'],
      [`q=${'血'.repeat(101)}`, 'search-query-too-long'],
      ['q=血压&locale=fr', 'unknown-locale'],
      ['q=血压&locale=all', 'invalid-query'],
      ['q=血压&collection=users', 'invalid-query'],
      ['q=血压&collection=consents', 'invalid-query'],
      ['q=血压&limit=0', 'invalid-query'],
      ['q=血压&limit=1000', 'invalid-query'],
      ['q=血压&page=-1', 'invalid-query'],
      ['q=血压&q=糖', 'duplicate-query-parameter'],
    ]
    for (const [query, code] of cases) {
      const res = await api(`/api/search?${query}`)
      expect(res.status, query).toBe(400)
      expect(res.body.errors?.[0]?.code, query).toBe(code)
      expect(typeof res.body.errors[0].message).toBe('string')
    }
    // Nothing searchable (only punctuation) is an empty answer, not an error.
    expect(await search(`q=${encodeURIComponent('"*()')}`)).toMatchObject({ docs: [], totalDocs: 0 })
  })

  it('should fill an empty index from the published rows on the first search of a process', async () => {
    const id = await publishedArticle({ title: '回填测试', body: lexical('狻猊回填内容') })
    const uri = inject('databaseUri')
    // Emptied behind the servers' back, as in a database older than the index.
    if (uri.startsWith('file:')) {
      await rawSql(uri, 'DELETE FROM search_documents')
      await rawSql(uri, 'DELETE FROM search_texts')
    } else await rawSql(uri, 'DELETE FROM search_documents')
    const second = await startServerProcess({ DATABASE_URI: uri, SEED_DEMO: '0', SCHEDULER: 'off' })
    try {
      const res = await fetch(`${second.url}/api/search?q=${encodeURIComponent('狻猊')}`)
      expect(res.status).toBe(200)
      const body = (await res.json()) as { docs: { id: number; highlights: Record<string, string> }[] }
      expect(body.docs.map((d) => d.id)).toEqual([id])
      expect(body.docs[0].highlights.body).toBe('<mark>狻猊</mark>回填内容')
      // Every public piece is back, for this server and the suite's one alike.
      const count = await rawSql(uri, 'SELECT count(DISTINCT doc_id) AS n FROM search_documents')
      expect(Number(count[0].n)).toBeGreaterThan(10)
    } finally {
      await second.stop()
    }
  })

  it('should be answered from the response cache for anonymous readers', async () => {
    const first = await api('/api/search?q=%E8%A1%80%E5%8E%8B&limit=3')
    expect(first.status).toBe(200)
    // Any write anywhere (a scheduler tick queuing its jobs) empties the cache: ask again, a little apart.
    let second = await api('/api/search?q=%E8%A1%80%E5%8E%8B&limit=3')
    for (let attempt = 0; attempt < 50 && second.headers.get('x-cache') !== 'hit'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      second = await api('/api/search?q=%E8%A1%80%E5%8E%8B&limit=3')
    }
    expect(second.headers.get('x-cache')).toBe('hit')
    expect(second.body).toEqual(first.body)
    expect(first.body.docs.length).toBeGreaterThan(0)
  })
})
