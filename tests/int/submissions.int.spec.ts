// 共创 end to end over HTTP: a parent submits their child's story on the public form with the
// guardian's consent and e-signature → operations triage → every review stage, routed (运营初审 →
// 初审 → 隐私 → 医学 with a public-health expert and a clinician → 管理层合规把关) → publish → the
// submitter is told by mail (a real SMTP server on loopback) → feedback on the story. Then every
// refusal: proof of work, consent rules, tokens, roles, states, files, the rate limit; and the
// review deadlines on a controlled clock.
import fc from 'fast-check'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { readMail, readWecom } from '../../scripts/lib/noticeSinks'
import { solveChallenge } from '@/submissions/rules/proofOfWork'
import { LIMITS, PUBLIC_SUBMITTER_ROLES, SUBMISSION_KINDS, contactKind } from '@/submissions/rules/submissionRules'
import { expectEnvelope as expectShape } from './envelopeAssertions'
import { articleData } from '../factories/content'
import { api, as, firstId, type Persona } from '../helpers/api'
import { smallPng, uploadForm } from '../helpers/images'
import { makeClip } from '../helpers/videos'

const PURPOSE = { 'x-data-purpose': 'verify-consent' }
const CONTACT_PURPOSE = { 'x-data-purpose': 'contact-person' }

type Form = {
  challenge: { token: string; difficulty: number }
  consentText: { version: string; hash: string; paragraphs: string[] }
  departments: { id: number | string; name: string }[]
}

const form = async (): Promise<Form> => {
  const res = await api<Form>('/api/submissions/form')
  expect(res.status).toBe(200)
  return res.body
}

const pow = (f: Form) => ({
  token: f.challenge.token,
  nonce: solveChallenge(f.challenge.token, f.challenge.difficulty),
})

let mailbox = ''
const uniqueMail = (label: string) =>
  `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@family.example`

const childStory = (f: Form, overrides: Record<string, unknown> = {}, consent: Record<string, unknown> = {}) => ({
  kind: 'story',
  submitterRole: 'family',
  title: '陪孩子打完最后一针',
  body: '孩子从小怕打针，这次预防接种门诊的护士用绘本讲解疫苗的作用，孩子很配合地完成了接种。\n留观半小时后我们回家，晚上有点低热，按医生交代多喝水，第二天就退了。',
  name: '王女士',
  contact: mailbox,
  consent: {
    agreed: true,
    patientName: '王小禾',
    patientAgeYears: 6,
    guardianName: '王丽娟',
    guardianRelationship: '母亲',
    uses: ['text', 'photos'],
    channels: ['website', 'wechat-article'],
    months: 12,
    signedName: '王丽娟',
    textVersion: f.consentText.version,
    textHash: f.consentText.hash,
    ...consent,
  },
  pow: pow(f),
  ...overrides,
})

const submit = (body: unknown, headers: Record<string, string> = {}) =>
  api('/api/submissions/submit', { method: 'POST', body, headers })

const track = (token: string) => api('/api/submissions/track', { headers: { 'x-submission-token': token } })

