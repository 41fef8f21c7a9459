// 舆情事件 over HTTP: operations open an incident with a severity and the clock to the first
// response starts (重大: 4 hours); on a controlled clock the owner is reminded, then the incident
// is escalated one level with a fresh clock, each once; a piece it concerns is withdrawn from the
// public at once; the first response stops the clock; closing takes a review; the timeline holds
// its mentions and every step.
import { describe, expect, inject, it } from 'vitest'

import { readMail } from '../../scripts/lib/noticeSinks'
import { articleData } from '../factories/content'
import { api, as, type Persona } from '../helpers/api'
import { publishThroughReview } from '../helpers/review'
import { expectEnvelope } from './envelopeAssertions'

const HOUR = 3_600_000
const run = Date.now().toString(36)

const open = async (body: Record<string, unknown>, who: Persona = 'operations') =>
  api('/api/incidents', { method: 'POST', body: { title: `测试事件-${run}`, ...body }, auth: await as[who]() })

const clock = async (hours: number) =>
  api('/api/incidents/deadlines/run', {
    method: 'POST',
    body: { asOf: new Date(Date.now() + hours * HOUR).toISOString() },
    auth: await as.admin(),
  })

const mine = (res: { body: { done: { id: unknown; action: string; severity: string }[] } }, id: unknown) =>
  res.body.done.filter((d) => d.id === id).map((d) => `${d.severity}:${d.action}`)

