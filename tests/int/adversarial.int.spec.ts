// The review gate under generated attack: every role, every write path (REST one and bulk,
// create, duplicate, version restore, GraphQL, workflow verbs, linked media and authors, locale
// and publication switches), random payloads. After each attempt, what anonymous readers and
// the website's API key get of the target — by id, in a list, in the count, over GraphQL — is
// exactly what was signed and published, or nothing. Never anything else.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, as, fileUrl, firstId, type Persona } from '../helpers/api'
import { approveThroughReview, publishThroughReview } from '../helpers/review'
import { articleData, consentData, storyData } from '../factories/content'
import { smallPng, uploadForm } from '../helpers/images'

type Target = {
  name: string
  collection: 'articles' | 'patient-stories'
  id: number
  coverId?: number
  authorId?: number
  signed: string | null
}

const publicView = async (target: Target) => {
  const { collection, id } = target
  const graphqlList = collection === 'articles' ? 'Articles' : 'PatientStories'
  const one = await api(`/api/${collection}/${id}?depth=1&locale=all`)
  const list = await api(`/api/${collection}?where[id][equals]=${id}&depth=0&locale=all`)
  const count = await api(`/api/${collection}/count?where[id][equals]=${id}`)
  const graphql = await api('/api/graphql', {
    method: 'POST',
    body: { query: `{ ${graphqlList}(where: { id: { equals: ${id} } }) { totalDocs docs { title body } } }` },
  })
  const key = await api(`/api/${collection}/${id}?depth=0&locale=all`, { auth: await as.apiClient() })
  // Asking for drafts or versions gets a reader nothing more.
  const drafts = await api(`/api/${collection}/${id}?depth=1&locale=all&draft=true`)
  const versions = await api(`/api/${collection}/versions?where[parent][equals]=${id}`, { auth: await as.apiClient() })
  expect(versions.body?.docs ?? [], 'versions are never public').toEqual([])
  if (drafts.status === 200)
    expect(JSON.stringify(drafts.body), 'a reader asking for drafts gets the published version').toBe(
      JSON.stringify(one.body),
    )
  const visible =
    one.status === 200 ||
    list.body?.docs?.length > 0 ||
    count.body?.totalDocs > 0 ||
    graphql.body?.data?.[graphqlList]?.totalDocs > 0 ||
    key.status === 200
  return {
    visible,
    view: JSON.stringify({
      one: one.body,
      list: list.body?.docs,
      count: count.body?.totalDocs,
      graphql: graphql.body?.data,
      key: key.body,
    }),
  }
}

const lexical = (text: string, extra: Record<string, unknown> = {}) => ({
  root: {
    type: 'root',
    version: 1,
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }], ...extra }],
  },
})

const PERSONAS: Persona[] = [
  'admin',
  'editor',
  'editor2',
  'publisher',
  'reviewer',
  'reviewer3',
  'privacy',
  'compliance',
  'analyst',
  'apiClient',
  'anonymous',
]
const QUERIES = [
  '',
  '?draft=true',
  '?draft=false',
  '?locale=en',
  '?locale=zh-TW',
  '?locale=all',
  '?publishSpecificLocale=en',
  '?unpublishAllLocales=true',
  '?publishAllLocales=true',
  '?autosave=true',
  '?depth=0&draft=false',
]
const PATHS = [
  'rest-patch',
  'rest-bulk',
  'rest-create',
  'rest-duplicate',
  'rest-restore',
  'graphql-update',
  'graphql-restore',
  'media-patch',
  'doctor-patch',
  'workflow-verb',
] as const

const payloadArb = (target: Target) =>
  fc.record(
    {
      _status: fc.constantFrom('published', 'draft'),
      title: fc.constantFrom('包治百病的新疗法', '本院治愈率100%', 'Cure guaranteed'),
      summary: fc.string({ maxLength: 40 }),
      body: fc.constantFrom(
        lexical('坚持三个月就能扔掉胰岛素'),
        lexical('请联系患者测试患者甲 13912345678', {
          id: 1,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        }),
        {
          root: {
            type: 'root',
            children: [{ type: 'upload', relationTo: 'media', value: { id: target.coverId ?? 1, text: '根治' } }],
          },
        },
      ),
      slug: fc.constantFrom('hijacked-slug', 'another-slug'),
      publishedAt: fc.constantFrom('2020-01-01T00:00:00.000Z', new Date().toISOString()),
      workflow: fc.constant({ state: 'published', versionHash: '0'.repeat(64), reviewedBy: '院士' }),
      pseudonym: fc.constantFrom('张三（真名）', '患者C'),
      internalNotes: fc.string({ maxLength: 20 }),
      references: fc.constant([
        { id: 'x', title: '伪造的指南', source: '无', guideline: '无', accessedAt: '2026-01-01T00:00:00.000Z' },
      ]),
    },
    { requiredKeys: [] },
  )

