// 共创激励 over HTTP: 宣传管理者 set the rules (nobody else may), a family who opted in on the public
// form earns points when the piece made from their tip is published and again when its summed
// views pass a reach threshold (through ingested metrics and the run endpoint), a member of staff
// earns for the piece they wrote — once, however often it is published or the job re-runs. A
// manager's award with money waits for another manager (never the requester nor the beneficiary),
// approval and rejection are appended entries, corrections are reversals; nobody edits or deletes
// an entry over REST or GraphQL, admins included; the leaderboard reads a period; each contributor
// sees only their own balance, the family on their tracking page.
import http from 'node:http'

import { beforeAll, describe, expect, inject, it } from 'vitest'

import { localDate } from '@/reports/rules/dates'
import { solveChallenge } from '@/submissions/rules/proofOfWork'
import { rawSql } from '../../scripts/lib/rawSql'
import { eventually } from '../../scripts/lib/webhookReceiver'
import { articleData, channelData, kolData } from '../factories/content'
import { DEMO_PASSWORD, api, as, baseUrl, login, type Auth, type Persona } from '../helpers/api'
import { publishThroughReview } from '../helpers/review'
import { expectEnvelope as expectShape, expectGraphqlErrors } from './envelopeAssertions'

const run = Date.now().toString(36)
const manager = () => login('manager@demo.hospital')
const manager2Email = `manager2-${run}@demo.hospital`
const manager2 = () => login(manager2Email)
const month = () => localDate(new Date(), 'Asia/Shanghai').slice(0, 7)

/** The one error shape, with this code. */
const expectEnvelope = (res: { status: number; body: any }, status: number, code: string) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  expectShape(res.body, code)
  expect(res.body.errors[0].code).toBe(code)
}

const form = async () => (await api('/api/submissions/form')).body

/**
 * POSTs from another loopback address (a family's own connection), so these submissions count
 * against their address's limit, not 127.0.0.1's that submissions.int.spec.ts uses up.
 */
const postFrom = (localAddress: string, path: string, body: unknown) =>
  new Promise<{ status: number; body: any }>((resolve, reject) => {
    const url = new URL(path, baseUrl())
    const payload = JSON.stringify(body)
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString() || 'null') }),
        )
      },
    )
    request.on('error', reject)
    request.end(payload)
  })

const familyAddress = `127.0.${Math.floor(Math.random() * 200) + 20}.${Math.floor(Math.random() * 200) + 20}`

const submitTip = async (title: string, optIn: unknown) => {
  const f = await form()
  return postFrom(familyAddress, '/api/submissions/submit', {
    kind: 'tip',
    submitterRole: 'family',
    title,
    body: '陪母亲做完白内障手术后，护士教我们滴眼药水前先洗手、每种药间隔五分钟，回家照做恢复得很好。',
    name: '陈先生',
    contact: `family-${run}-${Math.random().toString(36).slice(2, 6)}@family.example`,
    ...(optIn === undefined ? {} : { incentivesOptIn: optIn }),
    pow: { token: f.challenge.token, nonce: solveChallenge(f.challenge.token, f.challenge.difficulty) },
  })
}

const track = (token: string) => api('/api/submissions/track', { headers: { 'x-submission-token': token } })

const ledgerOf = async (contributor: number | string, auth?: Auth) =>
  (
    await api(`/api/point-ledger?where[contributor][equals]=${contributor}&sort=seq&limit=100&depth=0`, {
      auth: auth ?? (await manager()),
    })
  ).body.docs as any[]

const createRule = async (body: Record<string, unknown>, auth?: Auth) =>
  api('/api/incentive-rules', {
    method: 'POST',
    body: { ...body, name: `${String(body.name)}-${run}` },
    auth: auth ?? (await manager()),
  })

