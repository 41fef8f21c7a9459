// 共创激励 in real browsers: the dashboard's panel shows the signed-in editor's own points and honours
// (the demo's approved month's-best award) and the month's leaderboard, highest first; a family
// ticks 参与共创激励 on the public form on a phone, and once a manager has awarded them points the
// tracking page (strict CSP, no inline script) shows their balance and history.
import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD } from '../helpers/api'
import { SCREENSHOTS, launchBrowser, signIn } from '../helpers/browser'

const call = async (email: string, pathname: string, method = 'GET', body?: unknown) => {
  const login = await fetch(`${inject('baseUrl')}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  const res = await fetch(`${inject('baseUrl')}${pathname}`, {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return (await res.json()) as Record<string, any>
}

describe('the incentives panel on the dashboard', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should show the editor’s own balance and honours, and the leaderboard by points', async () => {
    const page = await signIn(browser, inject('baseUrl'), 'editor@demo.hospital')
    const panel = page.getByTestId('incentives-panel')
    await panel.waitFor({ timeout: 60_000 })
    const mine = panel.getByTestId('incentives-mine')
    await mine.waitFor({ timeout: 30_000 })
    // The demo's approved award (50) at least; other browser specs publish the editor's pieces on
    // this server too, each earning 稿件发布 points, so the figure is read from the API.
    const me = await call('editor@demo.hospital', '/api/contributors/me')
    expect(me.contributor.balance.points).toBeGreaterThanOrEqual(50)
    expect(await mine.textContent()).toContain(`我的积分：${me.contributor.balance.points}`)
    expect(await mine.textContent()).toContain('优秀共创者')
    const board = panel.getByTestId('incentives-leaderboard')
    await board.waitFor({ timeout: 30_000 })
    const rows = await board.locator('li').allTextContents()
    expect(rows[0]).toContain('王晓晨')
    expect(rows.some((row) => row.includes('城东社区卫生服务中心'))).toBe(true)
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-incentives.png') })
  })

  it('should show a family who opted in their own points on the tracking page', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' })
    const page = await phone.newPage()
    await page.goto(`${inject('baseUrl')}/submit`)
    await page.locator('form[data-ready="true"]').waitFor({ timeout: 30_000 })
    await page.locator('#kind').selectOption('tip')
    await page.locator('#submitterRole').selectOption('family')
    await page.locator('#title').fill('带老人看眼科的准备')
    await page
      .locator('#body')
      .fill('带父亲看眼科前，我们把正在用的眼药水和以前的检查单都装在一个袋子里，医生一看就清楚。')
    await page.locator('#name').fill('吴女士')
    await page.locator('#contact').fill('wu.family@example.com')
    await page.locator('#incentivesOptIn').check()
    await page.locator('#send').click()
    await page.locator('#done').waitFor({ state: 'visible', timeout: 60_000 })
    const reference = (await page.locator('#reference').textContent()) ?? ''
    const link = (await page.locator('#trackingLink').getAttribute('href')) ?? ''

    const found = await call(
      'operations@demo.hospital',
      `/api/submissions?where[reference][equals]=${reference}&depth=0`,
    )
    const submission = found.docs[0]
    expect(submission.incentivesOptIn).toBe(true)
    await call('operations@demo.hospital', `/api/submissions/${submission.id}/accept`, 'POST', {})
    const contributor = (
      await call('manager@demo.hospital', `/api/contributors?where[submissions][contains]=${submission.id}&depth=0`)
    ).docs[0]
    const rule = (
      await call(
        'manager@demo.hospital',
        `/api/incentive-rules?where[trigger][equals]=manual&where[rewardCny][equals]=0`,
      )
    ).docs[0]
    const granted = await call('manager@demo.hospital', '/api/point-ledger/grant', 'POST', {
      rule: rule.id,
      contributor: contributor.id,
      occasion: `e2e-${Date.now()}`,
      reason: '投稿内容实用，已采编。',
    })
    expect(granted.doc?.points, JSON.stringify(granted)).toBe(rule.points)

    await page.goto(link)
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 })
    await page.locator('#incentives').waitFor({ state: 'visible', timeout: 30_000 })
    expect(await page.locator('#points').textContent()).toBe(String(rule.points))
    expect(await page.locator('#ledger').textContent()).toContain(rule.name)
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: path.join(SCREENSHOTS, 'track-incentives-phone.png'), fullPage: true })
    await phone.close()
  })
})