const graphqlName = (collection: Target['collection']) => (collection === 'articles' ? 'Article' : 'PatientStory')

/** The GraphQL `draft` argument a REST query string asks for. */
const graphqlDraft = (query: string) => {
  if (query.includes('draft=false')) return 'false'
  if (query.includes('draft=true')) return 'true'
  return 'null'
}

const attempt = async (
  target: Target,
  persona: Persona,
  path: (typeof PATHS)[number],
  query: string,
  payload: Record<string, unknown>,
  verb: string,
) => {
  const auth = await as[persona]()
  const { collection, id } = target
  switch (path) {
    case 'rest-patch':
      return api(`/api/${collection}/${id}${query}`, { method: 'PATCH', body: payload, auth })
    case 'rest-bulk':
      return api(`/api/${collection}?where[id][equals]=${id}${query.replace('?', '&')}`, {
        method: 'PATCH',
        body: payload,
        auth,
      })
    case 'rest-create':
      return api(`/api/${collection}${query}`, { method: 'POST', body: { ...(await articleData()), ...payload }, auth })
    case 'rest-duplicate':
      return api(`/api/${collection}/${id}/duplicate${query}`, { method: 'POST', body: payload, auth })
    case 'rest-restore': {
      const versions =
        (
          await api(`/api/${collection}/versions?where[parent][equals]=${id}&limit=5&sort=createdAt`, {
            auth: await as.admin(),
          })
        ).body.docs ?? []
      const version = versions[Math.floor(Math.random() * versions.length)]
      return version
        ? api(`/api/${collection}/versions/${version.id}${query}`, { method: 'POST', auth })
        : { status: 404, body: null }
    }
    case 'graphql-update': {
      const draft = graphqlDraft(query)
      const data = Object.entries(payload)
        .filter(([key]) => ['_status', 'title', 'summary', 'slug', 'internalNotes', 'pseudonym'].includes(key))
        .map(([key, value]) => `${key}: ${key === '_status' ? String(value) : JSON.stringify(value)}`)
        .join(', ')
      return api('/api/graphql', {
        method: 'POST',
        body: {
          query: `mutation { update${graphqlName(collection)}(id: ${id}, data: { ${data} }, draft: ${draft}) { id } }`,
        },
        auth,
      })
    }
    case 'graphql-restore': {
      const versions =
        (
          await api(`/api/${collection}/versions?where[parent][equals]=${id}&limit=1&sort=createdAt`, {
            auth: await as.admin(),
          })
        ).body.docs ?? []
      return versions[0]
        ? api('/api/graphql', {
            method: 'POST',
            body: { query: `mutation { restoreVersion${graphqlName(collection)}(id: "${versions[0].id}") { id } }` },
            auth,
          })
        : { status: 404, body: null }
    }
    case 'media-patch':
      return target.coverId
        ? api(`/api/media/${target.coverId}`, { method: 'PATCH', body: { alt: '被替换的说明', focalX: 10 }, auth })
        : { status: 404, body: null }
    case 'doctor-patch':
      // Admins may change credentials (that withdraws what names the doctor); others may not.
      return target.authorId && persona !== 'admin'
        ? api(`/api/doctors/${target.authorId}`, {
            method: 'PATCH',
            body: { title: '中国工程院院士', name: '冒名专家' },
            auth,
          })
        : { status: 0, body: null }
    case 'workflow-verb':
      return api(`/api/${collection}/${id}/workflow/${verb}`, {
        method: 'POST',
        body: { stage: 'medical', versionHash: '0'.repeat(64), ...payload },
        auth,
      })
  }
}

