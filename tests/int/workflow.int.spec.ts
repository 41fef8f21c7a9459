// The review gate over HTTP: every 403/409/422 of the workflow, version binding, and the gate
// holding for REST, GraphQL and the Local API.
import { spawnSync } from 'node:child_process'

import { describe, expect, inject, it } from 'vitest'

import { api, as, firstId } from '../helpers/api'
import { publishThroughReview, workflowOf } from '../helpers/review'
import { rawSql } from '../../scripts/lib/rawSql'
import { ROOT } from '../../scripts/lib/serverProcess'
import { articleData } from '../factories/content'

const draftArticle = async (overrides: Record<string, unknown> = {}) => {
  const res = await api('/api/articles?draft=true', {
    method: 'POST',
    body: await articleData(overrides),
    auth: await as.editor(),
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc.id as number
}
const post = async (
  id: number | string,
  verb: string,
  persona: keyof typeof as,
  body?: unknown,
  collection = 'articles',
) => api(`/api/${collection}/${id}/workflow/${verb}`, { method: 'POST', body, auth: await as[persona]() })
const approve = (id: number | string, persona: keyof typeof as, stage: string, versionHash: string) =>
  post(id, 'approve', persona, { stage, versionHash })
const codeOf = (res: { body: any }) => res.body.errors?.[0]?.code
const publicCount = async () => (await api('/api/articles/count')).body.totalDocs as number

describe('review workflow', () => {
  it('should take an article from draft to published, visible to readers only at the end', async () => {
    const id = await draftArticle()
    const before = await publicCount()
    const submitted = await post(id, 'submit', 'editor')
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    expect(submitted.body.state).toBe('in_review')

    const status = await workflowOf('articles', id)
    expect(status.stages.map((s: any) => [s.stage, s.satisfied])).toEqual([
      ['initial', false],
      ['medical', false],
    ])
    expect((await approve(id, 'reviewer', 'initial', status.versionHash)).body.state).toBe('in_review')
    expect((await approve(id, 'reviewer3', 'medical', status.versionHash)).body.state).toBe('approved')
    expect(await publicCount()).toBe(before)
    expect((await api(`/api/articles/${id}`)).status).toBe(404)

    const published = await post(id, 'publish', 'publisher', { versionHash: status.versionHash })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect(await publicCount()).toBe(before + 1)
    const read = await api(`/api/articles/${id}`)
    expect(read.status).toBe(200)
    expect(read.body.workflow).toMatchObject({ state: 'published', reviewedBy: expect.stringContaining('周建华') })
    expect(read.body.workflow.lastReviewedAt).toBeTruthy()
    expect(read.body.workflow).not.toHaveProperty('versionHash')

    const after = await workflowOf('articles', id)
    expect(after.history.map((h: any) => h.action)).toEqual([
      'workflow.submitted',
      'workflow.approved',
      'workflow.approved',
      'workflow.published',
    ])
  })

  it('should refuse the wrong role, the author, and one person signing two stages (403)', async () => {
    const id = await draftArticle()
    await post(id, 'submit', 'editor')
    const { versionHash } = await workflowOf('articles', id)
    expect(codeOf(await approve(id, 'editor', 'initial', versionHash))).toBe('stage-not-allowed')
    expect((await approve(id, 'editor', 'initial', versionHash)).status).toBe(403)
    expect((await approve(id, 'reviewer3', 'initial', versionHash)).status).toBe(403) // a clinician is not a department head
    expect((await approve(id, 'privacy', 'medical', versionHash)).status).toBe(403)
    expect((await approve(id, 'reviewer', 'initial', versionHash)).status).toBe(200)
    const twice = await approve(id, 'reviewer', 'medical', versionHash)
    expect(twice.status).toBe(403)
    expect(codeOf(twice)).toBe('duplicate-reviewer')
    expect((await post(id, 'submit', 'reviewer')).status).toBe(403)
    expect(
      (await api(`/api/articles/${id}/workflow/approve`, { method: 'POST', body: { stage: 'medical', versionHash } }))
        .status,
    ).toBe(403)
  })

  it('should refuse a reviewer who last edited the content (self-review)', async () => {
    const email = `editor-reviewer-${Date.now()}@test.hospital`
    await api('/api/users', {
      method: 'POST',
      body: {
        email,
        password: 'a-long-password',
        name: '身兼两职',
        roles: ['editor', 'medical-reviewer'],
        qualifications: ['department-head'],
      },
      auth: await as.admin(),
    })
    const login = await api('/api/users/login', { method: 'POST', body: { email, password: 'a-long-password' } })
    const auth = { token: login.body.token as string }
    const created = await api('/api/articles', { method: 'POST', body: await articleData(), auth })
    const id = created.body.doc.id
    expect((await api(`/api/articles/${id}/workflow/submit`, { method: 'POST', auth })).status).toBe(200)
    const { versionHash } = await workflowOf('articles', id)
    const self = await api(`/api/articles/${id}/workflow/approve`, {
      method: 'POST',
      body: { stage: 'initial', versionHash },
      auth,
    })
    expect(self.status).toBe(403)
    expect(codeOf(self)).toBe('self-review')
  })

  it('should answer 409 for a stale version, a stage out of order, and a state that does not allow the action', async () => {
    const id = await draftArticle()
    const early = await approve(id, 'reviewer', 'initial', (await workflowOf('articles', id)).versionHash)
    expect(early.status).toBe(409)
    expect(codeOf(early)).toBe('state-not-allowed')
    await post(id, 'submit', 'editor')
    const { versionHash } = await workflowOf('articles', id)
    const stale = await approve(id, 'reviewer', 'initial', 'f'.repeat(64))
    expect(stale.status).toBe(409)
    expect(codeOf(stale)).toBe('stale-version')
    const outOfOrder = await approve(id, 'reviewer3', 'medical', versionHash)
    expect(outOfOrder.status).toBe(409)
    expect(codeOf(outOfOrder)).toBe('stage-out-of-order')
    expect((await post(id, 'publish', 'publisher', { versionHash })).status).toBe(409)
    expect((await post(id, 'submit', 'editor')).status).toBe(409)
  })

  it('should require a comment to reject, then return the article for changes', async () => {
    const id = await draftArticle()
    await post(id, 'submit', 'editor')
    const { versionHash } = await workflowOf('articles', id)
    expect((await post(id, 'reject', 'reviewer', { stage: 'initial', versionHash })).status).toBe(400)
    const rejected = await post(id, 'reject', 'reviewer', {
      stage: 'initial',
      versionHash,
      comment: '请补充适用人群说明。',
    })
    expect(rejected.status).toBe(200)
    expect(rejected.body.state).toBe('changes_requested')
    const status = await workflowOf('articles', id)
    expect(status.decisions).toEqual([expect.objectContaining({ decision: 'reject', comment: '请补充适用人群说明。' })])
    expect((await post(id, 'submit', 'editor')).body.state).toBe('in_review')
  })

  it('should void sign-offs when a reviewable field is edited, but not for internal notes', async () => {
    const id = await draftArticle()
    await post(id, 'submit', 'editor')
    const { versionHash } = await workflowOf('articles', id)
    await approve(id, 'reviewer', 'initial', versionHash)
    await approve(id, 'reviewer3', 'medical', versionHash)
    expect((await workflowOf('articles', id)).state).toBe('approved')

    await api(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      body: { internalNotes: '排期：下周二' },
      auth: await as.editor(),
    })
    expect(await workflowOf('articles', id)).toMatchObject({ state: 'approved', versionHash })

    await api(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      body: { summary: '改写后的摘要。' },
      auth: await as.editor(),
    })
    const voided = await workflowOf('articles', id)
    expect(voided.state).toBe('draft')
    expect(voided.versionHash).not.toBe(versionHash)
    expect(voided.voidedReason).toContain('签核失效')
    expect(voided.stages.every((s: any) => !s.satisfied)).toBe(true)
    expect((await post(id, 'publish', 'publisher', {})).status).toBe(409)
    expect(voided.history.map((h: any) => h.action)).toContain('workflow.voided')
  })

  it('should show a resubmission’s reviewers what changed in the reviewable text since the last round', async () => {
    const id = await draftArticle({ title: '冬季如何科学监测血压' })
    const changes = async (persona: keyof typeof as = 'reviewer3') =>
      api(`/api/articles/${id}/workflow/changes`, { auth: await as[persona]() })
    expect((await changes()).body).toEqual({ previous: null, changes: [], feedback: [] })

    await post(id, 'submit', 'editor')
    const first = await workflowOf('articles', id)
    // An anchored comment must quote words that stand in the field as reviewed: refused, nothing written.
    const signOffsOf = async () =>
      (await api(`/api/sign-offs?where[targetId][equals]=${id}&limit=0`, { auth: await as.admin() })).body.totalDocs
    for (const anchors of [
      [{ field: 'title', quote: '根治', comment: '没有这个词' }],
      [{ field: 'internalNotes', quote: '血压', comment: '不是审核字段' }],
      'title',
      [{ field: 'title', quote: '血压' }],
    ]) {
      const refused = await post(id, 'reject', 'reviewer', {
        stage: 'initial',
        versionHash: first.versionHash,
        comment: '标题请更具体。',
        anchors,
      })
      expect(refused.status, JSON.stringify(refused.body)).toBe(400)
      expect(codeOf(refused)).toBe('anchor-invalid')
    }
    expect(await signOffsOf()).toBe(0)
    const rejected = await post(id, 'reject', 'reviewer', {
      stage: 'initial',
      versionHash: first.versionHash,
      comment: '标题请更具体。',
      anchors: [{ field: 'title', quote: '监测血压', comment: '请说明是在家测量' }],
    })
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200)
    // The author sees the comment and where it points, in the status of the version sent back …
    expect((await workflowOf('articles', id)).decisions).toEqual([
      expect.objectContaining({
        decision: 'reject',
        comment: '标题请更具体。',
        anchors: [
          { field: 'title', locale: 'zh-CN', quote: '监测血压', comment: '请说明是在家测量', start: 6, end: 10 },
        ],
      }),
    ])
    await api(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      body: { title: '冬季如何在家科学监测血压' },
      auth: await as.editor(),
    })
    expect((await post(id, 'submit', 'editor')).status).toBe(200)

    const res = await changes()
    expect(res.status).toBe(200)
    expect(res.body.previous.versionHash).toBe(first.versionHash)
    // … and, once the piece is back in review, with what changed since.
    expect(res.body.feedback).toEqual([
      expect.objectContaining({
        stage: 'initial',
        comment: '标题请更具体。',
        anchors: [expect.objectContaining({ quote: '监测血压' })],
      }),
    ])
    expect(res.body.changes).toEqual([
      {
        field: 'title',
        locale: 'zh-CN',
        ops: [
          { op: 'equal', text: '冬季如何' },
          { op: 'insert', text: '在家' },
          { op: 'equal', text: '科学监测血压' },
        ],
      },
    ])
    expect((await api(`/api/articles/${id}/workflow/changes`)).status).toBe(403)
    expect((await changes('apiClient')).status).toBe(403)
    expect((await api('/api/articles/99999999/workflow/changes', { auth: await as.reviewer() })).status).toBe(404)
  })

  it('should keep the published version public while an edit waits for review', async () => {
    const id = await draftArticle({ title: '原标题：规律测量血压' })
    await publishThroughReview('articles', id)
    await api(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      body: { title: '新标题：未经审核' },
      auth: await as.editor(),
    })
    const read = await api(`/api/articles/${id}`)
    expect(read.status).toBe(200)
    expect(read.body.title).toBe('原标题：规律测量血压')
    expect((await workflowOf('articles', id)).state).toBe('draft')
  })

  it('should need two medical reviewers, a public-health expert and a clinician, on a vaccination article', async () => {
    const id = await draftArticle({ topics: [await firstId('topics', 'where[slug][equals]=vaccination')] })
    await post(id, 'submit', 'editor')
    const { versionHash, stages } = await workflowOf('articles', id)
    expect(stages[1]).toMatchObject({ stage: 'medical', needed: 2 })
    await approve(id, 'reviewer', 'initial', versionHash)
    expect((await approve(id, 'reviewer3', 'medical', versionHash)).body.state).toBe('in_review')
    expect((await approve(id, 'reviewer2', 'medical', versionHash)).body.state).toBe('approved')
  })

  it('should refuse a second public-health expert, or one with neither qualification, where a clinician is needed', async () => {
    const makeReviewer = async (qualifications: string[]) => {
      const email = `dual-${qualifications.join('-') || 'none'}-${Date.now()}@demo.hospital`
      const created = await api('/api/users', {
        method: 'POST',
        body: {
          email,
          name: '双专家测试',
          roles: ['medical-reviewer'],
          qualifications,
          password: 'quiet-copper-meadow-97',
        },
        auth: await as.admin(),
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const signedIn = await api('/api/users/login', {
        method: 'POST',
        body: { email, password: 'quiet-copper-meadow-97' },
      })
      return { token: signedIn.body.token as string }
    }
    const id = await draftArticle({ topics: [await firstId('topics', 'where[slug][equals]=vaccination')] })
    await post(id, 'submit', 'editor')
    const { versionHash } = await workflowOf('articles', id)
    await approve(id, 'reviewer', 'initial', versionHash)
    expect((await approve(id, 'reviewer2', 'medical', versionHash)).body.state).toBe('in_review')
    for (const qualifications of [['public-health'], []]) {
      const res = await api(`/api/articles/${id}/workflow/approve`, {
        method: 'POST',
        body: { stage: 'medical', versionHash },
        auth: await makeReviewer(qualifications),
      })
      expect(res.status).toBe(403)
      expect(codeOf(res)).toBe('qualification-required')
      expect(res.body.errors[0].message).toContain('临床医师')
    }
    expect((await workflowOf('articles', id)).state).toBe('in_review')
    expect((await approve(id, 'reviewer3', 'medical', versionHash)).body.state).toBe('approved')
  })

  it('should add the compliance stage for promotional material', async () => {
    const id = await draftArticle({ promotional: true })
    await post(id, 'submit', 'editor')
    const { stages } = await workflowOf('articles', id)
    expect(stages.map((s: any) => s.stage)).toEqual(['initial', 'medical', 'compliance'])
  })

  it('should block submission on preflight findings with codes, fields and offsets (422)', async () => {
    const id = await draftArticle({ title: '三天根治高血压的秘方', references: [] })
    const res = await post(id, 'submit', 'editor')
    expect(res.status).toBe(422)
    const banned = res.body.errors.find((e: any) => e.code === 'banned-claim')
    expect(banned).toMatchObject({ field: 'title', severity: 'block', match: expect.stringContaining('根治') })
    expect('三天根治高血压的秘方'.slice(banned.start, banned.end)).toBe(banned.match)
    expect(res.body.errors.map((e: any) => e.code)).toContain('reference-missing')
    expect((await workflowOf('articles', id)).state).toBe('draft')
  })

  it('should find a patient name and personal numbers in a story', async () => {
    const consent = await api('/api/consents', {
      method: 'POST',
      body: {
        reference: `SQ-PII-${Date.now()}`,
        patientName: '钱多多',
        patientAgeYears: 40,
        allowedChannels: ['website'],
        purposes: ['health-education'],
        validFrom: '2026-01-01T00:00:00.000Z',
        validUntil: '2027-12-31T00:00:00.000Z',
      },
      auth: await as.privacy(),
    })
    // The consent's names are checked by those who may read them: here the privacy officer.
    const res = await api('/api/compliance/check', {
      method: 'POST',
      body: { text: '钱 多 多 出院后请拨打13912345678复诊。', kind: 'patient-story', consentId: consent.body.doc.id },
      auth: await as.privacy(),
    })
    expect(res.status).toBe(200)
    expect(res.body.findings.map((f: any) => f.code)).toEqual(['pii-patient-name', 'pii-phone'])
    expect(JSON.stringify(res.body)).not.toContain('钱多多')
  })
})

