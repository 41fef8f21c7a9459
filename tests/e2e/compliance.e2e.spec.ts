// The admin's side of the claim frames (issue #10): a compliance reviewer reads what a frame
// catches and switches it off in the admin; the live check then stops finding its claims.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, signIn } from '../helpers/browser'

const PASSWORD = 'test-password-2026'

const tokenOf = async (baseUrl: string, email: string) => {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  return ((await login.json()) as { token: string }).token
}

describe('claim frames in the admin', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should show a frame’s formula and examples, and switch it off from the edit view', async () => {
    const baseUrl = inject('baseUrl')
    const token = await tokenOf(baseUrl, 'compliance@demo.hospital')
    const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const check = async () =>
      (
        (await (
          await fetch(`${baseUrl}/api/compliance/check`, {
            method: 'POST',
            headers: auth,
            body: JSON.stringify({ text: '24小时止痛。', kind: 'campaign' }),
          })
        ).json()) as { findings: { frame?: string }[] }
      ).findings
    const rows = await fetch(`${baseUrl}/api/claim-frames?where[frameId][equals]=time-to-effect`, { headers: auth })
    const row = ((await rows.json()) as { docs: { id: number }[] }).docs[0]
    expect((await check()).map((f) => f.frame)).toEqual(['time-to-effect'])

    const page = await signIn(browser, baseUrl, 'compliance@demo.hospital')
    try {
      await page.goto(`${baseUrl}/admin/collections/claim-frames?limit=100`)
      await page.getByText('几天见效').first().waitFor({ timeout: 60_000 })
      await page.goto(`${baseUrl}/admin/collections/claim-frames/${row.id}`)
      const formula = page.locator('textarea[name="formula"]')
      await formula.waitFor({ timeout: 60_000 })
      expect(await formula.inputValue()).toContain('〔数字〕')
      expect(await page.locator('textarea[name="examples"]').inputValue()).toContain('七天告别失眠')

      const enabled = page.locator('input[name="enabled"]')
      expect(await enabled.isChecked()).toBe(true)
      // The save button comes alive once the form has registered the change; a click made while
      // the page still hydrates is lost, so toggle again until it has.
      const save = page.getByRole('button', { name: /保存|Save/ }).first()
      await enabled.uncheck()
      await expect
        .poll(
          async () => {
            if (await save.isEnabled()) return true
            await enabled.setChecked(true)
            await enabled.setChecked(false)
            return save.isEnabled()
          },
          { timeout: 60_000, interval: 1_000 },
        )
        .toBe(true)
      await save.click()
      await expect.poll(async () => (await check()).length, { timeout: 30_000 }).toBe(0)
    } finally {
      await fetch(`${baseUrl}/api/claim-frames/${row.id}`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({ enabled: true }),
      })
    }
    expect((await check()).map((f) => f.frame)).toEqual(['time-to-effect'])
  })
})
