// The product's contract, hole by hole (issue #8): what readers and API clients get is exactly a
// version every required stage signed, published through the publish transition, not since
// withdrawn. Each test here was a way around the gate before it was closed.
import { describe, expect, it } from 'vitest'

import { api, as, fileUrl, firstId } from '../helpers/api'
import { approveThroughReview, publishThroughReview, workflowOf } from '../helpers/review'
import { articleData, consentData, storyData, userData } from '../factories/content'
import { smallPng, uploadForm } from '../helpers/images'

const codeOf = (res: { body: any }) => res.body?.errors?.[0]?.code ?? res.body?.errors?.[0]?.data?.code
const post = async (collection: string, id: number | string, verb: string, persona: keyof typeof as, body?: unknown) =>
  api(`/api/${collection}/${id}/workflow/${verb}`, { method: 'POST', body, auth: await as[persona]() })

const draftArticle = async (overrides: Record<string, unknown> = {}, persona: keyof typeof as = 'editor') => {
  const res = await api('/api/articles?draft=true', {
    method: 'POST',
    body: await articleData(overrides),
    auth: await as[persona](),
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc.id as number
}

/** What an anonymous reader gets of one article: by id, in a list, in the count, over GraphQL. */
const publicView = async (id: number | string) => {
  const one = await api(`/api/articles/${id}?depth=0&locale=all`)
  const list = await api(`/api/articles?where[id][equals]=${id}&depth=0&locale=all`)
  const count = await api(`/api/articles/count?where[id][equals]=${id}`)
  const graphql = await api('/api/graphql', {
    method: 'POST',
    body: { query: `{ Articles(where: { id: { equals: ${id} } }) { docs { title summary slug publishedAt } } }` },
  })
  const key = await api(`/api/articles/${id}?depth=0&locale=all`, { auth: await as.apiClient() })
  return JSON.stringify({
    one: one.status === 200 ? one.body : one.status,
    list: list.body.docs,
    count: count.body.totalDocs,
    graphql: graphql.body.data,
    key: key.status === 200 ? key.body : key.status,
  })
}

const lexical = (...children: unknown[]) => ({
  root: { type: 'root', direction: 'ltr', format: '', indent: 0, version: 1, children },
})
const paragraph = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', text, version: 1 }],
  ...extra,
})

describe('hole 1: the version hash is defined by the schema, not by the JSON a client sends', () => {
  it('should void the approval when rich-text nodes dressed as records change the wording', async () => {
    const disguised = (text: string) =>
      lexical(paragraph(text, { id: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }))
    const id = await draftArticle({ body: disguised('测量前静坐五分钟，早晚各测一次。') })
    const hash = await approveThroughReview('articles', id)
    const edit = await api(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      body: { body: disguised('本疗法可根治高血压，请致电13912345678预约。') },
      auth: await as.editor(),
    })
    expect(edit.status).toBe(200)
    const status = await workflowOf('articles', id)
    expect(status.versionHash).not.toBe(hash)
    expect(status.state).toBe('draft')
    const publish = await post('articles', id, 'publish', 'publisher', { versionHash: hash })
    expect(publish.status).toBeGreaterThanOrEqual(400)
    expect((await api(`/api/articles/${id}`)).status).toBe(404)
  })

  it('should do the same for a patient story', async () => {
    const consent = await api('/api/consents', { method: 'POST', body: consentData(), auth: await as.privacy() })
    const disguised = (text: string) => lexical(paragraph(text, { id: 7, updatedAt: 'x' }))
    const story = await api('/api/patient-stories?draft=true', {
      method: 'POST',
      body: await storyData({ consent: consent.body.doc.id, body: disguised('患者B经规范治疗后恢复良好。') }),
      auth: await as.editor(),
    })
    const id = story.body.doc.id
    const hash = await approveThroughReview('patient-stories', id)
    await api(`/api/patient-stories/${id}?draft=true`, {
      method: 'PATCH',
      body: { body: disguised('患者真名测试患者甲已痊愈。') },
      auth: await as.editor(),
    })
    expect((await workflowOf('patient-stories', id)).versionHash).not.toBe(hash)
    expect((await workflowOf('patient-stories', id)).state).toBe('draft')
  })

  it('should store a record linked from rich text as its id, so nothing rides along', async () => {
    const cover = await firstId('media')
    const id = await draftArticle({
      body: lexical({
        type: 'upload',
        relationTo: 'media',
        version: 3,
        fields: null,
        value: { id: cover, createdAt: 'x', text: '根治高血压' },
      }),
    })
    const stored = await api(`/api/articles/${id}?draft=true&depth=0`, { auth: await as.editor() })
    expect(stored.body.body.root.children[0].value).toEqual(cover)
  })
})

