// 舆情 in the admin: the dashboard's board lists the incidents waiting for a first response,
// 重大 first, with the time left and who answers at that level; from an incident an editor drafts a
// holding statement, which opens in review on the fast track (医学审核 then 合规, nothing else).
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

  it('should draft a holding statement from an incident into fast-track review', async () => {
    const page = await signIn(browser, inject('baseUrl'), 'editor@demo.hospital')
    const base = inject('baseUrl')
    const found = await page.evaluate(async () => {
      const res = await fetch('/api/incidents?where[severity][equals]=general&where[status][equals]=open&limit=1', {
        credentials: 'include',
      })
      return (await res.json()).docs[0]?.id
    })
    expect(found).toBeTruthy()
    await page.goto(`${base}/admin/collections/incidents/${found}`)
    const panel = page.getByTestId('statement-panel')
    await panel.waitFor({ timeout: 60_000 })
    expect(await panel.textContent()).toContain('快速审核通道')
    await panel.getByTestId('statement-title').fill('关于儿科周末候诊时间较长的说明')
    await panel
      .getByTestId('statement-body')
      .fill('近期儿科周末就诊人数较多，候诊时间偏长。\n我院自本周起周末增开两个挂号窗口，并开放线上预约分时段就诊。')
    await panel.getByTestId('statement-draft').click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 60_000 })
    const workflow = page.getByTestId('workflow-panel')
    await workflow.getByTestId('workflow-state').waitFor({ timeout: 60_000 })
    expect(await workflow.getByTestId('workflow-state').textContent()).toBe('审核中')
    const stages = await workflow
      .locator('li[data-stage]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-stage')))
    expect(stages).toEqual(['medical', 'compliance'])
    await page.screenshot({ path: path.join(SCREENSHOTS, 'incident-statement.png') })
  })
})
