// The banned-claims lexicon compliance reviewers keep, and the live check the admin lints with.
import { describe, expect, it } from 'vitest'

import { api, as } from '../helpers/api'

const check = async (text: string, kind = 'article', persona: keyof typeof as = 'editor') =>
  api('/api/compliance/check', { method: 'POST', body: { text, kind }, auth: await as[persona]() })

describe('POST /api/compliance/check', () => {
  it('should find claims and personal data with offsets into the text sent', async () => {
    const text = '本院专家团队根治糖尿病，咨询电话 13912345678。'
    const res = await check(text)
    expect(res.status).toBe(200)
    for (const finding of res.body.findings) expect(text.slice(finding.start, finding.end)).toBe(finding.match)
    expect(res.body.findings.map((f: any) => f.code)).toEqual(expect.arrayContaining(['banned-claim', 'pii-phone']))
  })

  it('should leave ordinary advice alone', async () => {
    const res = await check('饭后最好散步半小时；第一次产检建议在孕 6～8 周；血压 130/85mmHg 属于正常高值。')
    expect(res.body.findings).toEqual([])
  })

  it('should refuse anonymous callers and API clients, and bad requests', async () => {
    expect(
      (await api('/api/compliance/check', { method: 'POST', body: { text: '根治', kind: 'article' } })).status,
    ).toBe(403)
    expect((await check('根治', 'article', 'apiClient')).status).toBe(403)
    expect((await check('根治', 'poster')).status).toBe(400)
    expect(
      (await api('/api/compliance/check', { method: 'POST', body: { kind: 'article' }, auth: await as.editor() }))
        .status,
    ).toBe(400)
  })
})

describe('banned-claims lexicon', () => {
  it('should let compliance reviewers add a term that the check then finds, and audit the edit', async () => {
    expect((await check('这款理疗仪有神奇疗效。')).body.findings).toEqual([])
    const created = await api('/api/banned-claims', {
      method: 'POST',
      body: { term: '神奇疗效', category: 'efficacy-guarantee', severity: 'block', suggestion: '改为客观描述适用范围' },
      auth: await as.compliance(),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const found = (await check('这款理疗仪有神奇疗效。')).body.findings
    expect(found).toEqual([
      expect.objectContaining({ code: 'banned-claim', match: '神奇疗效', suggestion: '改为客观描述适用范围' }),
    ])

    await api(`/api/banned-claims/${created.body.doc.id}`, {
      method: 'PATCH',
      body: { enabled: false },
      auth: await as.compliance(),
    })
    expect((await check('这款理疗仪有神奇疗效。')).body.findings).toEqual([])

    const events = await api(
      `/api/audit-events?where[targetCollection][equals]=banned-claims&where[targetId][equals]=${created.body.doc.id}&sort=seq`,
      { auth: await as.compliance() },
    )
    expect(events.body.docs.map((e: any) => e.action)).toEqual(['lexicon.created', 'lexicon.updated'])
  })

  it('should refuse editors and anonymous readers, and a pattern that does not compile', async () => {
    expect(
      (
        await api('/api/banned-claims', {
          method: 'POST',
          body: { term: '测试', category: 'absolute', severity: 'warn' },
          auth: await as.editor(),
        })
      ).status,
    ).toBe(403)
    expect((await api('/api/banned-claims')).status).toBe(403)
    const bad = await api('/api/banned-claims', {
      method: 'POST',
      body: { term: '治愈率(', isPattern: true, category: 'cure-rate', severity: 'block' },
      auth: await as.compliance(),
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toContain('正则表达式')
  })

  it('should ship the starting lexicon', async () => {
    const res = await api('/api/banned-claims?limit=0', { auth: await as.compliance() })
    expect(res.body.totalDocs).toBeGreaterThanOrEqual(20)
  })
})
