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
    // The claims model warns on the sentence already; the lexicon does not know the term yet.
    const fromLexicon = async () =>
      (await check('这款理疗仪有神奇疗效。')).body.findings.filter((f: any) => f.frame !== 'likely-claim')
    expect(await fromLexicon()).toEqual([])
    const created = await api('/api/banned-claims', {
      method: 'POST',
      body: { term: '神奇疗效', category: 'efficacy-guarantee', severity: 'block', suggestion: '改为客观描述适用范围' },
      auth: await as.compliance(),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const found = await fromLexicon()
    expect(found).toEqual([
      expect.objectContaining({ code: 'banned-claim', match: '神奇疗效', suggestion: '改为客观描述适用范围' }),
    ])

    await api(`/api/banned-claims/${created.body.doc.id}`, {
      method: 'PATCH',
      body: { enabled: false },
      auth: await as.compliance(),
    })
    expect(await fromLexicon()).toEqual([])

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

describe('claim frames', () => {
  const frameRow = async (frameId: string) =>
    (await api(`/api/claim-frames?where[frameId][equals]=${frameId}`, { auth: await as.compliance() })).body.docs[0]

  it('should find a claim phrased without a listed word, with its frame, category and offsets', async () => {
    const text = '本院特色疗法，坚持三个月就能扔掉胰岛素；无效全额退还。'
    const { findings } = (await check(text, 'campaign')).body
    expect(findings.map((f: any) => [f.frame, f.category, f.severity])).toEqual(
      expect.arrayContaining([
        ['leave-disease-or-drug', 'implied-cure', 'block'],
        ['refund-if-no-effect', 'guarantee', 'block'],
      ]),
    )
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.match)
  })

  it('should leave negations and hedges alone', async () => {
    for (const text of ['任何治疗都不能保证完全有效。', '药物不是唯一的办法。', '大部分早期乳腺癌经规范治疗可以治愈。'])
      expect((await check(text, 'campaign')).body.findings, text).toEqual([])
  })

  it('should show reviewers each shipped frame with its formula and examples', async () => {
    const res = await api('/api/claim-frames?limit=0', { auth: await as.compliance() })
    expect(res.status).toBe(200)
    expect(res.body.totalDocs).toBeGreaterThanOrEqual(15)
    const row = await frameRow('time-to-effect')
    expect(row).toMatchObject({ title: '几天见效', enabled: true, category: '承诺见效时间' })
    expect(row.formula).toContain('〔数字〕')
    expect(row.examples).toContain('七天告别失眠')
    expect(row.defaultSuggestion).toContain('治疗周期因人而异')
  })

  it('should let a compliance reviewer switch a frame off and reword it, audited; the check follows', async () => {
    const row = await frameRow('time-to-effect')
    const text = '24小时止痛。'
    try {
      const reworded = await api(`/api/claim-frames/${row.id}`, {
        method: 'PATCH',
        body: { suggestion: '改为“疗程因人而异”' },
        auth: await as.compliance(),
      })
      expect(reworded.status, JSON.stringify(reworded.body)).toBe(200)
      expect((await check(text, 'campaign')).body.findings).toEqual([
        expect.objectContaining({ frame: 'time-to-effect', suggestion: '改为“疗程因人而异”' }),
      ])
      await api(`/api/claim-frames/${row.id}`, {
        method: 'PATCH',
        body: { enabled: false },
        auth: await as.compliance(),
      })
      expect((await check(text, 'campaign')).body.findings).toEqual([])
      const events = await api(
        `/api/audit-events?where[targetCollection][equals]=claim-frames&where[targetId][equals]=${row.id}&sort=seq`,
        { auth: await as.compliance() },
      )
      expect(events.body.docs.map((e: any) => [e.action, e.detail.after.enabled])).toEqual(
        expect.arrayContaining([
          ['claim-frame.updated', true],
          ['claim-frame.updated', false],
        ]),
      )
    } finally {
      await api(`/api/claim-frames/${row.id}`, {
        method: 'PATCH',
        body: { enabled: true, suggestion: null },
        auth: await as.compliance(),
      })
    }
    expect((await check(text, 'campaign')).body.findings).toHaveLength(1)
  })

  it('should refuse to create, delete or rename frames, and refuse editors and anonymous readers', async () => {
    const row = await frameRow('zero-risk')
    expect(
      (await api('/api/claim-frames', { method: 'POST', body: { frameId: 'mine' }, auth: await as.compliance() }))
        .status,
    ).toBe(403)
    expect((await api(`/api/claim-frames/${row.id}`, { method: 'DELETE', auth: await as.admin() })).status).toBe(403)
    expect(
      (await api(`/api/claim-frames/${row.id}`, { method: 'PATCH', body: { enabled: false }, auth: await as.editor() }))
        .status,
    ).toBe(403)
    expect((await api('/api/claim-frames')).status).toBe(403)
    // GraphQL goes through the same access: an editor cannot switch a frame off there either.
    const mutation = await api('/api/graphql', {
      method: 'POST',
      body: { query: `mutation { updateClaimFrame(id: ${row.id}, data: { enabled: false }) { id enabled } }` },
      auth: await as.editor(),
    })
    expect(mutation.body.errors?.[0]?.message).toBeTruthy()
    expect(mutation.body.data?.updateClaimFrame ?? null).toBeNull()
    // The id and the shipped description cannot be rewritten through the API.
    await api(`/api/claim-frames/${row.id}`, {
      method: 'PATCH',
      body: { frameId: 'renamed', title: '改名', formula: 'x' },
      auth: await as.compliance(),
    })
    expect(await frameRow('zero-risk')).toMatchObject({ id: row.id, title: '零风险、零失败', enabled: true })
    const tooLong = await api(`/api/claim-frames/${row.id}`, {
      method: 'PATCH',
      body: { suggestion: '长'.repeat(201) },
      auth: await as.compliance(),
    })
    expect(tooLong.status).toBe(400)
  })
})

describe('claims model', () => {
  const text = '姐妹们冲就完事了，这家医院的技术真的绝了。'

  it('should warn (never block) on a sentence no frame spells out, and be switched off like a frame', async () => {
    const row = (await api('/api/claim-frames?where[frameId][equals]=likely-claim', { auth: await as.compliance() }))
      .body.docs[0]
    expect(row).toMatchObject({ title: '疑似违规宣传（统计模型）', enabled: true, category: '疑似违规宣传' })
    const before = (await check(text, 'campaign')).body.findings
    expect(before).toEqual([
      expect.objectContaining({ frame: 'likely-claim', severity: 'warn', match: text.slice(0, -1) }),
    ])
    // Patient stories are not checked by the model.
    expect((await check(text, 'patient-story')).body.findings).toEqual([])
    try {
      await api(`/api/claim-frames/${row.id}`, {
        method: 'PATCH',
        body: { enabled: false },
        auth: await as.compliance(),
      })
      expect((await check(text, 'campaign')).body.findings).toEqual([])
    } finally {
      await api(`/api/claim-frames/${row.id}`, {
        method: 'PATCH',
        body: { enabled: true },
        auth: await as.compliance(),
      })
    }
  })
})
