// The admin in a real browser: the demo editor logs in, sees the Chinese interface and opens
// the article list.
import fs from 'node:fs'
import path from 'node:path'

import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { ROOT } from '../helpers/serverProcess'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const SCREENSHOTS = path.join(ROOT, 'test-results')

describe('admin panel', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should let the demo editor log in to the Chinese admin and open the article list', async () => {
    const baseUrl = inject('baseUrl')
    const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1400, height: 900 } })
    await page.goto(`${baseUrl}/admin/login`)
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh')

    await page.locator('input[name="email"]').fill('editor@demo.hospital')
    await page.locator('input[name="password"]').fill('test-password')
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })

    // Navigation shows the Chinese collection labels.
    await expect.poll(async () => page.getByText('科普文章').count(), { timeout: 30_000 }).toBeGreaterThan(0)

    await page.goto(`${baseUrl}/admin/collections/articles`)
    await page.waitForSelector('table tbody tr', { timeout: 60_000 })
    const rows = await page.locator('table tbody tr').count()
    expect(rows).toBeGreaterThan(5)
    await expect.poll(async () => page.getByText('创建新').count()).toBeGreaterThan(0)

    await page.waitForLoadState('networkidle')
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-articles.png'), fullPage: false })
    await page.close()
  })
})
