// 共创 in real browsers: a parent fills the public form at /submit on a phone-sized screen as
// WeChat's browser presents itself (the proof of work runs in the page), signs the consent as
// guardian and attaches a photo; operations accept it in the admin and sign 运营初审 in the
// workflow panel; once every stage is signed and it is published, the tracking page on the phone
// says so.
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { smallPng } from '../helpers/images'
import { SCREENSHOTS, launchBrowser, signIn } from '../helpers/browser'

const PASSWORD = 'test-password-2026'
const WECHAT_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800322f) NetType/WIFI Language/zh_CN'

const token = async (baseUrl: string, email: string) =>
  (
    (await (
      await fetch(`${baseUrl}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: PASSWORD }),
      })
    ).json()) as { token: string }
  ).token

const call = async (baseUrl: string, email: string, pathname: string, method = 'GET', body?: unknown) =>
  (await (
    await fetch(`${baseUrl}${pathname}`, {
      method,
      headers: { authorization: `JWT ${await token(baseUrl, email)}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  ).json()) as Record<string, any>

describe('the public submission form on a phone, then the admin', () => {
  let browser: Browser
  const baseUrl = () => inject('baseUrl')

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should take a child’s story with the guardian’s signature and a photo, and follow it to publication', async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      userAgent: WECHAT_IPHONE,
      locale: 'zh-CN',
    })
    const page: Page = await phone.newPage()
    await page.goto(`${baseUrl()}/submit`)
    await page.locator('form[data-ready="true"]').waitFor({ timeout: 30_000 })
    // Nothing is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

    await page.locator('#kind').selectOption('story')
    await page.locator('#submitterRole').selectOption('family')
    await page.locator('#title').fill('女儿住院的那一周')
    await page
      .locator('#body')
      .fill('女儿肺炎住院一周，每天早上护士都会先跟她打招呼再测体温。出院那天她说，下次不怕来医院了。')
    await page.locator('#name').fill('周先生')
    await page.locator('#contact').fill('zhou.family@example.com')
    await expect.poll(() => page.locator('#consent').isVisible()).toBe(true)
    await page.locator('#patientName').fill('周小满')
    await page.locator('#patientAgeYears').fill('7')
    await expect.poll(() => page.locator('#guardianRows').isVisible()).toBe(true)
    await page.locator('#guardianName').fill('周建国')
    await page.locator('#guardianRelationship').fill('父亲')
    await page.locator('#signedName').fill('周建国')
    await page.locator('#photos').setInputFiles({ name: 'ward.png', mimeType: 'image/png', buffer: await smallPng() })

    // Unticked consent: the page says so and sends nothing.
    await page.locator('#send').tap()
    await expect.poll(() => page.locator('#error').textContent()).toContain('隐私授权书')
    await page.locator('#agreed').check()
    await page.locator('#send').tap()
    await page.locator('#done').waitFor({ state: 'visible', timeout: 60_000 })
    const reference = (await page.locator('#reference').textContent()) ?? ''
    expect(reference).toMatch(/^TG-/)
    const link = (await page.locator('#trackingLink').getAttribute('href')) ?? ''
    expect(link).toContain('/submit/track#')
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: path.join(SCREENSHOTS, 'submit-phone-done.png'), fullPage: true })

    await page.goto(link)
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 })
    expect(await page.locator('#state').getAttribute('data-status')).toBe('received')

    // Operations find it, see the photo counted, and accept it in the admin.
    const found = await call(
      baseUrl(),
      'operations@demo.hospital',
      `/api/submissions?where[reference][equals]=${reference}&depth=0`,
    )
    const submission = found.docs[0]
    expect(submission.files).toHaveLength(1)
    expect(submission.consent).toBeTruthy()
    const operations = await signIn(browser, baseUrl(), 'operations@demo.hospital', PASSWORD)
    await operations.goto(`${baseUrl()}/admin/collections/submissions/${submission.id}`)
    await operations.getByTestId('submission-accept').click({ timeout: 60_000 })
    await operations.waitForURL(/\/admin\/collections\/patient-stories\/\d+/, { timeout: 60_000 })
    const storyId = Number(/patient-stories\/(\d+)/.exec(operations.url())![1])

    // The editor completes the draft and submits it.
    const edited = await call(
      baseUrl(),
      'editor@demo.hospital',
      `/api/patient-stories/${storyId}?draft=true`,
      'PATCH',
      {
        pseudonym: '小满',
        intendedChannels: ['website'],
        deidentification: {
          faceBlurred: true,
          nameReplaced: true,
          identifiersRemoved: true,
          locationGeneralised: true,
        },
      },
    )
    expect(edited.doc?.id).toBe(storyId)
    await call(baseUrl(), 'editor@demo.hospital', `/api/patient-stories/${storyId}/workflow/submit`, 'POST')

    // 运营初审 in the workflow panel, by the person who accepted it (accepting is not authoring).
    await operations.goto(`${baseUrl()}/admin/collections/patient-stories/${storyId}`)
    await operations.getByTestId('workflow-state').waitFor({ timeout: 60_000 })
    await operations.locator('[data-stage="operations"] button', { hasText: '通过' }).click()
    await expect
      .poll(async () => operations.locator('[data-stage="operations"]').textContent(), { timeout: 30_000 })
      .toContain('✓')

    // The other stages over the API, then publication.
    const status = await call(baseUrl(), 'admin@demo.hospital', `/api/patient-stories/${storyId}/workflow`)
    for (const [stage, email] of [
      ['initial', 'reviewer@demo.hospital'],
      ['privacy', 'privacy@demo.hospital'],
      ['medical', 'reviewer3@demo.hospital'],
      ['compliance', 'compliance@demo.hospital'],
    ]) {
      const res = await call(baseUrl(), email, `/api/patient-stories/${storyId}/workflow/approve`, 'POST', {
        stage,
        versionHash: status.versionHash,
      })
      expect(res.errors, JSON.stringify(res)).toBeUndefined()
    }
    const published = await call(
      baseUrl(),
      'publisher@demo.hospital',
      `/api/patient-stories/${storyId}/workflow/publish`,
      'POST',
      {
        versionHash: status.versionHash,
      },
    )
    expect(published.errors, JSON.stringify(published)).toBeUndefined()

    await page.reload()
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 })
    expect(await page.locator('#state').getAttribute('data-status')).toBe('published')
    expect(await page.locator('#state').textContent()).toBe('已发布')
    await page.screenshot({ path: path.join(SCREENSHOTS, 'submit-phone-published.png'), fullPage: true })
    await page.locator('#feedbackMessage').fill('谢谢医生护士，也谢谢编辑把我们的故事写得这么好。')
    await page.locator('#feedback button[type="submit"]').tap()
    await page.locator('#feedbackDone').waitFor({ state: 'visible', timeout: 30_000 })
    const filed = await call(baseUrl(), 'editor@demo.hospital', `/api/patient-stories/${storyId}?depth=0&draft=true`)
    expect(filed.feedback.docs).toHaveLength(1)
    await phone.close()
  })
})