describe('incidents', () => {
  it('should open with the severity’s clock, whatever the request says of status or times', async () => {
    expect((await open({ severity: 'critical' }, 'editor')).status).toBe(403)
    const res = await open({
      severity: 'critical',
      status: 'closed',
      openedAt: '2020-01-01T00:00:00Z',
      responseDueAt: '2030-01-01T00:00:00Z',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const doc = res.body.doc
    expect(doc.status).toBe('open')
    expect(Date.parse(doc.responseDueAt) - Date.parse(doc.openedAt)).toBe(4 * HOUR)
    expect(Math.abs(Date.parse(doc.openedAt) - Date.now())).toBeLessThan(60_000)
  })

  it('should remind the owner, then escalate 一般 to 较大 with a fresh clock, each once, on a controlled clock', async () => {
    const owner = (await api('/api/users?where[email][equals]=operations2@demo.hospital', { auth: await as.admin() }))
      .body.docs[0].id
    const res = await open({ severity: 'general', owner, title: `候诊区拥挤投诉-${run}` })
    const id = res.body.doc.id
    expect(mine(await clock(10), id)).toEqual([])
    // Passes at once (the server's tick and a worker's, say) remind once between them.
    const twins = await Promise.all([clock(18.5), clock(18.5), clock(18.5)])
    expect(twins.flatMap((res) => mine(res, id))).toEqual(['general:remind'])
    expect(mine(await clock(19), id)).toEqual([])
    const until = Date.now() + 30_000
    let mail = await readMail(inject('noticeDir'))
    while (
      !mail.some((m) => m.to.includes('operations2@') && m.subject.includes(`候诊区拥挤投诉-${run}`)) &&
      Date.now() < until
    ) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      mail = await readMail(inject('noticeDir'))
    }
    expect(mail.some((m) => m.to.includes('operations2@') && m.subject.includes('舆情提醒'))).toBe(true)

    expect(mine(await clock(24.5), id)).toEqual(['general:escalate'])
    const raised = (await api(`/api/incidents/${id}?depth=0`, { auth: await as.operations() })).body
    expect(raised.severity).toBe('major')
    // 较大 has 12 hours from the escalation.
    expect(Date.parse(raised.responseDueAt) - (Date.now() + 24.5 * HOUR)).toBeGreaterThan(11.9 * HOUR)
    expect(mine(await clock(25), id)).toEqual([])
    expect(mine(await clock(24.5 + 9.5), id)).toEqual(['major:remind'])

    // The first public response stops the clock.
    expect(
      (await api(`/api/incidents/${id}/respond`, { method: 'POST', body: {}, auth: await as.editor() })).status,
    ).toBe(403)
    const responded = await api(`/api/incidents/${id}/respond`, {
      method: 'POST',
      body: { note: '已在公众号发布情况说明' },
      auth: await as.operations(),
    })
    expect(responded.status).toBe(200)
    expect(mine(await clock(60), id)).toEqual([])
    expect(
      (await api(`/api/incidents/${id}/respond`, { method: 'POST', body: {}, auth: await as.operations() })).status,
    ).toBe(409)

    const short = await api(`/api/incidents/${id}/close`, {
      method: 'POST',
      body: { review: '好' },
      auth: await as.operations(),
    })
    expect(short.status).toBe(400)
    expectEnvelope(short.body)
    const closed = await api(`/api/incidents/${id}/close`, {
      method: 'POST',
      body: { review: '候诊区高峰时段加开窗口，导诊台增派志愿者，一周后复查候诊时间。' },
      auth: await as.operations(),
    })
    expect(closed.status).toBe(200)

    const timeline = await api(`/api/incidents/${id}/timeline`, { auth: await as.editor() })
    expect(timeline.body.entries.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining([
        'incident.opened',
        'incident.reminded',
        'incident.escalated',
        'incident.responded',
        'incident.closed',
      ]),
    )
    expect((await api(`/api/incidents/${id}/timeline`)).status).toBe(403)
  })

  it('should put its mentions on the timeline', async () => {
    const incident = (await open({ severity: 'major' })).body.doc
    const mention = await api('/api/mentions', {
      method: 'POST',
      body: {
        platform: 'weibo',
        sourceId: `wb-incident-${run}`,
        text: '示范医院急诊被投诉态度差',
        postedAt: new Date().toISOString(),
        incident: incident.id,
      },
      auth: await as.operations(),
    })
    expect(mention.status, JSON.stringify(mention.body)).toBe(201)
    const timeline = await api(`/api/incidents/${incident.id}/timeline`, { auth: await as.operations() })
    expect(
      timeline.body.entries.some(
        (e: { kind: string; text?: string }) => e.kind === 'mention' && e.text?.includes('态度差'),
      ),
    ).toBe(true)
  })

  it('should withdraw a piece it concerns from the public at once, through the retraction', async () => {
    const created = await api('/api/articles', { method: 'POST', body: await articleData(), auth: await as.editor() })
    const articleId = created.body.doc.id
    await publishThroughReview('articles', articleId)
    expect((await api(`/api/articles/${articleId}`)).status).toBe(200)
    const incident = (await open({ severity: 'critical', title: `文章引发争议-${run}` })).body.doc
    const body = { collection: 'articles', id: articleId, reason: '文中数据被质疑，核实前先撤下' }
    expect(
      (await api(`/api/incidents/${incident.id}/withdraw`, { method: 'POST', body, auth: await as.editor() })).status,
    ).toBe(403)
    const bad = await api(`/api/incidents/${incident.id}/withdraw`, {
      method: 'POST',
      body: { ...body, collection: 'users' },
      auth: await as.operations(),
    })
    expect(bad.status).toBe(400)
    const res = await api(`/api/incidents/${incident.id}/withdraw`, {
      method: 'POST',
      body,
      auth: await as.operations(),
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect((await api(`/api/articles/${articleId}`)).status).toBe(404)
    const after = (await api(`/api/incidents/${incident.id}?depth=0`, { auth: await as.operations() })).body
    expect(after.pieces).toEqual([expect.objectContaining({ relationTo: 'articles', value: articleId })])
    const audit = await api(
      `/api/audit-events?where[targetCollection][equals]=articles&where[targetId][equals]=${articleId}&where[action][equals]=workflow.withdrawn`,
      { auth: await as.privacy() },
    )
    expect(audit.body.docs[0].detail).toMatchObject({ cause: 'incident' })
  })

  it('should take its response hours from the opinion settings, changed by administrators only', async () => {
    const set = async (critical: number, who: Persona = 'admin') =>
      api('/api/globals/opinion-settings', {
        method: 'POST',
        body: { responseHours: { critical } },
        auth: await as[who](),
      })
    expect((await set(2, 'operations')).status).toBe(403)
    try {
      expect((await set(2)).status).toBe(200)
      const doc = (await open({ severity: 'critical' })).body.doc
      expect(Date.parse(doc.responseDueAt) - Date.parse(doc.openedAt)).toBe(2 * HOUR)
    } finally {
      expect((await set(4)).status).toBe(200)
    }
  })
})