describe('hole 2: only the publish transition publishes', () => {
  it('should refuse an approved article published by PATCH, by GraphQL, by bulk update or by a copy', async () => {
    const id = await draftArticle()
    await approveThroughReview('articles', id)
    for (const persona of ['editor', 'publisher', 'admin'] as const) {
      const patch = await api(`/api/articles/${id}`, {
        method: 'PATCH',
        body: { _status: 'published' },
        auth: await as[persona](),
      })
      expect(patch.status, persona).toBe(403)
      expect(codeOf(patch)).toBe('publish-through-workflow')
    }
    const bulk = await api(`/api/articles?where[id][equals]=${id}`, {
      method: 'PATCH',
      body: { _status: 'published' },
      auth: await as.admin(),
    })
    expect(bulk.status).toBeGreaterThanOrEqual(400)
    const graphql = await api('/api/graphql', {
      method: 'POST',
      body: { query: `mutation { updateArticle(id: ${id}, data: { _status: published }, draft: false) { id } }` },
      auth: await as.admin(),
    })
    expect(graphql.body.errors?.length).toBeGreaterThan(0)
    const copy = await api(`/api/articles/${id}/duplicate`, {
      method: 'POST',
      body: { _status: 'published' },
      auth: await as.admin(),
    })
    expect(copy.status).toBeGreaterThanOrEqual(400)
    expect((await api(`/api/articles/${id}`)).status).toBe(404)
    expect((await workflowOf('articles', id)).state).toBe('approved')
  })

  it('should give a duplicate of a published article no review state, dates or publication', async () => {
    const id = await draftArticle()
    await publishThroughReview('articles', id)
    const copy = await api(`/api/articles/${id}/duplicate`, {
      method: 'POST',
      body: { slug: `copy-${Date.now()}` },
      auth: await as.editor(),
    })
    expect([200, 201], JSON.stringify(copy.body)).toContain(copy.status)
    const copyId = copy.body.doc.id
    expect((await api(`/api/articles/${copyId}`)).status).toBe(404)
    const status = await workflowOf('articles', copyId)
    expect(status.state).toBe('draft')
    const stored = (await api(`/api/articles/${copyId}?draft=true`, { auth: await as.admin() })).body
    expect(stored.workflow.reviewExpiresAt ?? null).toBeNull()
    expect(stored.publishedAt ?? null).toBeNull()
  })

  it('should keep a withdrawn article withdrawn: no PATCH, restore or GraphQL restore brings it back', async () => {
    const id = await draftArticle()
    await publishThroughReview('articles', id)
    const withdrawn = await post('articles', id, 'withdraw', 'publisher', { reason: '内容需更新' })
    expect(withdrawn.status).toBe(200)
    const patch = await api(`/api/articles/${id}`, {
      method: 'PATCH',
      body: { _status: 'published' },
      auth: await as.admin(),
    })
    expect(patch.status).toBe(403)
    const versions = (
      await api(`/api/articles/versions?where[parent][equals]=${id}&where[version._status][equals]=published&limit=1`, {
        auth: await as.admin(),
      })
    ).body.docs
    expect(versions.length).toBe(1)
    const restore = await api(`/api/articles/versions/${versions[0].id}`, { method: 'POST', auth: await as.admin() })
    expect(restore.status).toBeLessThan(500)
    const graphql = await api('/api/graphql', {
      method: 'POST',
      body: { query: `mutation { restoreVersionArticle(id: "${versions[0].id}") { id } }` },
      auth: await as.admin(),
    })
    expect(graphql.status).toBeLessThan(500)
    expect((await api(`/api/articles/${id}`)).status).toBe(404)
    expect((await api(`/api/articles/count?where[id][equals]=${id}`)).body.totalDocs).toBe(0)
    const status = await workflowOf('articles', id)
    expect(status.published).toBe(false)
    expect(status.history.filter((h: any) => h.action === 'workflow.published')).toHaveLength(1)
  })

  it('should never take a published article offline on a save, only on withdraw', async () => {
    const id = await draftArticle()
    await publishThroughReview('articles', id)
    const before = await publicView(id)
    for (const query of ['', '?draft=false', '?unpublishAllLocales=true', '?publishSpecificLocale=en&locale=en']) {
      const res = await api(`/api/articles/${id}${query}`, {
        method: 'PATCH',
        body: { _status: 'draft', internalNotes: `保存 ${query}` },
        auth: await as.admin(),
      })
      expect(res.status, query).toBe(200)
      expect(await publicView(id), query).toBe(before)
    }
  })

  it('should refuse setting or backdating the publication time by hand', async () => {
    const id = await draftArticle()
    await publishThroughReview('articles', id)
    const publishedAt = (await api(`/api/articles/${id}`)).body.publishedAt
    expect(publishedAt).toBeTruthy()
    const res = await api(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      body: { publishedAt: '2020-01-01T00:00:00.000Z' },
      auth: await as.admin(),
    })
    expect(res.status).toBe(409)
    expect(codeOf(res)).toBe('published-at-locked')
    // A new piece comes with no publication time, whatever the client sends.
    const created = await api('/api/articles?draft=true', {
      method: 'POST',
      body: await articleData({ publishedAt: '2020-01-01T00:00:00.000Z' }),
      auth: await as.editor(),
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.publishedAt ?? null).toBeNull()
    expect((await api(`/api/articles/${id}`)).body.publishedAt).toBe(publishedAt)
  })

  it('should void an approval when the slug changes', async () => {
    const id = await draftArticle()
    await approveThroughReview('articles', id)
    await api(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      body: { slug: `renamed-${Date.now()}` },
      auth: await as.editor(),
    })
    expect((await workflowOf('articles', id)).state).toBe('draft')
  })

  it('should still withdraw a published article that has an unreviewed edit waiting', async () => {
    const id = await draftArticle()
    await publishThroughReview('articles', id)
    await api(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      body: { summary: '待审核的新摘要' },
      auth: await as.editor(),
    })
    const res = await post('articles', id, 'withdraw', 'publisher', { reason: '发现事实错误' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect((await api(`/api/articles/${id}`)).status).toBe(404)
  })
})

