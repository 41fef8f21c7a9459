// The admin in a real browser: the demo editor logs in, sees the Chinese interface and opens
// the article list.
import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { SCREENSHOTS, launchBrowser, signIn } from '../helpers/browser'

describe('admin panel', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should let the demo editor log in to the Chinese admin and open the article list', async () => {
    const baseUrl = inject('baseUrl')
    const login = await (await browser.newContext({ locale: 'en-US' })).newPage()
    await login.goto(`${baseUrl}/admin/login`)
    await expect.poll(() => login.locator('html').getAttribute('lang')).toBe('zh')

    const page = await signIn(browser, baseUrl, 'editor@demo.hospital')
    // Navigation shows the Chinese collection labels.
    await expect.poll(async () => page.getByText('科普文章').count(), { timeout: 30_000 }).toBeGreaterThan(0)

    await page.goto(`${baseUrl}/admin/collections/articles`)
    await page.waitForSelector('table tbody tr', { timeout: 60_000 })
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(5)
    await expect.poll(async () => page.getByText('创建新').count()).toBeGreaterThan(0)

    await page.waitForLoadState('networkidle')
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-articles.png'), fullPage: false })
  })
})