describe('medical advertisement certificate (医疗广告审查证明)', () => {
  it('should block submission without a certificate and add the compliance stage', async () => {
    const id = await draftArticle({ medicalAd: true })
    const res = await post(id, 'submit', 'editor')
    expect(res.status).toBe(422)
    expect(res.body.errors.map((e: any) => e.code)).toContain('ad-certificate-missing')
    await api(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      body: {
        adCertificateNumber: '（粤）医广【2026】第12-01-001号',
        adCertificateValidUntil: '2020-01-01T00:00:00.000Z',
      },
      auth: await as.editor(),
    })
    expect((await post(id, 'submit', 'editor')).body.errors.map((e: any) => e.code)).toContain('ad-certificate-expired')
    await api(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      body: { adCertificateValidUntil: new Date(Date.now() + 200 * 86_400_000).toISOString() },
      auth: await as.editor(),
    })
    expect((await post(id, 'submit', 'editor')).status).toBe(200)
    expect((await workflowOf('articles', id)).stages.map((s: any) => s.stage)).toEqual([
      'initial',
      'medical',
      'compliance',
    ])
  })

  it('should refuse publishing once the certificate has expired, even when every stage is signed', async () => {
    const id = await draftArticle({
      medicalAd: true,
      adCertificateNumber: '（粤）医广【2026】第12-01-002号',
      adCertificateValidUntil: new Date(Date.now() + 200 * 86_400_000).toISOString(),
    })
    await post(id, 'submit', 'editor')
    const { versionHash } = await workflowOf('articles', id)
    await approve(id, 'reviewer', 'initial', versionHash)
    await approve(id, 'reviewer3', 'medical', versionHash)
    await approve(id, 'compliance', 'compliance', versionHash)
    // The certificate lapses before publication: the stored draft's date moves into the past.
    await rawSql(
      inject('databaseUri'),
      'UPDATE _articles_v SET version_ad_certificate_valid_until = $1 WHERE parent_id = $2',
      [new Date(Date.now() - 86_400_000).toISOString(), id],
    )
    // (Changing the stored date also changes the version hash, so the refusal may come from the
    // voided sign-offs as well as from the certificate check; either way nothing is published.)
    const res = await post(id, 'publish', 'publisher', {})
    expect([403, 409]).toContain(res.status)
    expect((await api(`/api/articles/${id}`)).status).toBe(404)
  })
})

