// Holding statements (舆情回应声明) over HTTP: drafted from an incident, they take the fast track —
// a medical reviewer and compliance, no department-head stage — through the same gate: both
// sign-offs bound to the version hash, then the publish transition, which sends the statement to
// the channels it was drafted for and answers the incident. Only the incident's endpoint puts an
// article on that track: no client can link an article to an incident or borrow the layer, over
// REST, GraphQL or a duplicate.
import { describe, expect, it } from 'vitest'

import { articleData, channelData } from '../factories/content'
import { api, as, type Persona } from '../helpers/api'
import { workflowOf } from '../helpers/review'
import { expectEnvelope } from './envelopeAssertions'

const run = Date.now().toString(36)
const BODY =
  '近日网传我院急诊科拒收患者一事，我院高度重视，已成立专班核查。\n核查结果将第一时间公布，感谢社会各界监督。'

const openIncident = async (severity = 'critical') => {
  const res = await api('/api/incidents', {
    method: 'POST',
    body: { title: `急诊网传事件-${run}-${Math.random().toString(36).slice(2, 6)}`, severity },
    auth: await as.operations(),
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc.id as number
}

const newChannel = async () => {
  const res = await api('/api/channels', { method: 'POST', body: channelData(), auth: await as.admin() })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc.id as number
}

const draft = async (incident: number, body: Record<string, unknown>, who: Persona = 'editor') =>
  api(`/api/incidents/${incident}/statement`, {
    method: 'POST',
    body: { title: '关于网传急诊拒收患者的情况说明', body: BODY, ...body },
    auth: await as[who](),
  })

const refused = (res: { status: number; body: unknown }, status: number) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  expectEnvelope(res.body)
}

const approve = async (id: number, stage: string, who: Persona, versionHash: string) =>
  api(`/api/articles/${id}/workflow/approve`, { method: 'POST', body: { stage, versionHash }, auth: await as[who]() })

describe('holding statements', () => {
  it('should go through medical and compliance only, then publish to its channels and answer the incident', async () => {
    const incident = await openIncident()
    const channel = await newChannel()
    const drafted = await draft(incident, { channels: [channel], submit: true })
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201)
    expect(drafted.body.state).toBe('in_review')
    const id = drafted.body.statement.id as number

    const doc = (await api(`/api/articles/${id}?draft=true&depth=0`, { auth: await as.editor() })).body
    expect(doc.layer).toBe('statement')
    expect(doc.incident).toBe(incident)
    expect(doc.statementChannels).toEqual([channel])
    const status = await workflowOf('articles', id)
    expect(status.stages.map((s: { stage: string; needed: number }) => [s.stage, s.needed])).toEqual([
      ['medical', 1],
      ['compliance', 1],
    ])

    // Compliance waits for the medical reviewer; one sign-off does not publish.
    expect((await approve(id, 'compliance', 'compliance', status.versionHash)).status).toBe(409)
    expect((await approve(id, 'initial', 'reviewer', status.versionHash)).status).toBe(403)
    expect((await approve(id, 'medical', 'reviewer3', status.versionHash)).status).toBe(200)
    const early = await api(`/api/articles/${id}/workflow/publish`, {
      method: 'POST',
      body: { versionHash: status.versionHash },
      auth: await as.publisher(),
    })
    refused(early, 409)
    expect((await api(`/api/articles/${id}`, { auth: await as.anonymous() })).status).toBe(404)

    // A medical reviewer cannot sign the compliance stage.
    refused(await approve(id, 'compliance', 'reviewer3', status.versionHash), 403)
    expect((await approve(id, 'compliance', 'compliance', status.versionHash)).status).toBe(200)

    // Publishing is bound to the signed version.
    const stale = await api(`/api/articles/${id}/workflow/publish`, {
      method: 'POST',
      body: { versionHash: 'f'.repeat(64) },
      auth: await as.publisher(),
    })
    refused(stale, 409)
    const published = await api(`/api/articles/${id}/workflow/publish`, {
      method: 'POST',
      body: { versionHash: status.versionHash },
      auth: await as.publisher(),
    })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect(published.body.distributions.map((d: { channel: number }) => d.channel)).toEqual([channel])

    // The public reads the statement, never its internal links.
    const read = await api(`/api/articles/${id}?depth=0`, { auth: await as.anonymous() })
    expect(read.status).toBe(200)
    expect(read.body.layer).toBe('statement')
    expect(read.body).not.toHaveProperty('incident')
    expect(read.body).not.toHaveProperty('statementChannels')

    const answered = (await api(`/api/incidents/${incident}?depth=0`, { auth: await as.operations() })).body
    expect(answered.status).toBe('responded')
    expect(answered.respondedAt).toBeTruthy()
    const timeline = (await api(`/api/incidents/${incident}/timeline`, { auth: await as.operations() })).body
    const kinds = timeline.entries.map((e: { kind: string }) => e.kind)
    expect(kinds).toEqual(expect.arrayContaining(['incident.statement-drafted', 'incident.statement-published']))
    const out = timeline.entries.find((e: { kind: string }) => e.kind === 'incident.statement-published')
    expect(out.detail).toMatchObject({ article: id, channels: [channel], firstResponse: true, inTime: true })
    const audit = await api(
      `/api/audit-events?where[action][equals]=incident.statement-published&where[targetId][equals]=${incident}`,
      { auth: await as.admin() },
    )
    expect(audit.body.docs[0].versionHash).toBe(status.versionHash)
    // A crisis answer earns nobody incentive points, whatever the 稿件发布 rules say.
    const points = await api(`/api/point-ledger?where[causeId][equals]=${id}&where[causeCollection][equals]=articles`, {
      auth: await as.admin(),
    })
    expect(points.status).toBe(200)
    expect(points.body.totalDocs).toBe(0)
  })

  it('should void the sign-offs when the statement is edited after one', async () => {
    const incident = await openIncident('major')
    const id = (await draft(incident, { submit: true })).body.statement.id as number
    const before = await workflowOf('articles', id)
    expect((await approve(id, 'medical', 'reviewer3', before.versionHash)).status).toBe(200)
    const edit = await api(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      body: { summary: '改动后的摘要：核查已有初步结果。' },
      auth: await as.editor2(),
    })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    const after = await workflowOf('articles', id)
    expect(after.versionHash).not.toBe(before.versionHash)
    expect(after.state).toBe('draft')
    expect(after.stages.every((s: { signedBy: unknown[] }) => s.signedBy.length === 0)).toBe(true)
  })

  it('should refuse whoever may not draft, a bad body, an unknown channel or incident, and a closed incident', async () => {
    const incident = await openIncident('general')
    for (const who of ['reviewer', 'compliance', 'analyst', 'privacy', 'apiClient', 'anonymous'] as const)
      refused(await draft(incident, {}, who), 403)
    for (const bad of [
      { title: '' },
      { title: '题'.repeat(121) },
      { body: 42 },
      { body: '   ' },
      { summary: ['x'] },
      { channels: 'website' },
      { channels: [{ id: 1 }] },
      { channels: [999999] },
    ]) {
      const res = await draft(incident, bad)
      refused(res, 400)
      expect(res.body.errors[0].code).toBe('statement-invalid')
    }
    refused(await draft(999999, {}), 404)
    const closed = await api(`/api/incidents/${incident}/close`, {
      method: 'POST',
      body: { review: '误报，经核实与我院无关，结案。' },
      auth: await as.operations(),
    })
    expect(closed.status).toBe(200)
    refused(await draft(incident, {}), 409)
  })

  it('should let no client put an article on the fast track, over REST, GraphQL or a duplicate', async () => {
    const incident = await openIncident('general')
    // REST create: the link is dropped, so the borrowed layer is refused …
    const borrowed = await api('/api/articles?draft=true', {
      method: 'POST',
      body: await articleData({ incident, layer: 'statement' }),
      auth: await as.editor(),
    })
    refused(borrowed, 400)
    expect(borrowed.body.errors[0].code).toBe('statement-layer-reserved')
    // … and without the layer it is an ordinary article with the ordinary policy.
    const plain = await api('/api/articles?draft=true', {
      method: 'POST',
      body: await articleData({ incident }),
      auth: await as.editor(),
    })
    expect(plain.status, JSON.stringify(plain.body)).toBe(201)
    const plainId = plain.body.doc.id as number
    expect(plain.body.doc.incident ?? null).toBeNull()
    const stages = (await workflowOf('articles', plainId)).stages.map((s: { stage: string }) => s.stage)
    expect(stages[0]).toBe('initial')

    // REST update: neither the link nor the layer.
    const linked = await api(`/api/articles/${plainId}?draft=true`, {
      method: 'PATCH',
      body: { incident },
      auth: await as.editor(),
    })
    expect(
      (await api(`/api/articles/${plainId}?draft=true&depth=0`, { auth: await as.admin() })).body.incident ?? null,
    ).toBeNull()
    expect([200, 400]).toContain(linked.status)
    const relayered = await api(`/api/articles/${plainId}?draft=true`, {
      method: 'PATCH',
      body: { layer: 'statement' },
      auth: await as.editor(),
    })
    refused(relayered, 400)

    // GraphQL: the same rules.
    const gql = await api('/api/graphql', {
      method: 'POST',
      body: {
        query: `mutation($id: Int!, $incident: Int) { updateArticle(id: $id, draft: true, data: { incident: $incident }) { id } }`,
        variables: { id: plainId, incident },
      },
      auth: await as.editor(),
    })
    expect(gql.status).toBe(200)
    expect(
      (await api(`/api/articles/${plainId}?draft=true&depth=0`, { auth: await as.admin() })).body.incident ?? null,
    ).toBeNull()
    expect((await workflowOf('articles', plainId)).stages[0].stage).toBe('initial')

    // A statement keeps its layer, and a duplicate of it is not a statement.
    const statement = (await draft(incident, {})).body.statement.id as number
    const unlayered = await api(`/api/articles/${statement}?draft=true`, {
      method: 'PATCH',
      body: { layer: 'what' },
      auth: await as.editor(),
    })
    refused(unlayered, 400)
    expect(unlayered.body.errors[0].code).toBe('statement-layer-locked')
    const copy = await api(`/api/articles/${statement}/duplicate`, {
      method: 'POST',
      body: {},
      auth: await as.editor(),
    })
    refused(copy, 400)
    expect(copy.body.errors[0].code).toBe('statement-layer-reserved')
    const copies = await api(
      `/api/articles?draft=true&depth=0&where[incident][equals]=${incident}&where[layer][equals]=statement`,
      { auth: await as.admin() },
    )
    expect(copies.body.docs.map((d: { id: number }) => d.id)).toEqual([statement])
  })
})

