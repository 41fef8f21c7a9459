// Channel previews and distributions in a real browser: every enabled channel's preview side by
// side on the edit page, a channel's violations shown on its card, the 分发记录 table with the
// publisher's actions, the distribution panel, and the dashboard's delivery alerts.
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { api, as } from '../helpers/api'
import { SCREENSHOTS, launchBrowser, signIn as signInAs } from '../helpers/browser'
import { articleData } from '../factories/content'
import { approveThroughReview } from '../helpers/review'

type Channel = { id: number; name: string; kind: string; delivery?: { disabledAt?: string | null } }

describe('channel previews and distributions in the admin panel', () => {
  let browser: Browser
  const baseUrl = () => inject('baseUrl')
  const signIn = (email: string): Promise<Page> => signInAs(browser, baseUrl(), email)

  const enabledChannels = async (): Promise<Channel[]> =>
    (await api('/api/channels?where[enabled][equals]=true&limit=100&depth=0', { auth: await as.publisher() })).body.docs

  const preview = async (channel: number, collection: string, id: number) =>
    (await api(`/api/channels/${channel}/preview?collection=${collection}&id=${id}`, { auth: await as.publisher() }))
      .body

  const createDistribution = async (contentId: number, channel: number, scheduledAt: Date) => {
    const res = await api('/api/distributions', {
      method: 'POST',
      auth: await as.publisher(),
      body: {
        contentCollection: 'articles',
        contentId: String(contentId),
        channel,
        scheduledAt: scheduledAt.toISOString(),
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.doc.id as number
  }

  const statusOf = async (id: number) =>
    (await api(`/api/distributions/${id}?depth=0`, { auth: await as.publisher() })).body.status as string

  /** Opens the edit page and waits until every card has its rendering (or its error). */
  const openPreviews = async (page: Page, collection: string, id: number, cards: number) => {
    await page.goto(`${baseUrl()}/admin/collections/${collection}/${id}`)
    const previews = page.getByTestId('channel-previews')
    await previews.waitFor({ timeout: 60_000 })
    await previews.scrollIntoViewIfNeeded()
    await expect
      .poll(() => page.locator('[data-testid="channel-preview-card"][data-ok]').count(), { timeout: 60_000 })
      .toBe(cards)
    return previews
  }

  let published: number
  let delivered: number
  let scheduled: number

  beforeAll(async () => {
    browser = await launchBrowser()
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    published = (
      await api('/api/articles?where[_status][equals]=published&limit=1&sort=id&depth=0', {
        auth: await as.publisher(),
      })
    ).body.docs[0].id
    // Two distributions on a channel the article fits: one due now (the scheduler delivers it to
    // the outbox within a tick) and one tomorrow (stays scheduled, so it can be cancelled).
    const channels = (await enabledChannels()).filter((c) => !c.delivery?.disabledAt)
    let fits: Channel | undefined
    for (const channel of channels) {
      if ((await preview(channel.id, 'articles', published)).violations?.length === 0) {
        fits = channel
        break
      }
    }
    expect(fits, 'a channel the demo article fits').toBeDefined()
    delivered = await createDistribution(published, fits!.id, new Date())
    scheduled = await createDistribution(published, fits!.id, new Date(Date.now() + 86_400_000))
    // expect.poll belongs to tests; hooks wait by hand.
    for (const deadline = Date.now() + 60_000; (await statusOf(delivered)) !== 'delivered';) {
      if (Date.now() > deadline) throw new Error(`distribution ${delivered} was not delivered within 60 s`)
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should show one preview card per enabled channel side by side, and the distributions with actions for the publisher only', async () => {
    const channels = await enabledChannels()
    expect(channels.length).toBeGreaterThanOrEqual(2)
    const publisher = await signIn('publisher@demo.hospital')
    const previews = await openPreviews(publisher, 'articles', published, channels.length)
    await expect.poll(() => previews.getByText('预览基于已保存的版本').count()).toBe(1)

    const cards = publisher.getByTestId('channel-preview-card')
    expect(await cards.count()).toBe(channels.length)
    // Measured once the layout has settled (fonts and the sidebar load after the cards).
    const rowOffset = async () =>
      Math.abs((await cards.nth(0).boundingBox())!.y - (await cards.nth(1).boundingBox())!.y)
    await expect.poll(rowOffset, { timeout: 30_000 }).toBeLessThan(1)
    const first = (await cards.nth(0).boundingBox())!
    const second = (await cards.nth(1).boundingBox())!
    expect(second.x).toBeGreaterThanOrEqual(first.x + first.width)
    expect(Math.abs(first.width - second.width)).toBeLessThan(1)
    // Weibo shows where it folds; email shows its subject and parts rather than raw MIME.
    const weibo = channels.find((c) => c.kind === 'weibo')
    if (weibo) {
      const rendered = await preview(weibo.id, 'articles', published)
      const card = publisher.locator('[data-testid="channel-preview-card"][data-channel-kind="weibo"]')
      if (rendered.fields.foldAt < rendered.output.length)
        expect(await card.getByTestId('preview-fold').textContent()).toContain('以下内容折叠')
      await card.scrollIntoViewIfNeeded()
      await card.screenshot({ path: path.join(SCREENSHOTS, 'channel-preview-weibo.png') })
    }
    const email = channels.find((c) => c.kind === 'email')
    if (email) {
      const card = publisher.locator('[data-testid="channel-preview-card"][data-channel-kind="email"]')
      expect(await card.getByTestId('preview-email').textContent()).toContain(
        (await preview(email.id, 'articles', published)).fields.subject,
      )
      await card.scrollIntoViewIfNeeded()
      await card.screenshot({ path: path.join(SCREENSHOTS, 'channel-preview-email.png') })
    }
    // Rendered HTML stays inside sandboxed frames.
    for (const frame of await publisher.locator('[data-testid="channel-previews"] iframe').all())
      expect(await frame.getAttribute('sandbox')).toBe('')

    const table = publisher.getByTestId('distribution-table')
    await table.waitFor({ timeout: 30_000 })
    await table.scrollIntoViewIfNeeded()
    await expect.poll(() => table.locator('tr[data-status="delivered"]').count()).toBeGreaterThan(0)
    expect(await table.locator('tr[data-status="scheduled"]').count()).toBeGreaterThan(0)
    expect(await table.textContent()).toContain('已送达')
    expect(await table.textContent()).toContain('待发送')
    expect(await table.getByRole('button', { name: '取消', exact: true }).count()).toBeGreaterThan(0)
    await previews.screenshot({ path: path.join(SCREENSHOTS, 'channel-previews.png') })

    const editor = await signIn('editor@demo.hospital')
    await openPreviews(editor, 'articles', published, channels.length)
    await editor.getByTestId('distribution-table').waitFor({ timeout: 30_000 })
    expect(await editor.getByTestId('distribution-table').getByRole('button').count()).toBe(0)
  })

  it('should show on its card the violations of a channel the article breaks', async () => {
    const title = '冬季老年高血压患者居家科学监测血压与合理用药新指南'
    expect(Array.from(title)).toHaveLength(25)
    const created = await api('/api/articles?draft=true', {
      method: 'POST',
      auth: await as.editor(),
      body: await articleData({ title }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as number
    const channels = await enabledChannels()
    const xiaohongshu = channels.find((c) => c.kind === 'xiaohongshu')
    expect(xiaohongshu, 'an enabled 小红书 channel').toBeDefined()
    const expected = (await preview(xiaohongshu!.id, 'articles', id)).violations as { message: string }[]
    expect(expected.length).toBeGreaterThan(0)

    const publisher = await signIn('publisher@demo.hospital')
    await openPreviews(publisher, 'articles', id, channels.length)
    const card = publisher.locator('[data-testid="channel-preview-card"][data-channel-kind="xiaohongshu"]')
    expect(await card.getAttribute('data-ok')).toBe('false')
    expect(await card.getByTestId('preview-badge').textContent()).toBe('✗')
    const shown = await card.getByTestId('preview-violations').textContent()
    for (const violation of expected) expect(shown).toContain(violation.message)
    await card.scrollIntoViewIfNeeded()
    await card.screenshot({ path: path.join(SCREENSHOTS, 'channel-preview-xiaohongshu.png') })
    // Nothing distributed yet: the table's place says so.
    expect(await publisher.getByTestId('channel-previews').textContent()).toContain('尚无分发记录')
  })

  it('should show status, attempts and what was sent on a distribution, and cancel a scheduled one', async () => {
    const publisher = await signIn('publisher@demo.hospital')
    await publisher.goto(`${baseUrl()}/admin/collections/distributions/${delivered}`)
    const panel = publisher.getByTestId('distribution-panel')
    await panel.waitFor({ timeout: 60_000 })
    expect(await panel.locator('[data-status]').first().textContent()).toBe('已送达')
    expect(await panel.getByTestId('attempts-timeline').textContent()).toContain('成功')
    expect(await panel.locator('[data-testid^="preview-"]').count()).toBeGreaterThan(0)
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'distribution-panel.png') })

    await publisher.goto(`${baseUrl()}/admin/collections/distributions/${scheduled}`)
    await panel.waitFor({ timeout: 60_000 })
    expect(await panel.locator('[data-status]').first().textContent()).toBe('待发送')
    await panel.getByPlaceholder('取消原因').fill('端到端测试取消')
    await panel.getByRole('button', { name: '取消', exact: true }).click()
    await expect.poll(() => panel.getByTestId('distribution-message').textContent(), { timeout: 30_000 }).toBe('已取消')
    expect(await statusOf(scheduled)).toBe('cancelled')
    // The panel reloads the record after showing the message; wait for that reload.
    await expect.poll(() => panel.locator('[data-status]').first().textContent(), { timeout: 30_000 }).toBe('已取消')
  })

  it('should let the publisher pick channels when publishing, and show the refusal of a channel the article breaks', async () => {
    const title = '冬季老年高血压患者居家科学监测血压与合理用药新指南'
    const created = await api('/api/articles?draft=true', {
      method: 'POST',
      auth: await as.editor(),
      body: await articleData({ title }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id as number
    await approveThroughReview('articles', id)
    const channels = (await enabledChannels()).filter((c) => !c.delivery?.disabledAt)
    const xiaohongshu = channels.find((c) => c.kind === 'xiaohongshu')!
    const refusal = (await preview(xiaohongshu.id, 'articles', id)).violations as { message: string }[]
    expect(refusal.length).toBeGreaterThan(0)
    let fits: Channel | undefined
    for (const channel of channels)
      if (!fits && (await preview(channel.id, 'articles', id)).violations.length === 0) fits = channel
    expect(fits, 'a channel the article fits').toBeDefined()

    const publisher = await signIn('publisher@demo.hospital')
    await publisher.goto(`${baseUrl()}/admin/collections/articles/${id}`)
    const panel = publisher.getByTestId('workflow-panel')
    await panel.getByTestId('workflow-state').waitFor({ timeout: 60_000 })
    expect(await panel.getByTestId('workflow-state').textContent()).toBe('已通过审核')
    const picker = panel.getByTestId('publish-channels')
    await picker.waitFor({ timeout: 30_000 })
    const box = (name: string) => picker.locator('label', { hasText: name }).locator('input[type="checkbox"]')
    expect(await picker.locator('input[type="checkbox"]').count()).toBe(channels.length)

    await box(xiaohongshu.name).check()
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'workflow-panel-channels.png') })
    await panel.getByRole('button', { name: '发布', exact: true }).click()
    await expect
      .poll(() => panel.getByTestId('workflow-message').textContent(), { timeout: 30_000 })
      .toContain(refusal[0].message)
    expect(await panel.getByTestId('workflow-state').textContent()).toBe('已通过审核')

    await box(xiaohongshu.name).uncheck()
    await box(fits!.name).check()
    await panel.getByRole('button', { name: '发布', exact: true }).click()
    await expect.poll(() => panel.getByTestId('workflow-state').textContent(), { timeout: 30_000 }).toBe('已发布')
    expect(await panel.getByTestId('workflow-message').textContent()).toContain('已安排 1 个渠道分发')
    const table = publisher.getByTestId('distribution-table')
    await table.waitFor({ timeout: 30_000 })
    await expect.poll(() => table.getByTestId('distribution-row').count(), { timeout: 30_000 }).toBe(1)
    expect(await table.textContent()).toContain(fits!.name)
  })

  it('should list failed deliveries and receiver-disabled channels on the dashboard, with retry', async () => {
    // A channel that goes away between scheduling and sending: the delivery fails at once, and
    // the channel carries the same mark a 410 from its receiver leaves.
    // Delivery settings are an admin's to set.
    const publisherAuth = await as.admin()
    const channel = await api('/api/channels', {
      method: 'POST',
      auth: publisherAuth,
      body: {
        name: 'E2E 停用渠道',
        kind: 'website',
        enabled: true,
        delivery: { adapter: 'outbox', prefix: 'e2e-gone' },
      },
    })
    expect(channel.status, JSON.stringify(channel.body)).toBe(201)
    const channelId = channel.body.doc.id as number
    const doomed = await createDistribution(published, channelId, new Date(Date.now() + 8_000))
    const disabledAt = new Date().toISOString()
    const patched = await api(`/api/channels/${channelId}`, {
      method: 'PATCH',
      auth: publisherAuth,
      body: { delivery: { adapter: 'outbox', prefix: 'e2e-gone', disabledAt } },
    })
    expect(patched.status, JSON.stringify(patched.body)).toBe(200)
    await expect.poll(() => statusOf(doomed), { timeout: 60_000, interval: 1_000 }).toBe('failed')

    const publisher = await signIn('publisher@demo.hospital')
    const alerts = publisher.getByTestId('delivery-alerts')
    await alerts.waitFor({ timeout: 60_000 })
    expect(await alerts.textContent()).toContain('分发告警')
    const failed = alerts.getByTestId('failed-distribution').filter({ hasText: 'E2E 停用渠道' })
    expect(await failed.count()).toBeGreaterThan(0)
    expect(await failed.first().locator('a').getAttribute('href')).toBe(`/admin/collections/distributions/${doomed}`)
    const gone = alerts.getByTestId('disabled-channel').filter({ hasText: 'E2E 停用渠道' })
    expect(await gone.locator('a').getAttribute('href')).toBe(`/admin/collections/channels/${channelId}`)
    await alerts.screenshot({ path: path.join(SCREENSHOTS, 'delivery-alerts.png') })

    await failed.first().getByRole('button', { name: '重试', exact: true }).click()
    await expect.poll(() => alerts.textContent(), { timeout: 30_000 }).toContain('已重新排队发送')
    expect(['scheduled', 'delivering', 'failed']).toContain(await statusOf(doomed))
  })
})