describe('GET /api/review-queue (待我审核)', () => {
  it('should list an item for the reviewer of its next open stage only', async () => {
    const id = await draftArticle()
    await post(id, 'submit', 'editor')
    const queueOf = async (persona: keyof typeof as) =>
      ((await api('/api/review-queue', { auth: await as[persona]() })).body.items as any[]).filter(
        (item) => item.id === id,
      )
    expect(await queueOf('reviewer')).toEqual([expect.objectContaining({ collection: 'articles', stage: 'initial' })])
    expect(await queueOf('reviewer3')).toEqual([])
    await approve(id, 'reviewer', 'initial', (await workflowOf('articles', id)).versionHash)
    expect(await queueOf('reviewer')).toEqual([])
    expect(await queueOf('reviewer3')).toEqual([expect.objectContaining({ stage: 'medical' })])
    expect(await queueOf('editor')).toEqual([])
    expect((await api('/api/review-queue')).status).toBe(403)
  })
})

describe('the gate holds for every API', () => {
  it('should refuse publishing unapproved content over REST, even for admins', async () => {
    const id = await draftArticle()
    await post(id, 'submit', 'editor')
    const res = await api(`/api/articles/${id}`, {
      method: 'PATCH',
      body: { _status: 'published' },
      auth: await as.admin(),
    })
    expect(res.status).toBe(403)
    expect(codeOf(res)).toBe('publish-through-workflow')
    const created = await api('/api/articles', {
      method: 'POST',
      body: await articleData({ _status: 'published' }),
      auth: await as.admin(),
    })
    expect(created.status).toBe(403)
    expect((await api(`/api/articles/${id}`)).status).toBe(404)
  })

  it('should keep an edit of published content a draft until it is reviewed', async () => {
    const id = await draftArticle()
    await publishThroughReview('articles', id)
    const before = (await api(`/api/articles/${id}`)).body.summary
    // Saved without ?draft=true: it becomes a draft version; readers keep the signed one.
    const res = await api(`/api/articles/${id}`, {
      method: 'PATCH',
      body: { summary: '未经审核直接上线的修改' },
      auth: await as.admin(),
    })
    expect(res.status).toBe(200)
    expect((await api(`/api/articles/${id}`)).body.summary).toBe(before)
    expect((await workflowOf('articles', id)).state).toBe('draft')
    expect((await workflowOf('articles', id)).published).toBe(true)
  })

  it('should refuse publishing over GraphQL', async () => {
    const id = await draftArticle()
    const res = await api('/api/graphql', {
      method: 'POST',
      body: { query: `mutation { updateArticle(id: ${id}, data: { _status: published }) { id _status } }` },
      auth: await as.admin(),
    })
    expect(res.body.errors?.[0]?.message).toContain('只能通过审核流程')
    expect((await api(`/api/articles/${id}`)).status).toBe(404)
  })

  it('should refuse publishing through the Local API with access overridden', async () => {
    const id = await draftArticle()
    const script = `
      import config from './payload.config'
      import { getPayload } from 'payload'
            const payload = await getPayload({ config: await config })
          let outcome = 'PUBLISHED'
      try {
        await payload.update({ collection: 'articles', id: ${id}, data: { _status: 'published' }, overrideAccess: true })
      } catch (error) { outcome = 'REFUSED ' + (error.data?.code ?? error.message) }
      await payload.db.destroy?.()
      await new Promise((resolve) => process.stdout.write(outcome + '\\n', resolve))
      process.exit(0)`
    const run = spawnSync(
      process.execPath,
      ['--conditions=production', '--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URI: inject('databaseUri'), LOG_LEVEL: 'silent' },
        encoding: 'utf8',
      },
    )
    expect(run.stdout, run.stderr).toContain('REFUSED publish-through-workflow')
    expect((await api(`/api/articles/${id}`)).status).toBe(404)
  })

  it('should not let the API write workflow fields or sign-offs', async () => {
    const id = await draftArticle()
    await api(`/api/articles/${id}`, {
      method: 'PATCH',
      body: { workflow: { state: 'approved' } },
      auth: await as.admin(),
    })
    expect((await workflowOf('articles', id)).state).toBe('draft')
    const forged = await api('/api/sign-offs', {
      method: 'POST',
      body: {
        targetCollection: 'articles',
        targetId: String(id),
        versionHash: 'x',
        stage: 'initial',
        decision: 'approve',
        reviewer: 1,
        at: new Date().toISOString(),
      },
      auth: await as.admin(),
    })
    expect(forged.status).toBe(403)
  })
})

