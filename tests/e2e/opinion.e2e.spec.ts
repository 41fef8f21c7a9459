// 舆情 in the admin: the dashboard's board lists the incidents waiting for a first response,
// 重大 first, with the time left and who answers at that level.
import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SCREENSHOTS, launchBrowser, signIn } from '../helpers/browser'

describe('the incident board on the dashboard', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should list the open incidents by severity with the time left', async () => {
    const page = await signIn(browser, inject('baseUrl'), 'operations@demo.hospital')
    const board = page.getByTestId('incident-board')
    await board.waitFor({ timeout: 60_000 })
    const severities = await board
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-severity')))
    expect(severities.slice(0, 3)).toEqual(['critical', 'major', 'general'])
    expect(await board.locator('li').first().textContent()).toContain('重大')
    expect(await board.locator('li').first().textContent()).toContain('院领导牵头处理')
    expect(await board.getByTestId('incident-time-left').first().textContent()).toMatch(/剩余|已超时/)
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-incidents.png') })
  })
})
