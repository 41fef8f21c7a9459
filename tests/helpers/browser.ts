// Chromium for the admin tests: Debian's build driven by playwright-core, and a signed-in page.
import path from 'node:path'

import { type Browser, type Page, chromium } from 'playwright-core'

import { CHROMIUM_PATH_HINT, MANUAL_INSTALL_COMMAND, chromiumCandidates, findChromium } from './findChromium'
import { ROOT } from '../../scripts/lib/serverProcess'

export const SCREENSHOTS = path.join(ROOT, 'test-results')

export const launchBrowser = (): Promise<Browser> => {
  // `npm test` checks this first (scripts/ensure-browser.ts); a lone `vitest run --project e2e` lands here.
  const executablePath = findChromium()
  if (!executablePath) {
    throw new Error(
      `找不到 Chromium / Chromium not found (looked in: ${chromiumCandidates().join(', ')}). ` +
        `Run \`${MANUAL_INSTALL_COMMAND}\` or \`${CHROMIUM_PATH_HINT}\`.`,
    )
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
}

/** A fresh browser context (an English-speaking browser, to prove the admin defaults to Chinese) signed in as `email`. */
export const signIn = async (
  browser: Browser,
  baseUrl: string,
  email: string,
  password = 'test-password-2026',
): Promise<Page> => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
  return page
}