describe('withdrawal', () => {
  it('should hide published content at once and record why; only publishers, privacy officers and admins may', async () => {
    const id = await draftArticle()
    await publishThroughReview('articles', id)
    expect((await post(id, 'withdraw', 'editor', { reason: '测试' })).status).toBe(403)
    expect((await post(id, 'withdraw', 'publisher', {})).status).toBe(400)
    const res = await post(id, 'withdraw', 'publisher', { reason: '数据有误，暂时下线' })
    expect(res.status).toBe(200)
    expect(res.body.state).toBe('withdrawn')
    expect((await api(`/api/articles/${id}`)).status).toBe(404)
    const status = await workflowOf('articles', id)
    expect(status.history.at(-1)).toMatchObject({
      action: 'workflow.withdrawn',
      detail: { reason: '数据有误，暂时下线' },
    })
  })
})

describe('re-review period', () => {
  it('should hide content the moment its re-review date passes, then mark it review_expired on schedule', async () => {
    const id = await draftArticle()
    await publishThroughReview('articles', id)
    const read = await api(`/api/articles/${id}`)
    const due = new Date(read.body.workflow.reviewExpiresAt)
    const months = (due.getFullYear() - new Date().getFullYear()) * 12 + due.getMonth() - new Date().getMonth()
    expect(months).toBe(12)

    // Let the period lapse: move the stored date into the past, as time would.
    // (SQL typed by hand bypasses Payload's hooks, so the response cache hears of it through its
    // change signal — a fraction of a second on SQLite, the next write on Postgres.)
    await rawSql(inject('databaseUri'), 'UPDATE articles SET workflow_review_expires_at = $1 WHERE id = $2', [
      new Date(Date.now() - 60_000).toISOString(),
      id,
    ])
    await expect
      .poll(async () => (await api(`/api/articles/${id}`)).status, { timeout: 10_000, interval: 200 })
      .toBe(404)
    await expect
      .poll(async () => (await workflowOf('articles', id)).state, { timeout: 30_000, interval: 1_000 })
      .toBe('review_expired')
    expect((await workflowOf('articles', id)).history.at(-1)).toMatchObject({
      action: 'workflow.expired',
      detail: { cause: 'review-expired' },
    })
    // Re-review brings it back through the same gate, signed afresh though the content is unchanged.
    expect((await post(id, 'submit', 'editor')).body.state).toBe('in_review')
    const again = await workflowOf('articles', id)
    expect(again.stages.every((s: any) => !s.satisfied)).toBe(true)
    expect((await post(id, 'publish', 'publisher', {})).status).toBe(409)
    await approve(id, 'reviewer', 'initial', again.versionHash)
    await approve(id, 'reviewer3', 'medical', again.versionHash)
    expect((await post(id, 'publish', 'publisher', { versionHash: again.versionHash })).status).toBe(200)
    expect((await api(`/api/articles/${id}`)).status).toBe(200)
  })

  it('should give vaccination content a six-month period', async () => {
    const id = await draftArticle({ topics: [await firstId('topics', 'where[slug][equals]=vaccination')] })
    await publishThroughReview('articles', id)
    const read = await api(`/api/articles/${id}`)
    const due = new Date(read.body.workflow.reviewExpiresAt)
    const months = (due.getFullYear() - new Date().getFullYear()) * 12 + due.getMonth() - new Date().getMonth()
    expect(months).toBe(6)
  })
})
