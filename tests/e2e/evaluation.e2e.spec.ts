// 四维效果评估 and 医生IP in the admin: an analyst opens the demo 世界心脏日 campaign and sees the
// four dimensions against their targets, the daily chart and the download links; the demo doctor's
// page shows the IP panel with figures.
import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, as } from '../helpers/api'
import { SCREENSHOTS, launchBrowser, signIn } from '../helpers/browser'

describe('the campaign evaluation and the doctor IP panel in the admin', () => {
  let browser: Browser
  const baseUrl = () => inject('baseUrl')

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("should show the demo campaign's four dimensions, a chart and the CSV and PDF links", async () => {
    const campaign = (
      await api('/api/campaigns?where[slug][equals]=world-heart-day-2026&depth=0', { auth: await as.analyst() })
    ).body.docs[0]
    expect(campaign).toBeTruthy()
    const page = await signIn(browser, baseUrl(), 'analyst@demo.hospital')
    await page.goto(`${baseUrl()}/admin/collections/campaigns/${campaign.id}`)
    const panel = page.getByTestId('campaign-evaluation')
    await panel.waitFor({ timeout: 60_000 })
    await panel.scrollIntoViewIfNeeded()
    for (const dimension of ['brand', 'reach', 'business', 'social'])
      expect(await panel.locator(`[data-dimension="${dimension}"]`).count(), dimension).toBe(1)
    const text = (await panel.textContent()) ?? ''
    for (const heading of ['品牌', '传播', '业务', '社会效益', '筛查率', '预约挂号', '净推荐值 NPS'])
      expect(text).toContain(heading)
    // The demo has a target for appointments: the line shows the actual, the target and a percentage.
    expect(await panel.locator('[data-indicator="appointments"]').textContent()).toMatch(/\d+ \/ 60 · \d+\.\d%/)
    const chart = page.getByTestId('campaign-evaluation-trend')
    await chart.waitFor({ timeout: 30_000 })
    await expect.poll(() => chart.locator('svg path.recharts-curve').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    expect(await panel.getByTestId('campaign-evaluation-csv').getAttribute('href')).toBe(
      `/api/campaigns/${campaign.id}/evaluation.csv`,
    )
    expect(await panel.getByTestId('campaign-evaluation-pdf').getAttribute('href')).toBe(
      `/api/campaigns/${campaign.id}/evaluation.pdf`,
    )
    // The links answer in the signed-in browser.
    const pdf = await page.request.get(`${baseUrl()}/api/campaigns/${campaign.id}/evaluation.pdf`)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'campaign-evaluation.png') })
  })

  it("should show the demo doctor's published pieces, reach and followers", async () => {
    const doctor = (
      await api(`/api/doctors?where[name][equals]=${encodeURIComponent('周明远')}&depth=0`, {
        auth: await as.analyst(),
      })
    ).body.docs[0]
    expect(doctor).toBeTruthy()
    const page = await signIn(browser, baseUrl(), 'analyst@demo.hospital')
    await page.goto(`${baseUrl()}/admin/collections/doctors/${doctor.id}`)
    const panel = page.getByTestId('doctor-ip')
    await panel.waitFor({ timeout: 60_000 })
    await panel.scrollIntoViewIfNeeded()
    expect(await panel.textContent()).toContain('医生IP')
    expect(Number((await panel.getByTestId('doctor-ip-views').textContent())?.replace(/,/g, ''))).toBeGreaterThan(0)
    expect(await panel.locator('tbody tr').count()).toBeGreaterThan(0)
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'doctor-ip.png') })
  })
})
