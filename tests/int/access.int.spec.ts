// The access baseline: what anonymous readers, API clients and each staff role may read.
import { describe, expect, it } from 'vitest'

import { api, as } from '../helpers/api'
import { consentData, kolData } from '../factories/content'

const countAs = async (collection: string, auth: Awaited<ReturnType<typeof as.admin>>, query = '') =>
  (await api(`/api/${collection}?limit=0${query ? `&${query}` : ''}`, { auth })).body.totalDocs as number

describe('anonymous readers', () => {
  // What a reader may see, judged independently of the server's read rule: published, and for
  // stories a consent that is active and in its period right now.
  const visibleIds = async (collection: string) => {
    const res = await api(`/api/${collection}?where[_status][equals]=published&depth=1&limit=500`, {
      auth: await as.admin(),
    })
    const now = Date.now()
    return (res.body.docs as any[])
      .filter(
        (doc) =>
          collection !== 'patient-stories' ||
          (doc.consent?.status === 'active' &&
            Date.parse(doc.consent.validFrom) <= now &&
            Date.parse(doc.consent.validUntil) > now),
      )
      .map((doc) => doc.id)
      .sort()
  }

  it.each(['articles', 'patient-stories'])('should see only published %s, in lists and counts', async (collection) => {
    const all = await countAs(collection, await as.admin())
    const expected = await visibleIds(collection)
    const published = expected.length
    expect(published).toBeGreaterThan(0)
    expect(all).toBeGreaterThan(published)

    const list = await api(`/api/${collection}?limit=100`)
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(published)
    expect(list.body.docs.map((doc: any) => doc.id).sort()).toEqual(expected)
    expect((await api(`/api/${collection}/count`)).body.totalDocs).toBe(published)
  })

  it.each(['articles', 'patient-stories'])(
    'should get 404 for a draft %s by id, and no draft even when asking for drafts',
    async (collection) => {
      const drafts = await api(`/api/${collection}?where[_status][equals]=draft&limit=1`, { auth: await as.admin() })
      const id = drafts.body.docs[0].id
      expect((await api(`/api/${collection}/${id}`)).status).toBe(404)
      expect((await api(`/api/${collection}/${id}?draft=true`)).status).toBe(404)
      const askingForDrafts = await api(`/api/${collection}?draft=true&where[_status][equals]=draft`)
      expect(askingForDrafts.body.totalDocs).toBe(0)
    },
  )

  it.each(['consents', 'consent-documents', 'users', 'campaigns', 'kol-partners', 'channels'])(
    'should be refused %s',
    async (collection) => {
      const res = await api(`/api/${collection}`)
      expect(res.status).toBe(403)
      expect(res.body.errors[0].message).toBeTruthy()
    },
  )

  it('should not see internal notes, consent links or de-identification details of published content', async () => {
    const stories = await api('/api/patient-stories?limit=100')
    for (const story of stories.body.docs) {
      expect(story).not.toHaveProperty('consent')
      expect(story).not.toHaveProperty('internalNotes')
      expect(story).not.toHaveProperty('deidentification')
    }
    const articles = await api('/api/articles?limit=100')
    for (const article of articles.body.docs) expect(article).not.toHaveProperty('internalNotes')
  })

  it('should read public reference data', async () => {
    for (const collection of ['departments', 'topics', 'audiences', 'doctors', 'media']) {
      const res = await api(`/api/${collection}?limit=1`)
      expect(res.status, collection).toBe(200)
      expect(res.body.totalDocs, collection).toBeGreaterThan(0)
    }
  })

  it('should get only published articles over GraphQL too', async () => {
    const published = await countAs('articles', await as.admin(), 'where[_status][equals]=published')
    const res = await api('/api/graphql', {
      method: 'POST',
      body: { query: '{ Articles(limit: 200) { totalDocs docs { _status } } }' },
    })
    expect(res.status).toBe(200)
    expect(res.body.data.Articles.totalDocs).toBe(published)
    expect(res.body.data.Articles.docs.every((doc: any) => doc._status === 'published')).toBe(true)
    const consents = await api('/api/graphql', {
      method: 'POST',
      body: { query: '{ Consents { docs { patientName } } }' },
    })
    expect(consents.body.errors?.[0]?.message).toBeTruthy()
    expect(JSON.stringify(consents.body.data ?? {})).not.toContain('patientName":"')
  })
})