describe('the review gate under generated attack', () => {
  const targets: Target[] = []

  beforeAll(async () => {
    const cover = await api('/api/media', {
      method: 'POST',
      body: uploadForm(await smallPng(), 'adversarial.png', 'image/png', { alt: '对抗测试封面' }),
      auth: await as.editor(),
    })
    const doctor = await api('/api/doctors', {
      method: 'POST',
      body: { name: '对抗测试医生', title: '主治医师' },
      auth: await as.editor(),
    })
    const article = async (state: 'published' | 'withdrawn' | 'approved', coverId?: number) => {
      const res = await api('/api/articles?draft=true', {
        method: 'POST',
        body: await articleData({ ...(coverId ? { cover: coverId } : {}), authors: [doctor.body.doc.id] }),
        auth: await as.editor(),
      })
      const id = res.body.doc.id as number
      if (state === 'approved') await approveThroughReview('articles', id)
      else await publishThroughReview('articles', id)
      if (state === 'withdrawn')
        await api(`/api/articles/${id}/workflow/withdraw`, {
          method: 'POST',
          body: { reason: '对抗测试' },
          auth: await as.publisher(),
        })
      return id
    }
    targets.push({
      name: 'published article',
      collection: 'articles',
      id: await article('published', cover.body.doc.id),
      coverId: cover.body.doc.id,
      authorId: doctor.body.doc.id,
      signed: null,
    })
    targets.push({ name: 'withdrawn article', collection: 'articles', id: await article('withdrawn'), signed: null })
    targets.push({
      name: 'approved, unpublished article',
      collection: 'articles',
      id: await article('approved'),
      signed: null,
    })
    const consent = await api('/api/consents', { method: 'POST', body: consentData(), auth: await as.privacy() })
    const story = await api('/api/patient-stories?draft=true', {
      method: 'POST',
      body: await storyData({ consent: consent.body.doc.id }),
      auth: await as.editor(),
    })
    await publishThroughReview('patient-stories', story.body.doc.id)
    targets.push({ name: 'published story', collection: 'patient-stories', id: story.body.doc.id, signed: null })
    for (const target of targets) {
      const { visible, view } = await publicView(target)
      target.signed = visible ? view : null
    }
    expect(targets.map((t) => t.signed !== null)).toEqual([true, false, false, true])
  }, 180_000)

  it('should never show readers anything but the signed version, or nothing', async () => {
    const tried = new Map<string, number>()
    const statuses = new Map<number, number>()
    await fc.assert(
      fc.asyncProperty(
        fc.nat(targets.length - 1).chain((index) =>
          fc.record({
            index: fc.constant(index),
            persona: fc.constantFrom(...PERSONAS),
            path: fc.constantFrom(...PATHS),
            query: fc.constantFrom(...QUERIES),
            payload: payloadArb(targets[index]),
            // Publishing the approved target is legitimate; its own test below covers it.
            verb: fc.constantFrom(
              ...(targets[index].name.startsWith('approved')
                ? ['approve', 'reject', 'submit']
                : ['publish', 'approve', 'reject', 'submit']),
            ),
          }),
        ),
        async ({ index, persona, path, query, payload, verb }) => {
          const target = targets[index]
          const res = await attempt(target, persona, path, query, payload, verb)
          tried.set(`${persona}|${path}`, (tried.get(`${persona}|${path}`) ?? 0) + 1)
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
          expect(
            res.status,
            `${persona} ${path}${query} ${JSON.stringify(payload)} → ${JSON.stringify(res.body)}`,
          ).toBeLessThan(500)
          const { visible, view } = await publicView(target)
          if (visible)
            expect(view, `${target.name} after ${persona} ${path}${query} ${JSON.stringify(payload)}`).toBe(
              target.signed,
            )
          else if (target.signed !== null) target.signed = null // withdrawn: it may never come back unsigned
        },
      ),
      { seed: 20261126, numRuns: Number(process.env.ADVERSARIAL_RUNS ?? 500), endOnFailure: true },
    )
    const personas = new Set([...tried.keys()].map((k) => k.split('|')[0]))
    const paths = new Set([...tried.keys()].map((k) => k.split('|')[1]))
    console.log(
      `adversarial: ${[...tried.values()].reduce((a, b) => a + b, 0)} mutations over ${personas.size} roles × ${paths.size} paths (${tried.size} role-path pairs), statuses ${JSON.stringify(Object.fromEntries(statuses))}, 0 leaks`,
    )
  }, 600_000)

  it('should serve no file of unpublished content to readers', async () => {
    const draftOnly = await api('/api/media', {
      method: 'POST',
      body: uploadForm(await smallPng(), 'draft-only.png', 'image/png', { alt: '草稿里的患者照片' }),
      auth: await as.editor(),
    })
    const consent = await api('/api/consents', { method: 'POST', body: consentData(), auth: await as.privacy() })
    await api('/api/patient-stories?draft=true', {
      method: 'POST',
      body: await storyData({ consent: consent.body.doc.id, media: [draftOnly.body.doc.id] }),
      auth: await as.editor(),
    })
    for (const persona of ['anonymous', 'apiClient'] as const) {
      const auth = await as[persona]()
      expect((await api(`/api/media/${draftOnly.body.doc.id}`, { auth })).status, persona).toBe(404)
      expect(
        (await api(`/api/media?where[id][equals]=${draftOnly.body.doc.id}`, { auth })).body.totalDocs,
        persona,
      ).toBe(0)
      const file = await fetch(fileUrl(draftOnly.body.doc.url), {
        headers: auth.apiKey ? { authorization: `users API-Key ${auth.apiKey}` } : {},
      })
      expect(file.status, persona).toBeGreaterThanOrEqual(400)
    }
    expect((await api(`/api/media/${draftOnly.body.doc.id}`, { auth: await as.editor() })).status).toBe(200)
    expect(await firstId('media')).toBeDefined()
  })
})