describe('hole 3: linked records are part of what was signed', () => {
  const uploadMedia = async (alt: string) => {
    const res = await api('/api/media', {
      method: 'POST',
      body: uploadForm(await smallPng(), `${alt}.png`, 'image/png', { alt }),
      auth: await as.editor(),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc
  }

  it('should record the file digest and refuse replacing the bytes of any uploaded file', async () => {
    const media = await uploadMedia('封面测试图')
    expect(media.sha256).toMatch(/^[0-9a-f]{64}$/)
    const replace = await api(`/api/media/${media.id}`, {
      method: 'PATCH',
      body: uploadForm(await smallPng(), 'other.png', 'image/png', {}),
      auth: await as.editor(),
    })
    expect(replace.status).toBe(409)
    expect(codeOf(replace)).toBe('media-file-immutable')
  })

  it('should refuse changing or deleting media used by published content, and show readers only media of public content', async () => {
    const media = await uploadMedia('已发布文章的封面')
    const id = await draftArticle({ cover: media.id })
    expect((await api(`/api/media/${media.id}`)).status).toBe(404)
    expect((await fetch(fileUrl(media.url))).status).toBeGreaterThanOrEqual(400)
    await publishThroughReview('articles', id)
    expect((await api(`/api/media/${media.id}`)).status).toBe(200)
    const alt = await api(`/api/media/${media.id}`, {
      method: 'PATCH',
      body: { alt: '换了说明文字' },
      auth: await as.editor(),
    })
    expect(alt.status).toBe(409)
    expect(codeOf(alt)).toBe('media-in-use')
    const del = await api(`/api/media/${media.id}`, { method: 'DELETE', auth: await as.admin() })
    expect(del.status).toBe(409)
    expect((await api(`/api/articles/${id}?depth=1`)).body.cover.alt).toBe('已发布文章的封面')
  })

  it("should hide a story's photos with the story: on withdrawal, and at the instant its consent ends", async () => {
    const photo = await uploadMedia('去标识化后的康复照片')
    const consent = await api('/api/consents', {
      method: 'POST',
      body: consentData({ validUntil: new Date(Date.now() + 6_000).toISOString() }),
      auth: await as.privacy(),
    })
    const story = await api('/api/patient-stories?draft=true', {
      method: 'POST',
      body: await storyData({ consent: consent.body.doc.id, media: [photo.id] }),
      auth: await as.editor(),
    })
    await publishThroughReview('patient-stories', story.body.doc.id)
    expect((await api(`/api/media/${photo.id}`)).status).toBe(200)
    const lapse = Date.parse(consent.body.doc.validUntil)
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, lapse - Date.now()) + 500))
    expect((await api(`/api/media/${photo.id}`)).status).toBe(404)
    expect((await api(`/api/patient-stories/${story.body.doc.id}`)).status).toBe(404)

    const cover = await uploadMedia('撤回文章的封面')
    const id = await draftArticle({ cover: cover.id })
    await publishThroughReview('articles', id)
    expect((await api(`/api/media/${cover.id}`)).status).toBe(200)
    await post('articles', id, 'withdraw', 'publisher', { reason: '撤回测试' })
    expect((await api(`/api/media/${cover.id}`)).status).toBe(404)
  })

  it("should let only admins change an author's credentials, and re-open review of what names them", async () => {
    const doctor = await api('/api/doctors', {
      method: 'POST',
      body: { name: '李测试', title: '主治医师' },
      auth: await as.editor(),
    })
    const doctorId = doctor.body.doc.id
    const id = await draftArticle({ authors: [doctorId] })
    await publishThroughReview('articles', id)
    const fake = await api(`/api/doctors/${doctorId}`, {
      method: 'PATCH',
      body: { title: '中国工程院院士' },
      auth: await as.editor(),
    })
    expect(fake.status).toBe(403)
    expect(codeOf(fake)).toBe('linked-record-admin-only')
    expect((await api(`/api/articles/${id}`)).status).toBe(200)
    const real = await api(`/api/doctors/${doctorId}`, {
      method: 'PATCH',
      body: { title: '副主任医师' },
      auth: await as.admin(),
    })
    expect(real.status, JSON.stringify(real.body)).toBe(200)
    // What readers saw was signed with the old title: it comes down until it is reviewed again.
    expect((await api(`/api/articles/${id}`)).status).toBe(404)
    const status = await workflowOf('articles', id)
    expect(status.state).toBe('withdrawn')
    const audit = (
      await api(`/api/audit-events?where[action][equals]=linked-record.changed&where[targetId][equals]=${doctorId}`, {
        auth: await as.compliance(),
      })
    ).body.docs
    expect(audit).toHaveLength(1)
  })

  it('should void an approval when the paid KOL behind it changes its disclosure', async () => {
    const kol = await api('/api/kol-partners', {
      method: 'POST',
      body: {
        name: `测试KOL-${Date.now()}`,
        kind: 'influencer',
        paid: true,
        disclosure: '广告',
        conflictOfInterest: '无',
        status: 'active',
      },
      auth: await as.compliance(),
    })
    expect(kol.status, JSON.stringify(kol.body)).toBe(201)
    const id = await draftArticle({ kolPartner: kol.body.doc.id })
    await approveThroughReview('articles', id)
    const change = await api(`/api/kol-partners/${kol.body.doc.id}`, {
      method: 'PATCH',
      body: { paid: false },
      auth: await as.compliance(),
    })
    expect(change.status, JSON.stringify(change.body)).toBe(200)
    expect((await workflowOf('articles', id)).state).toBe('draft')
  })
})