describe('incentives for co-creators', () => {
  const rules: Record<string, number> = {}
  let familyToken = ''
  let otherToken = ''
  let familyArticle: number
  let familyContributor: number
  let staffArticle: number
  let editorContributor: number
  let kocContributor: number
  let kocPartner: number
  let managerContributor: number

  beforeAll(async () => {
    // The demo's own rules are switched off (by a manager, audited), so only this file's rules grant.
    const seeded = await api('/api/incentive-rules?where[active][equals]=true&limit=100&depth=0', {
      auth: await manager(),
    })
    for (const rule of seeded.body.docs)
      expect(
        (
          await api(`/api/incentive-rules/${rule.id}`, {
            method: 'PATCH',
            body: { active: false },
            auth: await manager(),
          })
        ).status,
      ).toBe(200)
    const created = await api('/api/users', {
      method: 'POST',
      body: { email: manager2Email, name: '第二管理者', password: DEMO_PASSWORD, roles: ['publicity-manager'] },
      auth: await as.admin(),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
  })

  it('should let only managers create and change rules, audited, and refuse a reach rule without a threshold', async () => {
    for (const who of ['editor', 'publisher', 'operations', 'analyst', 'compliance', 'apiClient'] as Persona[]) {
      const res = await createRule({ name: '越权规则', trigger: 'published', points: 5 }, await as[who]())
      expect(res.status, who).toBe(403)
      expectShape(res.body, who)
    }
    expect((await createRule({ name: '匿名', trigger: 'published', points: 5 }, {})).status).toBe(403)
    expectEnvelope(await createRule({ name: '缺阈值', trigger: 'reach', points: 5 }), 400, 'incentive-bad-input')
    expectEnvelope(await createRule({ name: '小数', trigger: 'published', points: 1.5 }), 400, 'incentive-bad-input')
    expectEnvelope(
      await createRule({ name: '缺称号', trigger: 'balance', points: 0, threshold: 10 }),
      400,
      'incentive-bad-input',
    )

    const specs = {
      published: { name: '稿件发布', trigger: 'published', points: 10 },
      reach: {
        name: '百万播放',
        trigger: 'reach',
        points: 100,
        threshold: 1_000_000,
        honour: `百万播放${run.slice(-3)}`,
      },
      best: { name: '月度最佳', trigger: 'manual', points: 50, rewardCny: 300, honour: `月度之星${run.slice(-3)}` },
      topic: { name: '优质选题', trigger: 'manual', points: 20 },
      star: { name: '优秀共创者', trigger: 'balance', points: 0, threshold: 100, honour: `优秀共创者${run.slice(-3)}` },
    }
    for (const [key, spec] of Object.entries(specs)) {
      const res = await createRule(spec, key === 'topic' ? await as.admin() : undefined)
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      rules[key] = res.body.doc.id
    }
    expect(
      (
        await api(`/api/incentive-rules/${rules.published}`, {
          method: 'PATCH',
          body: { points: 99 },
          auth: await as.editor(),
        })
      ).status,
    ).toBe(403)
    const changed = await api(`/api/incentive-rules/${rules.published}`, {
      method: 'PATCH',
      body: { points: 12 },
      auth: await manager(),
    })
    expect(changed.status).toBe(200)
    expect(
      (await api(`/api/incentive-rules/${rules.published}`, { method: 'DELETE', auth: await as.admin() })).status,
    ).toBe(403)
    const audit = await api(
      `/api/audit-events?where[targetCollection][equals]=incentive-rules&where[targetId][equals]=${rules.published}&sort=seq`,
      { auth: await as.compliance() },
    )
    expect(audit.body.docs.map((e: any) => e.action)).toEqual(['incentive-rule.created', 'incentive-rule.updated'])
    expect(audit.body.docs[1].detail.points).toEqual({ from: 10, to: 12 })
  })

  it('should enrol a family that opted in when their tip is accepted, and grant once when its piece is published', async () => {
    const wrongType = await submitTip('术后滴眼药水的小经验', 'yes')
    expectEnvelope(wrongType, 400, 'submission-field-invalid')
    const sent = await submitTip('术后滴眼药水的小经验', true)
    expect(sent.status, JSON.stringify(sent.body)).toBe(201)
    familyToken = sent.body.token
    const other = await submitTip('陪诊时带好检查单', undefined)
    expect(other.status).toBe(201)
    otherToken = other.body.token
    expect((await track(familyToken)).body.incentives).toBeNull()

    const accepted = await api(`/api/submissions/${sent.body.id}/accept`, {
      method: 'POST',
      auth: await as.operations(),
    })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    familyArticle = accepted.body.piece.id
    const otherAccepted = await api(`/api/submissions/${other.body.id}/accept`, {
      method: 'POST',
      auth: await as.operations(),
    })
    expect(otherAccepted.status).toBe(200)
    const enrolled = await api(`/api/contributors?where[submissions][contains]=${sent.body.id}&depth=0`, {
      auth: await manager(),
    })
    expect(enrolled.body.docs).toHaveLength(1)
    expect(enrolled.body.docs[0]).toMatchObject({ kind: 'family' })
    expect(JSON.stringify(enrolled.body.docs[0])).not.toContain('陈先生')
    familyContributor = enrolled.body.docs[0].id
    // The one who said no (the default) is not enrolled.
    const notEnrolled = await api(`/api/contributors?where[submissions][contains]=${other.body.id}&depth=0`, {
      auth: await manager(),
    })
    expect(notEnrolled.body.docs).toHaveLength(0)

    const fields: Record<string, unknown> = await articleData()
    delete fields.title
    delete fields.slug
    const filled = await api(`/api/articles/${familyArticle}?draft=true`, {
      method: 'PATCH',
      body: fields,
      auth: await as.editor(),
    })
    expect(filled.status, JSON.stringify(filled.body)).toBe(200)
    await publishThroughReview('articles', familyArticle)

    const entries = await ledgerOf(familyContributor)
    expect(entries.map((e) => [e.kind, e.rule, e.points, e.settled, e.causeCollection, String(e.causeId)])).toEqual([
      ['grant', rules.published, 12, true, 'articles', String(familyArticle)],
    ])
    const tracked = (await track(familyToken)).body
    expect(tracked.incentives.balance).toEqual({ points: 12, amountCny: 0, pendingPoints: 0, pendingCny: 0 })
    expect(tracked.incentives.history).toHaveLength(1)
    expect(tracked.incentives.history[0]).toMatchObject({ kind: 'grant', points: 12, rule: `稿件发布-${run}` })
    // Only their own: no names of staff or of other contributors anywhere in it.
    const text = JSON.stringify(tracked.incentives)
    for (const name of ['王晓晨', '黄嘉怡', '何佳', 'manager@', 'publisher@', 'displayName'])
      expect(text).not.toContain(name)
    // Another token sees its own (nothing: that sender did not opt in), never this family's.
    expect((await track(otherToken)).body.incentives).toBeNull()
  })

  it('should grant the staff author once however often the piece is published', async () => {
    // The demo seed may already have given the editor points (a month's-best award).
    const before = (await api('/api/contributors/me', { auth: await as.editor() })).body.contributor
    const created = await api('/api/articles?draft=true', {
      method: 'POST',
      body: { ...(await articleData()), title: `冬季血压监测要点-${run}`, _status: 'draft' },
      auth: await as.editor(),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    staffArticle = created.body.doc.id
    await publishThroughReview('articles', staffArticle)
    const edited = await api(`/api/articles/${staffArticle}?draft=true`, {
      method: 'PATCH',
      body: { summary: '气温下降时血压容易波动，建议规律测量并记录，必要时复诊。' },
      auth: await as.editor(),
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    await publishThroughReview('articles', staffArticle)

    const mine = await api('/api/contributors/me', { auth: await as.editor() })
    expect(mine.status).toBe(200)
    editorContributor = mine.body.contributor.id
    const grants = (await ledgerOf(editorContributor)).filter((e) => e.rule === rules.published)
    expect(grants.map((e) => String(e.causeId))).toEqual([String(staffArticle)])
    expect(mine.body.contributor.balance.points).toBe((before?.balance.points ?? 0) + 12)
  })

  it('should grant the reach threshold once from ingested metrics, through the job or the run endpoint', async () => {
    const channel = await api('/api/channels', { method: 'POST', body: channelData(), auth: await as.publisher() })
    expect(channel.status, JSON.stringify(channel.body)).toBe(201)
    const distributed = await api('/api/distributions', {
      method: 'POST',
      body: {
        contentCollection: 'articles',
        contentId: familyArticle,
        channel: channel.body.doc.id,
        scheduledAt: new Date().toISOString(),
      },
      auth: await as.publisher(),
    })
    expect(distributed.status, JSON.stringify(distributed.body)).toBe(201)
    const delivered = await eventually(
      async () =>
        (await api(`/api/distributions/${distributed.body.doc.id}?depth=0`, { auth: await as.publisher() })).body,
      (d) => d.status === 'delivered',
    )
    expect(delivered.status).toBe('delivered')

    // Refusals first: only admins run it, and only as of now or later.
    expectEnvelope(
      await api('/api/point-ledger/run', { method: 'POST', body: {}, auth: await manager() }),
      403,
      'incentive-forbidden',
    )
    expectEnvelope(
      await api('/api/point-ledger/run', {
        method: 'POST',
        body: { asOf: '2020-01-01T00:00:00Z' },
        auth: await as.admin(),
      }),
      400,
      'deadline-as-of-invalid',
    )

    const ingested = await api('/api/channel-metrics/ingest', {
      method: 'POST',
      body: [{ distribution: distributed.body.doc.id, date: localDate(new Date(), 'Asia/Shanghai'), views: 1_200_000 }],
      auth: await as.metricsClient(),
    })
    expect(ingested.status, JSON.stringify(ingested.body)).toBeLessThan(300)
    for (let i = 0; i < 2; i++) {
      const res = await api('/api/point-ledger/run', { method: 'POST', body: {}, auth: await as.admin() })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
    }
    // A raised threshold the piece still passes pays it nothing more: once per rule and piece.
    const raised = await api(`/api/incentive-rules/${rules.reach}`, {
      method: 'PATCH',
      body: { threshold: 1_100_000 },
      auth: await manager(),
    })
    expect(raised.status).toBe(200)
    const rerun = await api('/api/point-ledger/run', { method: 'POST', body: {}, auth: await as.admin() })
    expect(rerun.body.granted.filter((g: { piece: string }) => g.piece === `articles/${familyArticle}`)).toEqual([])
    const reach = (await ledgerOf(familyContributor)).filter((e) => e.rule === rules.reach)
    expect(reach).toHaveLength(1)
    expect(reach[0]).toMatchObject({ kind: 'grant', points: 100, settled: true, causeCollection: 'articles' })
    const tracked = (await track(familyToken)).body.incentives
    expect(tracked.balance.points).toBe(112)
    // 112 ≥ 100: the balance rule's title too, besides the reach rule's own.
    expect(tracked.honours.map((h: any) => h.title).sort()).toEqual(
      [`百万播放${run.slice(-3)}`, `优秀共创者${run.slice(-3)}`].sort(),
    )
  })

  it('should keep contributors one per person, made by managers only', async () => {
    const kol = await api('/api/kol-partners', {
      method: 'POST',
      body: kolData({ kind: 'community-koc' }),
      auth: await as.editor(),
    })
    expect(kol.status, JSON.stringify(kol.body)).toBe(201)
    const body = { kind: 'kol', kolPartner: kol.body.doc.id, displayName: `社区达人-${run}` }
    expect((await api('/api/contributors', { method: 'POST', body, auth: await as.editor() })).status).toBe(403)
    const made = await api('/api/contributors', { method: 'POST', body, auth: await manager() })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    kocContributor = made.body.doc.id
    kocPartner = kol.body.doc.id
    expectEnvelope(
      await api('/api/contributors', { method: 'POST', body, auth: await manager() }),
      409,
      'contributor-exists',
    )
    expectEnvelope(
      await api('/api/contributors', {
        method: 'POST',
        body: { kind: 'staff', displayName: '无账号' },
        auth: await manager(),
      }),
      400,
      'contributor-link-required',
    )
    expectEnvelope(
      await api('/api/contributors', {
        method: 'POST',
        body: { kind: 'family', displayName: '冒充家属' },
        auth: await manager(),
      }),
      400,
      'contributor-link-required',
    )
    for (const kind of ['kol', 'partner'])
      expectEnvelope(
        await api('/api/contributors', {
          method: 'POST',
          body: { kind, displayName: '缺关联' },
          auth: await manager(),
        }),
        400,
        'contributor-link-required',
      )
    expect(
      (
        await api(`/api/contributors/${kocContributor}`, {
          method: 'PATCH',
          body: { displayName: '改名' },
          auth: await as.editor(),
        })
      ).status,
    ).toBe(403)
    expect(
      (await api(`/api/contributors/${kocContributor}`, { method: 'DELETE', auth: await as.admin() })).status,
    ).toBe(403)
    const me = (await api('/api/users/me', { auth: await manager() })).body.user
    const mine = await api('/api/contributors', {
      method: 'POST',
      body: { kind: 'staff', user: me.id, displayName: '黄嘉怡' },
      auth: await as.admin(),
    })
    expect(mine.status, JSON.stringify(mine.body)).toBe(201)
    managerContributor = mine.body.doc.id
  })

  it('should hold a monetary award until a manager who neither asked for it nor benefits approves it', async () => {
    const award = async (contributor: number, occasion: string, who?: Promise<Auth>) =>
      api('/api/point-ledger/grant', {
        method: 'POST',
        body: { rule: rules.best, contributor, occasion, reason: '本月阅读与转发居首位的作品。' },
        auth: await (who ?? manager()),
      })
    expectEnvelope(await award(kocContributor, month(), as.editor()), 403, 'incentive-forbidden')
    const granted = await award(kocContributor, month())
    expect(granted.status, JSON.stringify(granted.body)).toBe(201)
    const grant = granted.body.doc
    expect(grant).toMatchObject({ kind: 'grant', points: 50, amountCny: 300, settled: false })
    expectEnvelope(await award(kocContributor, month()), 409, 'incentive-duplicate')
    expect((await api(`/api/contributors/me`, { auth: await manager() })).body.contributor.balance).toEqual({
      points: 0,
      amountCny: 0,
      pendingPoints: 0,
      pendingCny: 0,
    })

    const approve = async (id: number, auth: Auth, body: unknown = {}) =>
      api(`/api/point-ledger/${id}/approve`, { method: 'POST', body, auth })
    expectEnvelope(await approve(grant.id, await manager()), 403, 'incentive-self-approval')
    expectEnvelope(await approve(grant.id, await as.publisher()), 403, 'incentive-forbidden')
    expectEnvelope(await approve(999_999, await as.admin()), 404, 'incentive-not-found')
    const pendingIds = async () =>
      ((await api('/api/point-ledger/pending', { auth: await manager2() })).body.docs as any[]).map((d) => d.id)
    expect(await pendingIds()).toContain(grant.id)
    expectEnvelope(await api('/api/point-ledger/pending', { auth: await as.editor() }), 403, 'incentive-forbidden')
    const approved = await approve(grant.id, await as.admin(), { reason: '评选记录齐全。' })
    expect(approved.status, JSON.stringify(approved.body)).toBe(201)
    expect(approved.body.doc).toMatchObject({ kind: 'approval', points: 50, amountCny: 300, settled: true })
    expect(await pendingIds()).not.toContain(grant.id)
    expectEnvelope(await approve(grant.id, await manager2()), 409, 'incentive-state')
    expectEnvelope(
      await api(`/api/point-ledger/${grant.id}/reject`, {
        method: 'POST',
        body: { reason: '重复' },
        auth: await manager2(),
      }),
      409,
      'incentive-state',
    )
    // A settled entry is not pending: nothing to approve.
    expectEnvelope(await approve(approved.body.doc.id, await manager2()), 409, 'incentive-state')

    // The manager's own award: requested by the administrator, so the manager (the beneficiary) may not decide it.
    const own = await award(managerContributor, month(), as.admin())
    expect(own.status).toBe(201)
    expectEnvelope(await approve(own.body.doc.id, await manager()), 403, 'incentive-self-approval')
    expectEnvelope(await approve(own.body.doc.id, await as.admin()), 403, 'incentive-self-approval')
    expectEnvelope(
      await api(`/api/point-ledger/${own.body.doc.id}/reject`, { method: 'POST', body: {}, auth: await manager2() }),
      400,
      'incentive-bad-input',
    )
    const rejected = await api(`/api/point-ledger/${own.body.doc.id}/reject`, {
      method: 'POST',
      body: { reason: '本月已有同类奖励。' },
      auth: await manager2(),
    })
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(201)
    expect(rejected.body.doc).toMatchObject({ kind: 'rejection', points: 0, amountCny: 0, settled: false })
    const managerView = (await api('/api/contributors/me', { auth: await manager() })).body.contributor
    expect(managerView.balance).toEqual({ points: 0, amountCny: 0, pendingPoints: 0, pendingCny: 0 })
    expect(managerView.history.map((e: any) => e.kind)).toEqual(['rejection', 'grant'])

    const koc = await ledgerOf(kocContributor)
    expect(koc.map((e) => e.kind)).toEqual(['grant', 'approval'])
    // The rule's honour arrives with the approval.
    const honours = await api(`/api/honours?where[contributor][equals]=${kocContributor}`, { auth: await as.editor() })
    expect(honours.body.docs.map((h: any) => h.title)).toEqual([`月度之星${run.slice(-3)}`])
  })

  it('should refuse malformed awards and rules that do not apply', async () => {
    const grant = async (body: unknown) =>
      api('/api/point-ledger/grant', { method: 'POST', body, auth: await manager() })
    expectEnvelope(
      await grant({ contributor: kocContributor, occasion: month(), reason: '理由充分' }),
      400,
      'incentive-bad-input',
    )
    expectEnvelope(
      await grant({ rule: rules.topic, occasion: month(), reason: '理由充分' }),
      400,
      'incentive-bad-input',
    )
    expectEnvelope(
      await grant({ rule: rules.topic, contributor: kocContributor, reason: '理由充分' }),
      400,
      'incentive-bad-input',
    )
    expectEnvelope(
      await grant({ rule: rules.topic, contributor: kocContributor, occasion: month(), reason: '' }),
      400,
      'incentive-bad-input',
    )
    expectEnvelope(
      await grant({
        rule: rules.topic,
        contributor: kocContributor,
        piece: { collection: 'users', id: 1 },
        reason: '理由充分',
      }),
      400,
      'incentive-bad-input',
    )
    expectEnvelope(await grant('[]'), 400, 'incentive-bad-input')
    expectEnvelope(
      await grant({ rule: rules.published, contributor: kocContributor, occasion: month(), reason: '理由充分' }),
      409,
      'incentive-rule-mismatch',
    )
    expectEnvelope(
      await grant({ rule: rules.topic, contributor: 999_999, occasion: month(), reason: '理由充分' }),
      404,
      'incentive-not-found',
    )
    expectEnvelope(
      await grant({
        rule: rules.topic,
        contributor: kocContributor,
        piece: { collection: 'articles', id: 999_999 },
        reason: '理由充分',
      }),
      404,
      'incentive-not-found',
    )
    const topic = await grant({
      rule: rules.topic,
      contributor: kocContributor,
      piece: { collection: 'articles', id: staffArticle },
      reason: '提供了选题线索。',
    })
    expect(topic.status, JSON.stringify(topic.body)).toBe(201)
    expect(topic.body.doc).toMatchObject({ points: 20, settled: true, causeCollection: 'articles' })
  })

  it('should answer unknown entries with 404, a malformed reason with 400 and an inactive rule with 409', async () => {
    for (const action of ['approve', 'reject', 'reverse'])
      expectEnvelope(
        await api(`/api/point-ledger/999999/${action}`, {
          method: 'POST',
          body: { reason: '核对后处理。' },
          auth: await manager2(),
        }),
        404,
        'incentive-not-found',
      )
    // The body is checked before the entry is read.
    const badReason = await api(`/api/point-ledger/${(await ledgerOf(kocContributor))[0].id}/approve`, {
      method: 'POST',
      body: { reason: 42 },
      auth: await manager2(),
    })
    expectEnvelope(badReason, 400, 'incentive-bad-input')
    const inactive = await createRule({ name: '停用规则', trigger: 'manual', points: 5, active: false })
    expect(inactive.status).toBe(201)
    expectEnvelope(
      await api('/api/point-ledger/grant', {
        method: 'POST',
        body: { rule: inactive.body.doc.id, contributor: kocContributor, occasion: month(), reason: '测试停用规则' },
        auth: await manager(),
      }),
      409,
      'incentive-rule-mismatch',
    )
  })

  it('should correct with a reversing entry by a manager, once, with a reason', async () => {
    const approval = (await ledgerOf(kocContributor)).find((e) => e.kind === 'approval')
    const reverse = async (id: number, auth: Auth, body: unknown = { reason: '评选材料有误，撤销本次奖励。' }) =>
      api(`/api/point-ledger/${id}/reverse`, { method: 'POST', body, auth })
    expectEnvelope(await reverse(approval.id, await as.editor()), 403, 'incentive-forbidden')
    expectEnvelope(await reverse(approval.id, await manager(), {}), 400, 'incentive-bad-input')
    const reversed = await reverse(approval.id, await manager())
    expect(reversed.status, JSON.stringify(reversed.body)).toBe(201)
    expect(reversed.body.doc).toMatchObject({ kind: 'reversal', points: -50, amountCny: -300, settled: true })
    expectEnvelope(await reverse(approval.id, await manager2()), 409, 'incentive-state')
    expectEnvelope(await reverse(reversed.body.doc.id, await manager2()), 409, 'incentive-state')
    // A pending grant has nothing to reverse; a rejected one neither.
    const pending = await api('/api/point-ledger/grant', {
      method: 'POST',
      body: { rule: rules.best, contributor: kocContributor, occasion: `${month()}-b`, reason: '第二次评选。' },
      auth: await manager(),
    })
    expect(pending.status).toBe(201)
    expectEnvelope(await reverse(pending.body.doc.id, await manager2()), 409, 'incentive-state')

    const entries = await ledgerOf(kocContributor)
    const settled = entries.filter((e) => e.settled)
    expect(settled.reduce((sum, e) => sum + e.points, 0)).toBe(20)
    expect(settled.reduce((sum, e) => sum + e.amountCny, 0)).toBe(0)
  })

  it('should refuse every update and delete of an entry or an honour, over REST and GraphQL, for every role', async () => {
    const entry = (await ledgerOf(kocContributor))[0]
    for (const who of ['admin', 'editor', 'publisher', 'analyst', 'compliance'] as Persona[]) {
      const auth = await as[who]()
      expectEnvelope(
        await api(`/api/point-ledger/${entry.id}`, { method: 'PATCH', body: { points: 9999 }, auth }),
        403,
        'ledger-append-only',
      )
      expectEnvelope(await api(`/api/point-ledger/${entry.id}`, { method: 'DELETE', auth }), 403, 'ledger-append-only')
      const bulk = await api(`/api/point-ledger?where[id][equals]=${entry.id}`, {
        method: 'PATCH',
        body: { points: 9999 },
        auth,
      })
      expect(bulk.status, who).toBeGreaterThanOrEqual(400)
      expectShape(bulk.body, who)
    }
    for (const auth of [await manager(), await as.admin()]) {
      expectEnvelope(
        await api(`/api/point-ledger/${entry.id}`, { method: 'PATCH', body: { points: 9999 }, auth }),
        403,
        'ledger-append-only',
      )
      expect((await api('/api/point-ledger', { method: 'POST', body: { ...entry, id: undefined }, auth })).status).toBe(
        403,
      )
      for (const query of [
        `mutation { updatePointLedger(id: ${JSON.stringify(entry.id)}, data: { points: 9999 }) { id } }`,
        `mutation { deletePointLedger(id: ${JSON.stringify(entry.id)}) { id } }`,
      ]) {
        const res = await api('/api/graphql', { method: 'POST', body: { query }, auth })
        expectGraphqlErrors(res.body)
        expect(res.body.errors?.[0]?.extensions?.code, JSON.stringify(res.body)).toBe('ledger-append-only')
      }
    }
    const honour = (await api(`/api/honours?where[contributor][equals]=${kocContributor}`, { auth: await as.admin() }))
      .body.docs[0]
    expectEnvelope(
      await api(`/api/honours/${honour.id}`, { method: 'PATCH', body: { title: '改名' }, auth: await as.admin() }),
      403,
      'ledger-append-only',
    )
    expectEnvelope(
      await api(`/api/honours/${honour.id}`, { method: 'DELETE', auth: await as.admin() }),
      403,
      'ledger-append-only',
    )
    const after = (await ledgerOf(kocContributor))[0]
    expect(after.points).toBe(entry.points)
    const verified = await api('/api/point-ledger/verify', { auth: await as.admin() })
    expect(verified.body).toMatchObject({ ok: true })
    expectEnvelope(await api('/api/point-ledger/verify', { auth: await manager() }), 403, 'incentive-forbidden')
  })

  it('should award honours by hand once, by managers only', async () => {
    const body = { contributor: familyContributor, title: `金牌合作者${run.slice(-3)}`, reason: '多次投稿被采用。' }
    expect((await api('/api/honours', { method: 'POST', body, auth: await as.editor() })).status).toBe(403)
    const made = await api('/api/honours', { method: 'POST', body, auth: await manager() })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect(made.body.doc.awardedBy).toBeTruthy()
    expectEnvelope(
      await api('/api/honours', { method: 'POST', body, auth: await manager2() }),
      409,
      'incentive-duplicate',
    )
    expectEnvelope(
      await api('/api/honours', { method: 'POST', body: { contributor: familyContributor }, auth: await manager() }),
      400,
      'incentive-bad-input',
    )
    expect((await track(familyToken)).body.incentives.honours).toHaveLength(3)
  })

  it('should rank the period’s points for staff only, with honours, from month to year', async () => {
    for (const period of [
      month(),
      `${month().slice(0, 4)}-Q${Math.floor((Number(month().slice(5)) - 1) / 3) + 1}`,
      month().slice(0, 4),
    ]) {
      const res = await api(`/api/contributors/leaderboard?period=${period}&limit=100`, { auth: await as.editor() })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      const rows = res.body.rows as any[]
      const points = rows.map((r) => r.points)
      expect(points).toEqual([...points].sort((a, b) => b - a))
      const family = rows.find((r) => r.contributor.id === familyContributor)
      expect(family.points).toBe(112)
      expect(family.honours).toContain(`百万播放${run.slice(-3)}`)
      expect(rows.find((r) => r.contributor.id === kocContributor).points).toBe(20)
      const months = res.body.months as string[]
      const editorSettled = (await ledgerOf(editorContributor)).filter((e) => e.settled && months.includes(e.month))
      expect(rows.find((r) => r.contributor.id === editorContributor).points).toBe(
        editorSettled.reduce((sum, e) => sum + e.points, 0),
      )
      expect(rows.some((r) => r.contributor.id === managerContributor)).toBe(false)
    }
    const empty = await api('/api/contributors/leaderboard?period=2019-01', { auth: await as.analyst() })
    expect(empty.body.rows).toEqual([])
    for (const period of ['2026-13', '2026-Q5', '26', '', 'all'])
      expectEnvelope(
        await api(`/api/contributors/leaderboard?period=${period}`, { auth: await as.editor() }),
        400,
        'incentive-period-invalid',
      )
    expectEnvelope(
      await api(`/api/contributors/leaderboard?period=${month()}&limit=0`, { auth: await as.editor() }),
      400,
      'incentive-bad-input',
    )
    expectEnvelope(await api(`/api/contributors/leaderboard?period=${month()}`), 403, 'incentive-staff-only')
    expectEnvelope(
      await api(`/api/contributors/leaderboard?period=${month()}`, { auth: await as.apiClient() }),
      403,
      'incentive-staff-only',
    )
  })

  it('should show staff only their own record and entries, and managers everyone’s', async () => {
    const own = await api('/api/contributors?limit=100&depth=0', { auth: await as.editor() })
    expect(own.body.docs.map((c: any) => c.id)).toEqual([editorContributor])
    const entries = await api('/api/point-ledger?limit=100&depth=0', { auth: await as.editor() })
    expect(entries.body.docs.length).toBeGreaterThan(0)
    const editorId = (await api('/api/users/me', { auth: await as.editor() })).body.user.id
    for (const e of entries.body.docs) expect(e.beneficiaryUser).toBe(editorId)
    expect((await api(`/api/contributors/${kocContributor}`, { auth: await as.editor() })).status).toBe(404)
    expect((await api(`/api/contributors/${kocContributor}`, { auth: await manager() })).status).toBe(200)
    expect((await api('/api/contributors/me', { auth: await as.publisher() })).body).toEqual({ contributor: null })
    expectEnvelope(await api('/api/contributors/me'), 403, 'incentive-staff-only')
    expect((await api('/api/point-ledger', { auth: await as.apiClient() })).status).toBe(403)
  })

  it('should name the entry changed directly in the database', async () => {
    const [victim] = await ledgerOf(kocContributor)
    await rawSql(inject('databaseUri'), 'UPDATE point_ledger SET points = $1 WHERE id = $2', [
      victim.points + 1000,
      victim.id,
    ])
    try {
      const broken = await api('/api/point-ledger/verify', { auth: await as.admin() })
      expect(broken.body).toMatchObject({ ok: false, brokenAt: victim.seq, reason: 'hash-mismatch' })
    } finally {
      await rawSql(inject('databaseUri'), 'UPDATE point_ledger SET points = $1 WHERE id = $2', [
        victim.points,
        victim.id,
      ])
    }
    expect((await api('/api/point-ledger/verify', { auth: await as.admin() })).body).toMatchObject({ ok: true })
  })

  it('should grant the KOC a piece was placed with when its reach passes the threshold', async () => {
    const created = await api('/api/articles?draft=true', {
      method: 'POST',
      body: { ...(await articleData()), title: `社区达人讲接种-${run}`, kolPartner: kocPartner, _status: 'draft' },
      auth: await as.editor2(),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const article = created.body.doc.id
    await publishThroughReview('articles', article)
    const channel = await api('/api/channels', { method: 'POST', body: channelData(), auth: await as.publisher() })
    const distributed = await api('/api/distributions', {
      method: 'POST',
      body: {
        contentCollection: 'articles',
        contentId: article,
        channel: channel.body.doc.id,
        scheduledAt: new Date().toISOString(),
      },
      auth: await as.publisher(),
    })
    expect(distributed.status, JSON.stringify(distributed.body)).toBe(201)
    const delivered = await eventually(
      async () =>
        (await api(`/api/distributions/${distributed.body.doc.id}?depth=0`, { auth: await as.publisher() })).body,
      (d) => d.status === 'delivered',
    )
    expect(delivered.status).toBe('delivered')
    const ingested = await api('/api/channel-metrics/ingest', {
      method: 'POST',
      body: [{ distribution: distributed.body.doc.id, date: localDate(new Date(), 'Asia/Shanghai'), views: 1_500_000 }],
      auth: await as.metricsClient(),
    })
    expect(ingested.status, JSON.stringify(ingested.body)).toBeLessThan(300)
    expect((await api('/api/point-ledger/run', { method: 'POST', body: {}, auth: await as.admin() })).status).toBe(200)

    const kocReach = (await ledgerOf(kocContributor)).filter((e) => e.rule === rules.reach)
    expect(kocReach.map((e) => [e.causeCollection, String(e.causeId), e.points])).toEqual([
      ['articles', String(article), 100],
    ])
    // Its staff author earns both: the publication and the reach.
    const author = (await api('/api/contributors/me', { auth: await as.editor2() })).body.contributor
    const authorEntries = (await ledgerOf(author.id)).filter((e) => String(e.causeId) === String(article))
    expect(authorEntries.map((e) => e.rule).sort()).toEqual([rules.published, rules.reach].sort())
  })
})