describe('api-client keys', () => {
  it('should read published articles and stories, never drafts', async () => {
    const auth = await as.apiClient()
    const published = await countAs('articles', await as.admin(), 'where[_status][equals]=published')
    const res = await api('/api/articles?limit=200', { auth })
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBe(published)
    expect(res.body.docs.every((doc: any) => doc._status === 'published')).toBe(true)
    expect((await api('/api/patient-stories?limit=1', { auth })).status).toBe(200)
  })

  it.each(['consents', 'campaigns', 'kol-partners', 'channels', 'consent-documents'])(
    'should be refused %s',
    async (collection) => {
      expect((await api(`/api/${collection}`, { auth: await as.apiClient() })).status).toBe(403)
    },
  )

  it('should not list other accounts or write anything', async () => {
    const auth = await as.apiClient()
    const users = await api('/api/users?limit=100', { auth })
    expect(users.body.docs?.length ?? 0).toBeLessThanOrEqual(1)
    expect(
      (await api('/api/articles', { method: 'POST', body: { title: 'x', slug: 'api-client-write' }, auth })).status,
    ).toBe(403)
  })

  it('should be refused with a wrong key as anonymous would be', async () => {
    const res = await api('/api/consents', { auth: { apiKey: 'not-a-real-key' } })
    expect(res.status).toBe(403)
  })
})

describe('restricted fields', () => {
  it('should show a consent patient name and contact only to privacy officers and admins', async () => {
    const created = await api('/api/consents', {
      method: 'POST',
      body: consentData({ patientName: '保密测试甲' }),
      auth: await as.privacy(),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    for (const persona of ['privacy', 'admin'] as const) {
      // Decrypted only for a stated purpose (tests/int/privacy.int.spec.ts covers the rest).
      const res = await api(`/api/consents/${id}`, {
        auth: await as[persona](),
        headers: { 'x-data-purpose': 'verify-consent' },
      })
      expect(res.body.patientName, persona).toBe('保密测试甲')
      expect(res.body.patientContact, persona).toBe('13900001111')
    }
    for (const persona of ['editor', 'reviewer', 'compliance', 'publisher', 'analyst'] as const) {
      const res = await api(`/api/consents/${id}`, {
        auth: await as[persona](),
        headers: { 'x-data-purpose': 'verify-consent' },
      })
      expect(res.status, persona).toBe(200)
      expect(res.body, persona).not.toHaveProperty('patientName')
      expect(res.body, persona).not.toHaveProperty('patientContact')
      expect(res.body.status, persona).toBe('active')
      expect(JSON.stringify(res.body), persona).not.toContain('保密测试甲')
    }
  })

  it('should keep the restricted consent fields out of lists and depth-populated stories', async () => {
    const list = await api('/api/consents?limit=100', { auth: await as.editor() })
    expect(list.body.docs.length).toBeGreaterThan(0)
    for (const doc of list.body.docs) expect(doc).not.toHaveProperty('patientName')
    const stories = await api('/api/patient-stories?depth=2&limit=100', { auth: await as.editor() })
    for (const story of stories.body.docs) {
      if (story.consent && typeof story.consent === 'object') expect(story.consent).not.toHaveProperty('patientName')
    }
  })

  it('should show a KOL credential number only to privacy officers and admins', async () => {
    const created = await api('/api/kol-partners', {
      method: 'POST',
      body: kolData({ kind: 'medical-expert', credentialNumber: '110440100099999' }),
      auth: await as.editor(),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await api(`/api/kol-partners/${id}`, { auth: await as.privacy() })).body.credentialNumber).toBe(
      '110440100099999',
    )
    expect((await api(`/api/kol-partners/${id}`, { auth: await as.admin() })).body.credentialNumber).toBe(
      '110440100099999',
    )
    for (const persona of ['editor', 'compliance', 'publisher'] as const) {
      expect((await api(`/api/kol-partners/${id}`, { auth: await as[persona]() })).body, persona).not.toHaveProperty(
        'credentialNumber',
      )
    }
  })

  it('should not let a non-admin grant themselves a role', async () => {
    const auth = await as.editor()
    const me = await api('/api/users/me', { auth })
    const res = await api(`/api/users/${me.body.user.id}`, { method: 'PATCH', body: { roles: ['admin'] }, auth })
    const after = await api(`/api/users/${me.body.user.id}`, { auth: await as.admin() })
    expect(after.body.roles).toEqual(['editor'])
    expect([200, 403]).toContain(res.status)
  })

  it('should let staff read only their own account', async () => {
    const res = await api('/api/users?limit=100', { auth: await as.editor() })
    expect(res.body.docs).toHaveLength(1)
    expect(res.body.docs[0].email).toBe('editor@demo.hospital')
  })
})