describe('hole 4: the consent name check is no oracle', () => {
  const consentId = async () =>
    (
      await api('/api/consents', {
        method: 'POST',
        body: consentData({ patientName: '欧阳测试' }),
        auth: await as.privacy(),
      })
    ).body.doc.id

  it('should refuse the check against a consent to analysts and to editors who do not edit its story', async () => {
    const id = await consentId()
    for (const persona of ['analyst', 'editor', 'reviewer', 'publisher', 'compliance'] as const) {
      const res = await api('/api/compliance/check', {
        method: 'POST',
        body: { text: '欧阳测试', kind: 'patient-story', consentId: id },
        auth: await as[persona](),
      })
      expect(res.status, persona).toBe(403)
      expect(codeOf(res)).toBe('check-consent-forbidden')
    }
    // A consent that does not exist answers the same to them.
    const missing = await api('/api/compliance/check', {
      method: 'POST',
      body: { text: '欧阳测试', kind: 'patient-story', consentId: 99999999 },
      auth: await as.analyst(),
    })
    expect(missing.status).toBe(403)
  })

  it("should let the story's own editor and the privacy officer check, without echoing the name", async () => {
    const id = await consentId()
    await api('/api/patient-stories?draft=true', {
      method: 'POST',
      body: await storyData({ consent: id }),
      auth: await as.editor2(),
    })
    for (const persona of ['editor2', 'privacy'] as const) {
      const res = await api('/api/compliance/check', {
        method: 'POST',
        body: { text: '欧阳测试出院了。', kind: 'patient-story', consentId: id },
        auth: await as[persona](),
      })
      expect(res.status, persona).toBe(200)
      expect(res.body.findings.map((f: any) => f.code)).toContain('pii-patient-name')
      expect(JSON.stringify(res.body)).not.toContain('欧阳测试')
    }
  })

  it('should refuse a guess list of 12,000 names in one request', async () => {
    const names = Array.from(
      { length: 12_000 },
      (_, i) => `张${String.fromCharCode(0x4e00 + (i % 2000))}${String.fromCharCode(0x4e00 + Math.floor(i / 2000))}`,
    ).join('，')
    const res = await api('/api/compliance/check', {
      method: 'POST',
      body: { text: names, kind: 'patient-story', consentId: await consentId() },
      auth: await as.privacy(),
    })
    expect(res.status).toBe(400)
  })
})