const mailTo = async (address: string, subjectPart: string, timeoutMs = 60_000) => {
  const until = Date.now() + timeoutMs
  for (;;) {
    const found = (await readMail(inject('noticeDir'))).filter(
      (m) => m.to.includes(address) && m.subject.includes(subjectPart),
    )
    if (found.length > 0 || Date.now() > until) return found
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** The one error shape, with this code. */
const expectEnvelope = (res: { body: any }, code: string) => {
  expectShape(res.body, code)
  expect(res.body.errors[0].code).toBe(code)
}

const approve = async (collection: string, id: number | string, stage: string, versionHash: string, who: Persona) =>
  api(`/api/${collection}/${id}/workflow/approve`, {
    method: 'POST',
    body: { stage, versionHash },
    auth: await as[who](),
  })

describe('a patient submission from the public form to publication', () => {
  let token = ''
  let submissionId: number | string = 0
  let consentId: number | string = 0
  let storyId: number | string = 0
  let vaccination: number | string = 0

  beforeAll(async () => {
    mailbox = uniqueMail('parent')
    vaccination = await firstId('topics', 'where[slug][equals]=vaccination')
  })

  it('should take the story with the guardian’s consent and e-signature, and answer a tracking token once', async () => {
    const f = await form()
    expect(f.consentText.paragraphs.join('')).toContain('十四周岁')
    const pediatrics = f.departments.find((d) => d.name.includes('儿'))
    const res = await submit(childStory(f, { department: pediatrics?.id }))
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.reference).toMatch(/^TG-\d{8}-[0-9A-F]{8}$/)
    expect(res.body.trackingUrl).toContain('/submit/track#')
    token = res.body.token
    submissionId = res.body.id

    const tracked = await track(token)
    expect(tracked.status).toBe(200)
    expect(tracked.body).toMatchObject({ status: 'received', title: '陪孩子打完最后一针' })
    expect(JSON.stringify(tracked.body)).not.toContain(mailbox)

    // The consent was made through the consent collection: the privacy officer reads it.
    const submission = await api(`/api/submissions/${submissionId}?depth=0`, { auth: await as.operations() })
    consentId = submission.body.consent
    const consent = await api(`/api/consents/${consentId}`, { auth: await as.privacy(), headers: PURPOSE })
    expect(consent.body).toMatchObject({
      patientName: '王小禾',
      patientAgeYears: 6,
      guardianName: '王丽娟',
      guardianRelationship: '母亲',
      allowedMaterials: ['text', 'photos'],
      allowedChannels: ['website', 'wechat-article'],
      status: 'active',
      signatureMethod: 'typed-name',
      signatureSigner: 'guardian',
      signatureName: '王丽娟',
      signatureTextVersion: f.consentText.version,
      signatureTextHash: f.consentText.hash,
    })
    expect(consent.body.signatureAddress).toBeTruthy()
    expect(Date.parse(consent.body.validUntil) - Date.parse(consent.body.validFrom)).toBeGreaterThan(360 * 86_400_000)
    // The receipt went to the submitter.
    expect((await mailTo(mailbox, '已收到')).length).toBe(1)
  })

  it('should show the submitter’s contact to operations and privacy officers only, each read recorded', async () => {
    const byOps = await api(`/api/submissions/${submissionId}`, {
      auth: await as.operations(),
      headers: CONTACT_PURPOSE,
    })
    expect(byOps.body.contact).toBe(mailbox)
    const byOpsNoPurpose = await api(`/api/submissions/${submissionId}`, { auth: await as.operations() })
    expect(byOpsNoPurpose.body.contact ?? null).toBeNull()
    for (const who of ['editor', 'reviewer', 'compliance', 'publisher'] as const) {
      const res = await api(`/api/submissions/${submissionId}`, { auth: await as[who](), headers: CONTACT_PURPOSE })
      expect(res.status, who).toBe(404)
    }
    expect((await api(`/api/submissions/${submissionId}`)).status).toBe(403)
    const log = await api(
      `/api/audit-events?where[action][equals]=personal-data.read&where[targetId][equals]=${submissionId}`,
      { auth: await as.privacy() },
    )
    expect(log.body.totalDocs).toBeGreaterThan(0)
  })

  it('should keep submissions and their contacts out of GraphQL for anyone but operations and privacy officers', async () => {
    const query = { query: '{ Submissions { docs { id title contact submitterName } } }' }
    const anonymous = await api('/api/graphql', { method: 'POST', body: query })
    expect(JSON.stringify(anonymous.body)).not.toContain('陪孩子打完最后一针')
    const editor = await api('/api/graphql', { method: 'POST', body: query, auth: await as.editor() })
    expect(JSON.stringify(editor.body)).not.toContain('陪孩子打完最后一针')
    const ops = await api('/api/graphql', { method: 'POST', body: query, auth: await as.operations() })
    expect(JSON.stringify(ops.body)).toContain('陪孩子打完最后一针')
    // Without a stated purpose, not even operations get the contact.
    expect(JSON.stringify(ops.body)).not.toContain(mailbox)
    // Nobody sets a submission's status, link or contact through a GraphQL mutation.
    const mutation = await api('/api/graphql', {
      method: 'POST',
      body: {
        query: `mutation { updateSubmission(id: ${JSON.stringify(submissionId)}, data: { title: "改掉标题" }) { id } }`,
      },
      auth: await as.operations(),
    })
    expect(mutation.body.errors?.length ?? 0).toBeGreaterThan(0)
  })

  it('should take photos with the tracking token only, checked like media, and keep them private', async () => {
    const png = await smallPng()
    const upload = (headers: Record<string, string>, bytes = png, type = 'image/png', name = 'photo.png') =>
      api('/api/submission-files', { method: 'POST', body: uploadForm(bytes, name, type, {}), headers })
    expect((await upload({})).status).toBe(403)
    expect((await upload({ 'x-submission-token': 'x'.repeat(32) })).status).toBe(403)
    const fake = await upload({ 'x-submission-token': token }, Buffer.from('%PDF-1.4 not an image'), 'image/png')
    expect(fake.status).toBeGreaterThanOrEqual(400)
    expect(fake.status).toBeLessThan(500)
    const ok = await upload({ 'x-submission-token': token })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    const fileId = ok.body.doc.id
    // A clip: a real video, probed like the media library's; a file that only claims to be one is refused.
    const clip = await makeClip({ seconds: 1 })
    const video = await upload({ 'x-submission-token': token }, clip, 'video/mp4', 'clip.mp4')
    expect(video.status, JSON.stringify(video.body)).toBe(201)
    const notVideo = await upload(
      { 'x-submission-token': token },
      Buffer.from('not a video at all'),
      'video/mp4',
      'x.mp4',
    )
    expect(notVideo.status).toBeGreaterThanOrEqual(400)
    expect(notVideo.status).toBeLessThan(500)
    expect((await track(token)).body.files).toBe(2)
    expect((await api(`/api/submission-files/${fileId}`)).status).toBe(403)
    expect((await api(`/api/submission-files/${fileId}`, { auth: await as.editor() })).status).toBe(403)
    const byOps = await api(`/api/submission-files/${fileId}?depth=0`, { auth: await as.operations() })
    expect(byOps.status).toBe(200)
    expect(byOps.body.submission).toBe(submissionId)
  })

  it('should let only operations triage, and accept the story into a draft linked to its consent', async () => {
    for (const who of ['editor', 'reviewer', 'privacy', 'publisher'] as const) {
      const res = await api(`/api/submissions/${submissionId}/accept`, { method: 'POST', auth: await as[who]() })
      expect(res.status, who).toBe(403)
      expectEnvelope(res, 'submission-forbidden')
    }
    const accepted = await api(`/api/submissions/${submissionId}/accept`, {
      method: 'POST',
      auth: await as.operations(),
    })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    expect(accepted.body.piece.collection).toBe('patient-stories')
    storyId = accepted.body.piece.id
    const again = await api(`/api/submissions/${submissionId}/accept`, { method: 'POST', auth: await as.operations() })
    expect(again.status).toBe(409)
    expectEnvelope(again, 'submission-state')

    const story = await api(`/api/patient-stories/${storyId}?draft=true&depth=0`, { auth: await as.editor() })
    expect(story.body).toMatchObject({ consent: consentId, submission: submissionId, _status: 'draft' })
    // Nobody re-links or unlinks the submission: it decides the review stages.
    const unlink = await api(`/api/patient-stories/${storyId}?draft=true`, {
      method: 'PATCH',
      body: { submission: null },
      auth: await as.editor(),
    })
    expect(unlink.status).toBe(200)
    const still = await api(`/api/patient-stories/${storyId}?draft=true&depth=0`, { auth: await as.editor() })
    expect(still.body.submission).toBe(submissionId)
    expect((await track(token)).body.status).toBe('accepted')
    expect((await mailTo(mailbox, '已被采用')).length).toBe(1)
  })

  it('should route every stage of the co-created vaccination story and need both experts at the medical stage', async () => {
    const edited = await api(`/api/patient-stories/${storyId}?draft=true`, {
      method: 'PATCH',
      body: {
        pseudonym: '禾禾',
        topics: [vaccination],
        intendedChannels: ['website'],
        deidentification: {
          faceBlurred: true,
          nameReplaced: true,
          identifiersRemoved: true,
          locationGeneralised: true,
        },
      },
      auth: await as.editor(),
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    const submitted = await api(`/api/patient-stories/${storyId}/workflow/submit`, {
      method: 'POST',
      auth: await as.editor(),
    })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    const status = (await api(`/api/patient-stories/${storyId}/workflow`, { auth: await as.admin() })).body
    expect(status.stages.map((s: { stage: string }) => s.stage)).toEqual([
      'consent',
      'operations',
      'initial',
      'privacy',
      'medical',
      'compliance',
    ])
    const hash = status.versionHash as string

    // 运营初审 comes first, and is in the operations staff's 待我审核.
    expect((await approve('patient-stories', storyId, 'initial', hash, 'reviewer')).status).toBe(409)
    const queue = await api('/api/review-queue', { auth: await as.operations() })
    expect(
      queue.body.items.some((i: { id: unknown; stage: string }) => i.id === storyId && i.stage === 'operations'),
    ).toBe(true)
    expect((await approve('patient-stories', storyId, 'operations', hash, 'operations')).status).toBe(200)
    expect((await approve('patient-stories', storyId, 'initial', hash, 'reviewer')).status).toBe(200)
    expect((await approve('patient-stories', storyId, 'privacy', hash, 'privacy')).status).toBe(200)

    // The vaccination topic routes the medical stage to the 疾控 expert as well as the clinicians.
    const expertQueue = await api('/api/review-queue', { auth: await as.reviewer2() })
    const item = expertQueue.body.items.find((i: { id: unknown }) => i.id === storyId)
    expect(item).toMatchObject({ stage: 'medical', routed: true })
    expect(item.dueAt).toBeTruthy()

    // A clinician alone does not satisfy the stage; a second clinician cannot fill the expert's place.
    expect((await approve('patient-stories', storyId, 'medical', hash, 'reviewer3')).status).toBe(200)
    const open = (await api(`/api/patient-stories/${storyId}/workflow`, { auth: await as.admin() })).body
    expect(open.stages.find((s: { stage: string }) => s.stage === 'medical').satisfied).toBe(false)
    const notPublishable = await api(`/api/patient-stories/${storyId}/workflow/publish`, {
      method: 'POST',
      body: { versionHash: hash },
      auth: await as.publisher(),
    })
    expect(notPublishable.status).toBe(409)
    expect((await approve('patient-stories', storyId, 'medical', hash, 'reviewer2')).status).toBe(200)
    // 管理层合规把关, on for co-created pieces by default.
    expect((await approve('patient-stories', storyId, 'compliance', hash, 'compliance')).status).toBe(200)

    const published = await api(`/api/patient-stories/${storyId}/workflow/publish`, {
      method: 'POST',
      body: { versionHash: hash },
      auth: await as.publisher(),
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
  })

  it('should tell the submitter it is published, and take their thanks on the story', async () => {
    expect((await track(token)).body.status).toBe('published')
    const mail = await mailTo(mailbox, '已发布')
    expect(mail.length).toBe(1)
    expect(mail[0].text).toContain('陪孩子打完最后一针')
    const feedback = (body: object, headers = { 'x-submission-token': token }) =>
      api('/api/submissions/track/feedback', { method: 'POST', body, headers })
    expect((await feedback({ kind: 'praise', message: '谢谢大家的照顾与帮助。' })).status).toBe(400)
    expect((await feedback({ kind: 'thanks', message: '谢' })).status).toBe(400)
    expect(
      (await feedback({ kind: 'thanks', message: '谢谢大家的照顾与帮助。' }, { 'x-submission-token': 'z'.repeat(32) }))
        .status,
    ).toBe(404)
    const thanks = await feedback({ kind: 'thanks', message: '谢谢护士们的耐心，也谢谢编辑帮我们整理文字。' })
    expect(thanks.status, JSON.stringify(thanks.body)).toBe(201)
    const onStory = await api(`/api/patient-stories/${storyId}?depth=0`, { auth: await as.editor() })
    expect(onStory.body.feedback.docs.length).toBe(1)
    // Readers file on exactly one piece: both is refused (before the address's limit is counted).
    const both = await api('/api/corrections', {
      method: 'POST',
      body: { story: storyId, article: 1, kind: 'feedback', message: '两篇都很好。' },
    })
    expect(both.status).toBe(400)
    // The public story never shows the feedback, the submission or the consent's identity.
    const publicStory = await api(`/api/patient-stories/${storyId}`)
    expect(publicStory.status).toBe(200)
    expect(JSON.stringify(publicStory.body)).not.toContain('王小禾')
    expect(JSON.stringify(publicStory.body)).not.toContain('谢谢护士')
  })

  it('should have recorded every step in the audit trail', async () => {
    const events = await api(
      `/api/audit-events?where[targetCollection][equals]=submissions&where[targetId][equals]=${submissionId}&sort=seq&limit=50`,
      { auth: await as.privacy() },
    )
    const actions = events.body.docs.map((e: { action: string }) => e.action)
    expect(actions).toEqual(
      expect.arrayContaining([
        'submission.received',
        'submission.file-added',
        'submission.accepted',
        'submission.published',
      ]),
    )
  })

  it('should tell the submitter when the story is taken down, never why, and stop linking it', async () => {
    const reason = '舆情核查：文中可能涉及另一位患者'
    const withdrawn = await api(`/api/patient-stories/${storyId}/workflow/withdraw`, {
      method: 'POST',
      body: { reason },
      auth: await as.publisher(),
    })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    const tracked = (await track(token)).body
    expect(tracked).toMatchObject({ status: 'withdrawn', statusLabel: '已下线', link: null })
    expect(tracked.history.map((h: { status: string }) => h.status).slice(-2)).toEqual(['published', 'withdrawn'])
    expect(JSON.stringify(tracked)).not.toContain('舆情')
    const mail = await mailTo(mailbox, '已下线')
    expect(mail.length).toBe(1)
    expect(mail[0].text).toContain('陪孩子打完最后一针')
    expect(mail[0].text).not.toContain('舆情')
    expect((await api(`/api/patient-stories/${storyId}`)).status).toBe(404)
    const events = await api(
      `/api/audit-events?where[targetCollection][equals]=submissions&where[targetId][equals]=${submissionId}&where[action][equals]=submission.withdrawn`,
      { auth: await as.privacy() },
    )
    expect(events.body.totalDocs).toBe(1)
    // Withdrawing the story again (it is no longer public) moves nothing and sends nothing more.
    const again = await api(`/api/patient-stories/${storyId}/workflow/withdraw`, {
      method: 'POST',
      body: { reason },
      auth: await as.publisher(),
    })
    expect(again.status).toBe(409)
    expect((await track(token)).body.history.filter((h: { status: string }) => h.status === 'withdrawn')).toHaveLength(
      1,
    )
  })
})

describe('erasing the person', () => {
  it('should shred the submitter’s contact and photos with the consent they came with', async () => {
    const address = uniqueMail('erase')
    const f = await form()
    const res = await submit(childStory(f, { contact: address }))
    expect(res.status).toBe(201)
    const upload = await api('/api/submission-files', {
      method: 'POST',
      body: uploadForm(await smallPng(), 'photo.png', 'image/png', {}),
      headers: { 'x-submission-token': res.body.token },
    })
    expect(upload.status).toBe(201)
    const submission = await api(`/api/submissions/${res.body.id}?depth=0`, { auth: await as.operations() })
    const consent = submission.body.consent
    expect(
      (
        await api(`/api/consents/${consent}/revoke`, {
          method: 'POST',
          body: { reason: '家长要求撤回' },
          auth: await as.privacy(),
        })
      ).status,
    ).toBe(200)
    const erased = await api(`/api/consents/${consent}/erase`, {
      method: 'POST',
      body: { reason: '撤回后删除' },
      auth: await as.privacy(),
    })
    expect(erased.status, JSON.stringify(erased.body)).toBe(200)
    const after = await api(`/api/submissions/${res.body.id}`, {
      auth: await as.operations(),
      headers: CONTACT_PURPOSE,
    })
    expect(JSON.stringify(after.body)).not.toContain(address)
    const file = await api(`/api/submission-files/file/${upload.body.doc.filename}`, { auth: await as.operations() })
    expect(file.status).toBeGreaterThanOrEqual(400)
  })
})

describe('asking for changes and declining', () => {
  it('should return the submission for changes, take the revision, then decline it with the reason mailed', async () => {
    const address = uniqueMail('tip')
    const f = await form()
    const res = await submit({
      kind: 'tip',
      submitterRole: 'partner',
      organisation: '社区健康服务站',
      title: '冬季居家防跌倒',
      body: '老人起夜前先开灯，卫生间铺防滑垫，常用物品放在伸手可及的位置。',
      name: '刘站长',
      contact: address,
      pow: pow(f),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const { id, token } = res.body
    expect(
      (await api(`/api/submissions/${id}/request-changes`, { method: 'POST', body: {}, auth: await as.operations() }))
        .status,
    ).toBe(400)
    const asked = await api(`/api/submissions/${id}/request-changes`, {
      method: 'POST',
      body: { note: '请补充适用人群，并说明出现跌倒后如何处理。' },
      auth: await as.operations(),
    })
    expect(asked.status).toBe(200)
    expect((await track(token)).body).toMatchObject({
      status: 'changes-requested',
      note: '请补充适用人群，并说明出现跌倒后如何处理。',
    })
    expect((await mailTo(address, '补充修改'))[0].text).toContain('请补充适用人群')
    const revised = await api('/api/submissions/track/revise', {
      method: 'POST',
      body: {
        title: '冬季居家防跌倒（老年人）',
        body: '适用于七十岁以上独居老人。起夜前先开灯，卫生间铺防滑垫；跌倒后先别急着起身，确认无疼痛再慢慢坐起并呼叫家人。',
      },
      headers: { 'x-submission-token': token },
    })
    expect(revised.status, JSON.stringify(revised.body)).toBe(200)
    expect(revised.body.status).toBe('received')
    // A second revision is refused: nobody asked for one.
    const again = await api('/api/submissions/track/revise', {
      method: 'POST',
      body: { title: '再改一次标题', body: '这次没有人要求修改，应该被拒绝才对，内容再多写一点。' },
      headers: { 'x-submission-token': token },
    })
    expect(again.status).toBe(409)
    const declined = await api(`/api/submissions/${id}/decline`, {
      method: 'POST',
      body: { note: '与本月已发布的防跌倒科普内容重复。' },
      auth: await as.operations(),
    })
    expect(declined.status).toBe(200)
    expect((await track(token)).body.status).toBe('declined')
    expect((await mailTo(address, '关于您的投稿'))[0].text).toContain('与本月已发布的防跌倒科普内容重复')
    // Declined is final.
    expect((await api(`/api/submissions/${id}/accept`, { method: 'POST', auth: await as.operations() })).status).toBe(
      409,
    )
  })
})

describe('staff submissions from the admin', () => {
  it('should make it the sender’s own staff submission whatever the form claims, readable by them and operations only', async () => {
    const res = await api('/api/submissions', {
      method: 'POST',
      body: {
        kind: 'tip',
        title: '输液后按压针眼的正确方法',
        body: '拔针后用棉签沿血管方向按压三到五分钟，不要揉，凝血功能差的患者适当延长按压时间。',
        status: 'published',
        source: 'public',
        submitterRole: 'patient',
        contact: 'someone@example.com',
        piece: { relationTo: 'articles', value: 1 },
      },
      auth: await as.reviewer3(),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body.doc).toMatchObject({ status: 'received', source: 'staff', submitterRole: 'staff' })
    expect(res.body.doc.piece ?? null).toBeNull()
    const id = res.body.doc.id
    expect((await api(`/api/submissions/${id}`, { auth: await as.reviewer3() })).status).toBe(200)
    expect((await api(`/api/submissions/${id}`, { auth: await as.editor() })).status).toBe(404)
    expect((await api(`/api/submissions/${id}`, { auth: await as.operations() })).status).toBe(200)
    // Nobody edits a submission over the API; the endpoints move it.
    const patch = await api(`/api/submissions/${id}`, {
      method: 'PATCH',
      body: { status: 'accepted' },
      auth: await as.admin(),
    })
    expect(patch.status).toBe(403)
    // Accepted into an article: the staff sender hears by mail and in the 企业微信 group.
    const accepted = await api(`/api/submissions/${id}/accept`, { method: 'POST', auth: await as.operations() })
    expect(accepted.body.piece.collection).toBe('articles')
    expect((await mailTo('reviewer3@demo.hospital', '已被采用')).length).toBe(1)
    const until = Date.now() + 60_000
    while (
      !readWecom(inject('noticeDir')).some((m) => m.text?.content.includes('输液后按压针眼')) &&
      Date.now() < until
    )
      await new Promise((resolve) => setTimeout(resolve, 250))
    expect(readWecom(inject('noticeDir')).some((m) => m.text?.content.includes('输液后按压针眼'))).toBe(true)

    // The sender wrote it: they may not sign any stage of the piece made from it.
    const articleId = accepted.body.piece.id
    const fields: Record<string, unknown> = await articleData()
    delete fields.title
    delete fields.slug
    const filled = await api(`/api/articles/${articleId}?draft=true`, {
      method: 'PATCH',
      body: fields,
      auth: await as.editor(),
    })
    expect(filled.status, JSON.stringify(filled.body)).toBe(200)
    expect(
      (await api(`/api/articles/${articleId}/workflow/submit`, { method: 'POST', auth: await as.editor() })).status,
    ).toBe(200)
    const hash = (await api(`/api/articles/${articleId}/workflow`, { auth: await as.admin() })).body.versionHash
    expect((await approve('articles', articleId, 'operations', hash, 'operations2')).status).toBe(200)
    expect((await approve('articles', articleId, 'initial', hash, 'reviewer')).status).toBe(200)
    const own = await approve('articles', articleId, 'medical', hash, 'reviewer3')
    expect(own.status).toBe(403)
    expectEnvelope(own, 'self-review')
  })
})

describe('refusals on the public form', () => {
  it('should refuse a missing, forged, lowered or spent proof of work', async () => {
    const f = await form()
    const base = childStory(f)
    const missing = await submit({ ...base, pow: undefined })
    expect(missing.status).toBe(400)
    expectEnvelope(missing, 'submission-pow-invalid')
    const forged = await submit({
      ...base,
      pow: { token: f.challenge.token.replace(/.$/, 'x'), nonce: base.pow.nonce },
    })
    expect(forged.status).toBe(400)
    const lowered = f.challenge.token.replace(`.${f.challenge.difficulty}.`, '.1.')
    expect((await submit({ ...base, pow: { token: lowered, nonce: solveChallenge(lowered, 1) } })).status).toBe(400)
    const first = await submit(base)
    expect(first.status).toBe(201)
    const replay = await submit(base)
    expect(replay.status).toBe(409)
    expectEnvelope(replay, 'submission-challenge-spent')
  })

  it('should refuse a child’s story without the guardian, a signature not the signer’s, and a stale consent text', async () => {
    const consents = async () => (await api('/api/consents?limit=0', { auth: await as.privacy() })).body.totalDocs
    const before = await consents()
    const cases: [Record<string, unknown>, string][] = [
      [
        { guardianName: undefined, guardianRelationship: undefined, signedName: '王小禾' },
        'submission-guardian-required',
      ],
      [{ signedName: '王小禾' }, 'submission-signature-mismatch'],
      [{ agreed: false }, 'submission-consent-not-agreed'],
      [{ textHash: '0'.repeat(64) }, 'submission-field-invalid'],
      [{ channels: ['webhook'] }, 'submission-field-invalid'],
    ]
    for (const [consent, code] of cases) {
      const res = await submit(childStory(await form(), {}, consent))
      expect(res.status, code).toBe(400)
      expectEnvelope(res, code)
    }
    const noConsent = await submit({ ...childStory(await form()), consent: undefined })
    expectEnvelope(noConsent, 'submission-consent-required')
    expect(await consents()).toBe(before)
  })

  it('should answer generated bodies with a 4xx and write nothing, never a 500', async () => {
    const notText = fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object())
    const tooShort = (min: number) => fc.string({ maxLength: Math.max(0, min - 1) })
    const tooLong = (max: number) =>
      fc.string({ minLength: max + 1, maxLength: max + 20 }).filter((v) => [...v.trim()].length > max)
    const allowedIn = (allowed: readonly string[], value: string) => allowed.includes(value.trim())
    const count = async () => (await api('/api/submissions?limit=0', { auth: await as.operations() })).body.totalDocs
    const before = await count()
    const f = await form()
    const valid = childStory(f)
    await fc.assert(
      fc.asyncProperty(
        // Each key gets only values its rule refuses (a generated title of ten letters is a fine
        // title, and a fine body would spend the challenge), in any combination.
        fc
          .record(
            {
              kind: fc.oneof(
                notText,
                fc.string({ maxLength: 30 }).filter((v) => !allowedIn(SUBMISSION_KINDS, v)),
              ),
              submitterRole: fc.oneof(
                notText,
                fc.string({ maxLength: 30 }).filter((v) => !allowedIn(PUBLIC_SUBMITTER_ROLES, v)),
              ),
              title: fc.oneof(notText, tooShort(LIMITS.title.min), tooLong(LIMITS.title.max)),
              body: fc.oneof(notText, tooShort(LIMITS.body.min)),
              name: fc.oneof(notText, tooShort(LIMITS.name.min), tooLong(LIMITS.name.max)),
              contact: fc.oneof(
                notText,
                fc.string({ maxLength: 30 }).filter((v) => contactKind(v.trim()) === null),
              ),
              department: fc.oneof(fc.integer({ min: 1_000_000 }), fc.integer({ max: 0 }), fc.object()),
              consent: fc.oneof(notText, fc.constant({}), fc.record({ agreed: fc.constant(false) })),
            },
            { requiredKeys: [] },
          )
          .filter((patch) => Object.keys(patch).length > 0),
        async (patch) => {
          // A challenge that is never spent: every body here must be refused before anything is written.
          const res = await submit({ ...valid, ...patch, pow: valid.pow })
          expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400)
          expect(res.status).toBeLessThan(500)
          expect(res.body.errors?.[0]?.message).toBeTruthy()
        },
      ),
      { numRuns: 25, examples: [[{ kind: 'poem' }], [{ consent: null }], [{ department: 999_999 }]] },
    )
    expect(await count()).toBe(before)
  })

  it('should refuse an unknown tracking token without telling whether it exists', async () => {
    for (const value of ['', 'short', 'y'.repeat(40), '../../etc/passwd']) {
      const res = await api('/api/submissions/track', { headers: value ? { 'x-submission-token': value } : {} })
      expect(res.status).toBe(404)
      expectEnvelope(res, 'submission-not-found')
    }
  })
})

describe('review deadlines on a controlled clock', () => {
  it('should remind the routed reviewers before the deadline and escalate to the head of department after it, once each', async () => {
    const article = await api('/api/articles', {
      method: 'POST',
      body: await articleData({ title: '时限测试：冬季心脏保健' }),
      auth: await as.editor(),
    })
    expect(article.status, JSON.stringify(article.body)).toBe(201)
    const id = article.body.doc.id
    expect((await api(`/api/articles/${id}/workflow/submit`, { method: 'POST', auth: await as.editor() })).status).toBe(
      200,
    )
    const run = async (hours: number, who: Persona = 'admin') =>
      api('/api/review-deadlines/run', {
        method: 'POST',
        body: { asOf: new Date(Date.now() + hours * 3_600_000).toISOString() },
        auth: await as[who](),
      })
    expect((await run(1, 'editor')).status).toBe(403)
    expect(
      (
        await api('/api/review-deadlines/run', {
          method: 'POST',
          body: { asOf: '2020-01-01T00:00:00Z' },
          auth: await as.admin(),
        })
      ).status,
    ).toBe(400)
    const mine = (res: { body: { sent: { id: unknown; action: string }[] } }) =>
      res.body.sent.filter((s) => s.id === id)

    // 初审 has 48 hours by default, reminders 8 hours before.
    expect(mine(await run(30))).toEqual([])
    // Two passes at once (the server's tick and a worker's, say) send the reminder once between them.
    const twins = await Promise.all([run(41), run(41), run(41)])
    expect(twins.flatMap(mine)).toEqual([{ collection: 'articles', id, stage: 'initial', action: 'remind' }])
    expect(mine(await run(42))).toEqual([])
    expect((await mailTo('reviewer@demo.hospital', '审核提醒')).some((m) => m.subject.includes('时限测试'))).toBe(true)
    const escalated = await Promise.all([run(49), run(49)])
    expect(escalated.flatMap(mine)).toEqual([{ collection: 'articles', id, stage: 'initial', action: 'escalate' }])
    expect(mine(await run(60))).toEqual([])
    const events = await api(
      `/api/audit-events?where[targetCollection][equals]=articles&where[targetId][equals]=${id}&where[action][in]=review.reminded,review.escalated&sort=seq`,
      { auth: await as.privacy() },
    )
    expect(events.body.docs.map((e: { action: string }) => e.action)).toEqual(['review.reminded', 'review.escalated'])
    expect(events.body.docs[1].detail).toMatchObject({ stage: 'initial', escalatedTo: expect.anything() })

    // Signing the stage opens the next one with its own clock.
    const hash = (await api(`/api/articles/${id}/workflow`, { auth: await as.admin() })).body.versionHash
    expect((await approve('articles', id, 'initial', hash, 'reviewer')).status).toBe(200)
    // (medical has 72 hours from now: its reminder is due from hour 64)
    expect(mine(await run(60))).toEqual([])
    expect(mine(await run(65))).toEqual([{ collection: 'articles', id, stage: 'medical', action: 'remind' }])
  })
})

describe('管理层合规把关 by kind (review settings)', () => {
  it('should add or drop the compliance stage as administrators set it, audited, and keep it for medical ads', async () => {
    const article = await api('/api/articles', { method: 'POST', body: await articleData(), auth: await as.editor() })
    const id = article.body.doc.id
    const stages = async () =>
      (await api(`/api/articles/${id}/workflow`, { auth: await as.admin() })).body.stages.map(
        (s: { stage: string }) => s.stage,
      )
    expect(await stages()).toEqual(['initial', 'medical'])
    const set = async (complianceKinds: string[], who: Persona = 'admin') =>
      api('/api/globals/review-settings', { method: 'POST', body: { complianceKinds }, auth: await as[who]() })
    for (const who of ['editor', 'compliance', 'operations'] as const)
      expect((await set(['routine'], who)).status).toBe(403)
    try {
      expect((await set(['co-created', 'promotional', 'kol', 'routine'])).status).toBe(200)
      expect(await stages()).toEqual(['initial', 'medical', 'compliance'])
      expect((await set(['bogus'])).status).toBe(400)
      expect((await set([])).status).toBe(200)
      const ad = await api(`/api/articles/${id}?draft=true`, {
        method: 'PATCH',
        body: { medicalAd: true, promotional: true },
        auth: await as.editor(),
      })
      expect(ad.status).toBe(200)
      expect(await stages()).toEqual(['initial', 'medical', 'compliance'])
      const audit = await api('/api/audit-events?where[action][equals]=review-settings.updated&limit=5', {
        auth: await as.privacy(),
      })
      expect(audit.body.totalDocs).toBeGreaterThanOrEqual(2)
    } finally {
      expect((await set(['co-created', 'promotional', 'kol'])).status).toBe(200)
    }
  })
})

describe('the submission rate limit', () => {
  it('should refuse submissions past the limit per address with a 429 in the one error shape', async () => {
    let refused: Awaited<ReturnType<typeof submit>> | null = null
    for (let i = 0; i < 30 && !refused; i++) {
      const f = await form()
      const res = await submit({
        kind: 'proposal',
        submitterRole: 'partner',
        title: `合作提案 ${i}`,
        body: '社区卫生服务中心希望与贵院合作开展老年慢病管理系列讲座，每月一次。',
        name: '合作方',
        contact: '13800138000',
        pow: pow(f),
      })
      if (res.status === 429) refused = res
      else expect(res.status, JSON.stringify(res.body)).toBe(201)
    }
    expect(refused).not.toBeNull()
    expectEnvelope(refused!, 'submission-rate-limited')
  })
})
