// 共创激励 in the admin: the dashboard's panel shows the signed-in editor's own points and honours
// (the demo's approved month's-best award) and the month's leaderboard, highest first.
import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SCREENSHOTS, launchBrowser, signIn } from '../helpers/browser'

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
    expect(await mine.textContent()).toContain('我的积分：50')
    expect(await mine.textContent()).toContain('优秀共创者')
    const board = panel.getByTestId('incentives-leaderboard')
    await board.waitFor({ timeout: 30_000 })
    const rows = await board.locator('li').allTextContents()
    expect(rows[0]).toContain('王晓晨')
    expect(rows.some((row) => row.includes('城东社区卫生服务中心'))).toBe(true)
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-incentives.png') })
  })
})