describe('hole 5: nobody signs their own work, whatever roles they hold', () => {
  it('should refuse the creator who is also a medical reviewer, after a colleague touched an unreviewed field', async () => {
    const password = `Zq8!${Math.random().toString(36).slice(2)}-integrity`
    const user = await api('/api/users', {
      method: 'POST',
      body: userData({ roles: ['editor', 'medical-reviewer'], qualifications: ['clinician'], password }),
      auth: await as.admin(),
    })
    expect(user.status, JSON.stringify(user.body)).toBe(201)
    const login = await api('/api/users/login', { method: 'POST', body: { email: user.body.doc.email, password } })
    const dual = { token: login.body.token as string }
    const created = await api('/api/articles?draft=true', { method: 'POST', body: await articleData(), auth: dual })
    const id = created.body.doc.id
    await api(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      body: { internalNotes: '同事只改了备注' },
      auth: await as.editor2(),
    })
    expect((await post('articles', id, 'submit', 'editor')).status).toBe(200)
    const { versionHash } = await workflowOf('articles', id)
    expect((await post('articles', id, 'approve', 'reviewer', { stage: 'initial', versionHash })).status).toBe(200)
    const self = await api(`/api/articles/${id}/workflow/approve`, {
      method: 'POST',
      body: { stage: 'medical', versionHash },
      auth: dual,
    })
    expect(self.status).toBe(403)
    expect(codeOf(self)).toBe('self-review')
  })
})