describe('the links that choose a review track', () => {
  const stagesOf = async (collection: string, id: number) =>
    (await workflowOf(collection, id)).stages.map((s: { stage: string }) => s.stage) as string[]
  const stored = async (collection: string, id: number) =>
    (await api(`/api/${collection}/${id}?draft=true&depth=0`, { auth: await as.admin() })).body

  it('should keep a co-created piece co-created over REST, GraphQL and a version restore', async () => {
    for (const [collection, mutation] of [
      ['articles', 'updateArticle'],
      ['patient-stories', 'updatePatientStory'],
    ] as const) {
      const found = await api(`/api/${collection}?draft=true&depth=0&limit=1&where[submission][exists]=true`, {
        auth: await as.admin(),
      })
      const piece = found.body.docs[0]
      expect(piece, collection).toBeTruthy()
      const submission = piece.submission
      expect(await stagesOf(collection, piece.id)).toContain('operations')

      const rest = await api(`/api/${collection}/${piece.id}?draft=true`, {
        method: 'PATCH',
        body: { submission: null },
        auth: await as.editor2(),
      })
      expect(rest.status).toBeLessThan(500)
      const gql = await api('/api/graphql', {
        method: 'POST',
        body: {
          query: `mutation($id: Int!) { ${mutation}(id: $id, draft: true, data: { submission: null }) { id } }`,
          variables: { id: piece.id },
        },
        auth: await as.editor2(),
      })
      expect(gql.status).toBeLessThan(500)
      expect((await stored(collection, piece.id)).submission).toBe(submission)

      // Restoring the oldest version brings back that version's content, never another link.
      const versions = await api(
        `/api/${collection}/versions?where[parent][equals]=${piece.id}&sort=createdAt&limit=1&depth=0`,
        { auth: await as.editor() },
      )
      const oldest = versions.body.docs[0]
      expect(oldest, JSON.stringify(versions.body)).toBeTruthy()
      const restored = await api(`/api/${collection}/versions/${oldest.id}?draft=true`, {
        method: 'POST',
        auth: await as.editor2(),
      })
      expect(restored.status).toBeLessThan(500)
      expect((await stored(collection, piece.id)).submission).toBe(submission)
      expect(await stagesOf(collection, piece.id)).toContain('operations')
    }
  })

  it('should keep a statement linked to its incident whatever a client sends', async () => {
    const incident = await openIncident('general')
    const id = (await draft(incident, {})).body.statement.id as number
    const unlinked = await api(`/api/articles/${id}?draft=true`, {
      method: 'PATCH',
      body: { incident: null, summary: '补充：已联系当事人家属。' },
      auth: await as.editor2(),
    })
    expect(unlinked.status, JSON.stringify(unlinked.body)).toBe(200)
    const gql = await api('/api/graphql', {
      method: 'POST',
      body: {
        query: `mutation($id: Int!) { updateArticle(id: $id, draft: true, data: { incident: null }) { id } }`,
        variables: { id },
      },
      auth: await as.editor2(),
    })
    expect(gql.status).toBeLessThan(500)
    const [oldest] = (
      await api(`/api/articles/versions?where[parent][equals]=${id}&sort=createdAt&limit=1&depth=0`, {
        auth: await as.editor(),
      })
    ).body.docs
    const restored = await api(`/api/articles/versions/${oldest.id}?draft=true`, {
      method: 'POST',
      auth: await as.editor2(),
    })
    expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    const doc = await stored('articles', id)
    expect(doc.incident).toBe(incident)
    expect(doc.layer).toBe('statement')
    expect(await stagesOf('articles', id)).toEqual(['medical', 'compliance'])
  })
})
