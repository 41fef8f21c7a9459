// Readers' corrections (信息纠错): anyone may report an error in a published article, within a
// rate limit; editors see and work the tickets; the article shows its open reports in the admin.
import { describe, expect, it } from 'vitest'

import { api, as, firstId } from '../helpers/api'

const report = (article: number | string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  api('/api/corrections', {
    method: 'POST',
    body: { article, message: '文中“家庭自测血压诊断界值”的数值似乎写错了，请核对。', ...extra },
    headers,
  })

describe('POST /api/corrections', () => {
  it('should accept a report without login and show it to editors, with the article flag', async () => {
    const article = await firstId('articles', 'where[slug][equals]=home-blood-pressure-measurement')
    const res = await report(article, { contact: 'reader@example.com' })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const id = res.body.doc.id
    expect(res.body.doc).not.toHaveProperty('contact')
    expect(res.body.doc).not.toHaveProperty('clientHash')

    // The reader's contact is personal data: stored encrypted, shown for a stated purpose.
    const masked = await api(`/api/corrections/${id}`, { auth: await as.editor() })
    expect(masked.body).toMatchObject({ status: 'open', contact: null })
    const ticket = await api(`/api/corrections/${id}`, {
      auth: await as.editor(),
      headers: { 'x-data-purpose': 'contact-person' },
    })
    expect(ticket.body).toMatchObject({ status: 'open', contact: 'reader@example.com' })
    expect(ticket.body).not.toHaveProperty('clientHash')

    const withFlag = await api(`/api/articles/${article}?depth=0`, { auth: await as.editor() })
    expect(withFlag.body.openCorrections.docs).toContain(id)
    const publicView = await api(`/api/articles/${article}?depth=0`)
    expect(publicView.body.openCorrections?.docs ?? []).toEqual([])

    await api(`/api/corrections/${id}`, {
      method: 'PATCH',
      body: { status: 'resolved', response: '已更正数值' },
      auth: await as.editor(),
    })
    const afterFix = await api(`/api/articles/${article}?depth=0`, { auth: await as.editor() })
    expect(afterFix.body.openCorrections.docs).not.toContain(id)
  })

  it('should take feedback and thanks beside corrections, default to a correction, and let editors sort by kind', async () => {
    const article = await firstId('articles', 'where[_status][equals]=published')
    // Three of the five reports an address may send an hour (the rate-limit test below counts on it).
    const plain = await report(article)
    expect(plain.status, JSON.stringify(plain.body)).toBe(201)
    expect(plain.body.doc.kind).toBe('correction')
    const feedback = await report(article, { kind: 'feedback', message: '希望多讲讲老年人怎么选血压计。' })
    const thanks = await report(article, { kind: 'thanks', message: '照着文章量血压，终于量准了，谢谢！' })
    expect([feedback.status, thanks.status]).toEqual([201, 201])
    const byKind = async (kind: string) =>
      (
        await api(`/api/corrections?where[kind][equals]=${kind}&where[article][equals]=${article}&limit=100&depth=0`, {
          auth: await as.editor(),
        })
      ).body.docs.map((d: any) => d.id)
    expect(await byKind('feedback')).toContain(feedback.body.doc.id)
    expect(await byKind('thanks')).toContain(thanks.body.doc.id)
    expect(await byKind('correction')).not.toContain(thanks.body.doc.id)
    const onArticle = await api(`/api/articles/${article}?depth=0`, { auth: await as.editor() })
    expect(onArticle.body.openCorrections.docs).toEqual(
      expect.arrayContaining([feedback.body.doc.id, thanks.body.doc.id]),
    )
  })

  it('should refuse an unknown kind with a 400 and write nothing', async () => {
    const article = await firstId('articles', 'where[_status][equals]=published')
    const count = async () => (await api('/api/corrections?limit=0', { auth: await as.editor() })).body.totalDocs
    const before = await count()
    for (const kind of ['complaint', '', 5, null, ['thanks']]) {
      const res = await report(article, { kind })
      expect(res.status, `${JSON.stringify(kind)} → ${JSON.stringify(res.body)}`).toBe(400)
    }
    expect(await count()).toBe(before)
  })

  it('should refuse a report on an unpublished or missing article, or without a message', async () => {
    const draft = await firstId('articles', 'where[_status][equals]=draft')
    const onDraft = await report(draft)
    expect(onDraft.status).toBe(400)
    expect(onDraft.body.errors[0].message).toContain('已发布')
    expect((await report(99999999)).status).toBe(400)
    const published = await firstId('articles', 'where[_status][equals]=published')
    expect((await report(published, { message: '' })).status).toBe(400)
    expect((await report(published, { message: 'x'.repeat(2001) })).status).toBe(400)
  })

  it('should not let a reader set the status or response of a report', async () => {
    const published = await firstId('articles', 'where[_status][equals]=published')
    const res = await report(
      published,
      { status: 'resolved', response: '伪造', clientHash: 'spoof' },
      { 'x-cms-client-address': '203.0.113.9' },
    )
    expect(res.status).toBe(201)
    const ticket = await api(`/api/corrections/${res.body.doc.id}`, { auth: await as.editor() })
    expect(ticket.body.status).toBe('open')
    expect(ticket.body.response ?? null).toBeNull()
  })

  it('should rate-limit one client address, with a 429 and a clear message', async () => {
    const published = await firstId('articles', 'where[_status][equals]=published')
    // This suite's earlier reports came from the same loopback address; the limit is 5 per hour.
    const statuses: number[] = []
    let last: Awaited<ReturnType<typeof report>> | undefined
    for (let i = 0; i < 6; i++) {
      last = await report(published, { message: `第 ${i + 1} 次报告：图片说明与正文不一致。` })
      statuses.push(last.status)
    }
    expect(statuses).toContain(429)
    expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(5)
    expect(last!.status).toBe(429)
    expect(last!.body.errors[0].message).toContain('提交过于频繁')
    // A spoofed address header does not get around the limit: the host overwrites it.
    expect((await report(published, {}, { 'x-cms-client-address': '198.51.100.7' })).status).toBe(429)
  })

  it('should keep tickets from anonymous readers and API clients', async () => {
    expect((await api('/api/corrections')).status).toBe(403)
    expect((await api('/api/corrections', { auth: await as.apiClient() })).status).toBe(403)
  })
})
