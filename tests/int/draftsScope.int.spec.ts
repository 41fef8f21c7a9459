// The `drafts-read` API key scope against the real server: a site rendering previews for editors
// reads drafts of articles and patient stories over REST and GraphQL; a plain key and anonymous
// readers do not; the key writes nothing and reads no consent and nothing else staff-only.
import { beforeAll, describe, expect, it } from 'vitest'

import { api, as, type Auth } from '../helpers/api'
import { articleData, consentData, storyData } from '../factories/content'
import { publishThroughReview } from '../helpers/review'

const STRONG = 'harbour-lantern-violet-42'
let counter = 0

const apiClient = async (scopes: string[]): Promise<Auth> => {
  const key = `preview-key-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2)}`
  const res = await api('/api/users', {
    method: 'POST',
    body: {
      name: '官网预览',
      email: `preview-${Date.now().toString(36)}-${counter}@sites.test`,
      password: STRONG,
      roles: ['api-client'],
      apiScopes: scopes,
      enableAPIKey: true,
      apiKey: key,
    },
    auth: await as.admin(),
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return { apiKey: key }
}

const graphql = (query: string, auth: Auth) => api('/api/graphql', { method: 'POST', body: { query }, auth })

describe('drafts-read API keys', () => {
  let preview: Auth
  let plain: Auth
  let draft: { id: number; slug: string }
  let live: number
  let story: number
  let consent: number

  beforeAll(async () => {
    preview = await apiClient(['drafts-read'])
    plain = await apiClient([])
    const created = await api('/api/articles', {
      method: 'POST',
      body: await articleData({ title: '尚未发布的草稿' }),
      auth: await as.editor(),
    })
    draft = created.body.doc
    const published = await api('/api/articles', { method: 'POST', body: await articleData(), auth: await as.editor() })
    live = published.body.doc.id
    await publishThroughReview('articles', live)
    // An edit waiting for review over the published version.
    const edit = await api(`/api/articles/${live}`, {
      method: 'PATCH',
      body: { summary: '待审核的修改稿摘要' },
      auth: await as.editor(),
    })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    const c = await api('/api/consents', { method: 'POST', body: consentData(), auth: await as.privacy() })
    consent = c.body.doc.id
    const s = await api('/api/patient-stories', {
      method: 'POST',
      body: await storyData({ consent }),
      auth: await as.editor(),
    })
    story = s.body.doc.id
  })

  it('should read a draft article over REST, one document and lists, and never from the shared cache', async () => {
    const one = await api(`/api/articles/${draft.id}?draft=true&depth=0`, { auth: preview })
    expect(one.status, JSON.stringify(one.body)).toBe(200)
    expect(one.body.title).toBe('尚未发布的草稿')
    expect(one.headers.get('x-cache')).toBe('bypass')
    const list = await api(`/api/articles?draft=true&depth=0&where[slug][equals]=${draft.slug}`, { auth: preview })
    expect(list.body.docs.map((d: { id: number }) => d.id)).toEqual([draft.id])
    const edited = await api(`/api/articles/${live}?draft=true&depth=0`, { auth: preview })
    expect(edited.body.summary).toBe('待审核的修改稿摘要')
  })

  it('should read drafts over GraphQL', async () => {
    const res = await graphql(
      `{ Article(id: ${draft.id}, draft: true) { id title } PatientStory(id: ${story}, draft: true) { id title } }`,
      preview,
    )
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined()
    expect(res.body.data.Article).toEqual({ id: draft.id, title: '尚未发布的草稿' })
    expect(res.body.data.PatientStory.id).toBe(story)
  })

  it('should read a draft patient story but never its consent', async () => {
    const res = await api(`/api/patient-stories/${story}?draft=true&depth=1`, { auth: preview })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.consent).toBeUndefined()
    expect((await api(`/api/consents/${consent}`, { auth: preview })).status).toBe(403)
    expect((await api('/api/consents', { auth: preview })).status).toBe(403)
    const gql = await graphql(`{ Consent(id: ${consent}) { id patientName } }`, preview)
    expect(gql.body.data?.Consent ?? null).toBeNull()
    expect(gql.body.errors?.[0]?.extensions?.code).toBe('forbidden')
  })

  it('should not let a plain key or an anonymous reader see drafts', async () => {
    for (const auth of [plain, {} as Auth]) {
      expect((await api(`/api/articles/${draft.id}?draft=true`, { auth })).status).toBe(404)
      expect((await api(`/api/articles?draft=true&where[slug][equals]=${draft.slug}`, { auth })).body.docs).toEqual([])
      const edited = await api(`/api/articles/${live}?draft=true&depth=0`, { auth })
      expect(edited.body.summary).not.toBe('待审核的修改稿摘要')
      expect((await api(`/api/patient-stories/${story}?draft=true`, { auth })).status).toBe(404)
      const gql = await graphql(`{ Article(id: ${draft.id}, draft: true) { id title } }`, auth)
      expect(gql.body.data?.Article ?? null).toBeNull()
    }
  })

  it('should write nothing: no create, edit, delete or workflow step', async () => {
    expect((await api('/api/articles', { method: 'POST', body: await articleData(), auth: preview })).status).toBe(403)
    expect(
      (await api(`/api/articles/${draft.id}`, { method: 'PATCH', body: { summary: '改动' }, auth: preview })).status,
    ).toBe(403)
    expect((await api(`/api/articles/${draft.id}`, { method: 'DELETE', auth: preview })).status).toBe(403)
    expect(
      (await api(`/api/patient-stories/${story}`, { method: 'PATCH', body: { title: '改动' }, auth: preview })).status,
    ).toBe(403)
    expect((await api(`/api/articles/${draft.id}/workflow/submit`, { method: 'POST', auth: preview })).status).toBe(403)
    const gql = await graphql(`mutation { updateArticle(id: ${draft.id}, data: { summary: "改动" }) { id } }`, preview)
    expect(gql.body.errors?.[0]?.extensions?.code).toBe('forbidden')
    const after = await api(`/api/articles/${draft.id}?draft=true&depth=0`, { auth: await as.editor() })
    expect(after.body.summary).not.toBe('改动')
  })

  it('should open nothing else staff-only', async () => {
    for (const path of [
      '/api/distributions',
      '/api/sign-offs',
      '/api/audit-events',
      '/api/channels',
      '/api/public-changes',
      '/api/site-subscriptions',
      '/api/articles/versions',
      '/api/patient-stories/versions',
      `/api/articles/${draft.id}/workflow`,
    ]) {
      expect((await api(path, { auth: preview })).status, path).toBe(403)
    }
  })
})
