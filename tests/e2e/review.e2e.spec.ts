// The review gate in a real browser: an editor submits in the workflow panel, reviewers approve
// their stages there, the publisher publishes, and the article appears on the public API.
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SCREENSHOTS, launchBrowser, signIn as signInAs } from '../helpers/browser'

const PASSWORD = 'test-password-2026'

describe('review in the admin panel', () => {
  let browser: Browser
  const baseUrl = () => inject('baseUrl')

  const signIn = (email: string): Promise<Page> => signInAs(browser, baseUrl(), email, PASSWORD)

  const openPanel = async (page: Page, id: number) => {
    await page.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    await page.getByTestId('workflow-state').waitFor({ timeout: 60_000 })
  }

  const stateShown = (page: Page) => page.getByTestId('workflow-state').textContent()

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should take a draft through submit, both approvals and publication, and show it to readers', async () => {
    // A new draft, written over the API as the demo editor.
    const login = await (
      await fetch(`${baseUrl()}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'editor@demo.hospital', password: PASSWORD }),
      })
    ).json()
    const auth = { authorization: `JWT ${login.token}`, 'content-type': 'application/json' }
    const lookup = async (query: string) =>
      (await (await fetch(`${baseUrl()}/api/${query}`, { headers: auth })).json()).docs[0].id
    const slug = `e2e-review-${Date.now()}`
    const created = await fetch(`${baseUrl()}/api/articles?draft=true`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        title: '秋冬季节如何预防流感',
        slug,
        summary: '接种疫苗、勤洗手、注意通风，是预防流感的基本措施。',
        layer: 'howto',
        format: 'graphic',
        department: await lookup('departments?where[code][equals]=preventive'),
        authors: [await lookup('doctors?limit=1')],
        audiences: [await lookup('audiences?where[key][equals]=general')],
        topics: [await lookup('topics?where[slug][equals]=child-health')],
        references: [
          {
            title: '流行性感冒诊疗方案',
            source: '国家卫生健康委员会',
            guideline: '流行性感冒诊疗方案（2025年版）',
            accessedAt: '2026-10-01T00:00:00.000Z',
          },
        ],
      }),
    })
    const id = (await created.json()).doc.id as number

    const editor = await signIn('editor@demo.hospital')
    await openPanel(editor, id)
    expect(await stateShown(editor)).toBe('草稿')
    await editor.getByTestId('workflow-panel').getByRole('button', { name: '提交审核', exact: true }).click()
    await expect.poll(() => stateShown(editor), { timeout: 30_000 }).toBe('审核中')

    for (const [email, stage] of [
      ['reviewer@demo.hospital', 'initial'],
      ['reviewer3@demo.hospital', 'medical'],
    ] as const) {
      const reviewer = await signIn(email)
      await reviewer.getByTestId('review-queue').getByText('秋冬季节如何预防流感').waitFor({ timeout: 30_000 })
      await openPanel(reviewer, id)
      await reviewer.locator(`[data-stage="${stage}"] button`, { hasText: '通过' }).click()
      await expect
        .poll(async () => reviewer.locator(`[data-stage="${stage}"]`).textContent(), { timeout: 30_000 })
        .toContain('✓')
    }

    const publisher = await signIn('publisher@demo.hospital')
    await openPanel(publisher, id)
    expect(await stateShown(publisher)).toBe('已通过审核')
    await publisher.getByTestId('workflow-panel').getByRole('button', { name: '发布', exact: true }).click()
    await expect.poll(() => stateShown(publisher), { timeout: 30_000 }).toBe('已发布')
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    await publisher.screenshot({ path: path.join(SCREENSHOTS, 'workflow-panel-published.png') })

    const publicRead = await fetch(`${baseUrl()}/api/articles?where[slug][equals]=${slug}`)
    const body = await publicRead.json()
    expect(body.totalDocs).toBe(1)
    expect(body.docs[0].workflow.reviewedBy).toContain('周建华')
  })
  it('should show the reviewer of a resubmission what changed since the round they sent back, and the comments on it', async () => {
    const token = async (email: string) =>
      (
        await (
          await fetch(`${baseUrl()}/api/users/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email, password: PASSWORD }),
          })
        ).json()
      ).token as string
    const call = async (email: string, pathname: string, method = 'GET', body?: unknown) =>
      (
        await fetch(`${baseUrl()}${pathname}`, {
          method,
          headers: { authorization: `JWT ${await token(email)}`, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
      ).json()
    const lookup = async (query: string) => (await call('editor@demo.hospital', `/api/${query}`)).docs[0].id
    const created = await call('editor@demo.hospital', '/api/articles?draft=true', 'POST', {
      title: '冬季如何监测血压',
      slug: `e2e-changes-${Date.now()}`,
      summary: '家庭自测血压有助于了解血压的真实水平。',
      layer: 'howto',
      format: 'graphic',
      department: await lookup('departments?where[code][equals]=cardiology'),
      authors: [await lookup('doctors?limit=1')],
      audiences: [await lookup('audiences?where[key][equals]=general')],
      references: [
        {
          title: '中国高血压防治指南',
          source: '中国高血压联盟',
          guideline: '中国高血压防治指南（2024年修订版）',
          accessedAt: '2026-10-01T00:00:00.000Z',
        },
      ],
    })
    const id = created.doc.id as number
    await call('editor@demo.hospital', `/api/articles/${id}/workflow/submit`, 'POST', {})
    const { versionHash } = await call('editor@demo.hospital', `/api/articles/${id}/workflow`)
    await call('reviewer@demo.hospital', `/api/articles/${id}/workflow/reject`, 'POST', {
      stage: 'initial',
      versionHash,
      comment: '标题请说明在家测量。',
      anchors: [{ field: 'title', quote: '监测血压', comment: '请说明是在家测量' }],
    })
    await call('editor@demo.hospital', `/api/articles/${id}?draft=true`, 'PATCH', { title: '冬季如何在家监测血压' })
    await call('editor@demo.hospital', `/api/articles/${id}/workflow/submit`, 'POST', {})

    const reviewer = await signIn('reviewer@demo.hospital')
    await openPanel(reviewer, id)
    const changes = reviewer.getByTestId('workflow-changes')
    await changes.waitFor({ timeout: 60_000 })
    expect(await changes.locator('ins').first().textContent()).toBe('在家')
    expect(await changes.textContent()).toContain('标题')
    // The comments of the round sent back, with the passage they point at marked.
    const comments = reviewer.getByTestId('review-comments')
    expect(await comments.locator('mark').first().textContent()).toBe('监测血压')
    expect(await comments.textContent()).toContain('请说明是在家测量')
  })
})
