// The admin's side of patient data protection (issue #13): a privacy officer opening a consent
// sees no name until they choose why they need it; then the name shows, and the read appears in
// the consent's access record.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, signIn } from '../helpers/browser'

const PASSWORD = 'test-password-2026'

describe('personal data in the admin', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should show a consent name only after a purpose is chosen, and list that read in the access record', async () => {
    const baseUrl = inject('baseUrl')
    const login = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'privacy@demo.hospital', password: PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const consents = await fetch(`${baseUrl}/api/consents?limit=1&sort=id&depth=0`, {
      headers: { authorization: `JWT ${token}`, 'x-data-purpose': 'compliance-audit' },
    })
    const consent = ((await consents.json()) as { docs: { id: number; patientName: string }[] }).docs[0]
    expect(consent.patientName).toBeTruthy()

    const page = await signIn(browser, baseUrl, 'privacy@demo.hospital')
    await page.goto(`${baseUrl}/admin/collections/consents/${consent.id}`)
    const purpose = page.getByTestId('data-purpose')
    await purpose.waitFor({ timeout: 60_000 })
    const nameInput = page.locator('input[name="patientName"]')
    await nameInput.waitFor({ timeout: 60_000 })
    expect(await nameInput.inputValue()).toBe('')
    expect(await page.content()).not.toContain(consent.patientName)

    // Choose only once the page has hydrated: before that the choice is lost (a controlled select).
    await page.locator('[data-testid="data-purpose"][data-ready="true"]').waitFor({ timeout: 60_000 })
    await Promise.all([page.waitForEvent('load'), purpose.selectOption('verify-consent')])
    await page.locator('input[name="patientName"]').waitFor({ timeout: 60_000 })
    await expect
      .poll(() => page.locator('input[name="patientName"]').inputValue(), { timeout: 30_000 })
      .toBe(consent.patientName)
    const log = page.getByTestId('access-log')
    await expect.poll(async () => log.getByText('personal-data.read').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await expect.poll(async () => log.getByText('核实授权内容与范围').count()).toBeGreaterThan(0)
  })
})
