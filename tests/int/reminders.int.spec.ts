// 策划提醒 through the real job queue: POST /api/planning-reminders/run queues and runs the daily
// job on the server. A campaign whose observance is 7 days away (Asia/Shanghai dates) gets one
// reminder, however often and however concurrently the job runs; staff close it.
import { beforeAll, describe, expect, it } from 'vitest'

import { addDays, localDate } from '@/reports/rules/dates'
import { campaignData } from '../factories/content'
import { api, as } from '../helpers/api'

const today = localDate(new Date(), 'Asia/Shanghai')
// Midnight in Shanghai, as the admin's date picker would store the day.
const shanghaiMidnight = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString()

const run = async (persona: keyof typeof as = 'admin') =>
  api('/api/planning-reminders/run', { method: 'POST', auth: await as[persona]() })
const remindersOf = async (campaignId: number) =>
  (await api(`/api/planning-reminders?where[campaign][equals]=${campaignId}&depth=0`, { auth: await as.editor() })).body
    .docs as Record<string, any>[]

const campaign = async (overrides: Record<string, unknown>) => {
  const res = await api('/api/campaigns', {
    method: 'POST',
    body: campaignData({
      startDate: shanghaiMidnight(today),
      endDate: shanghaiMidnight(addDays(today, 20)),
      ...overrides,
    }),
    auth: await as.editor(),
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.doc.id as number
}

describe('POST /api/planning-reminders/run', () => {
  let inSeven: number
  let inFive: number
  let finished: number
  let farAway: number

  beforeAll(async () => {
    inSeven = await campaign({
      name: '提醒测试：世界心脏日',
      observance: '世界心脏日',
      observanceDate: shanghaiMidnight(addDays(today, 7)),
    })
    // Created late: the 7-day mark has passed, so the 7-day reminder is made up today.
    inFive = await campaign({
      name: '提醒测试：全国爱牙日',
      observance: '全国爱牙日',
      observanceDate: shanghaiMidnight(addDays(today, 5)),
      status: 'active',
    })
    finished = await campaign({
      observance: '已结束的主题日',
      observanceDate: shanghaiMidnight(addDays(today, 7)),
      status: 'completed',
    })
    farAway = await campaign({ observance: '远期主题日', observanceDate: shanghaiMidnight(addDays(today, 45)) })
  })

  it('should create the reminder of a campaign whose observance is 7 days away', async () => {
    const res = await run()
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.status).toBe('success')
    expect(res.body.created).toBeGreaterThanOrEqual(2)
    const [reminder, ...more] = await remindersOf(inSeven)
    expect(more).toEqual([])
    expect(reminder).toMatchObject({
      key: `${inSeven}:${addDays(today, 7)}:7`,
      campaign: inSeven,
      daysBefore: 7,
      status: 'open',
      message: `距离「世界心脏日」（${addDays(today, 7)}）还有 7 天：请确认活动内容已完成审核并安排分发。`,
    })
    expect(localDate(reminder.observanceDate, 'Asia/Shanghai')).toBe(addDays(today, 7))
  })

  it('should make up a missed reminder, and leave finished and distant campaigns alone', async () => {
    await run()
    expect((await remindersOf(inFive)).map((r) => [r.daysBefore, r.message])).toEqual([
      [7, `距离「全国爱牙日」（${addDays(today, 5)}）还有 5 天：请确认活动内容已完成审核并安排分发。`],
    ])
    expect(await remindersOf(finished)).toEqual([])
    expect(await remindersOf(farAway)).toEqual([])
  })

  it('should create nothing more on later runs, also when they run at once', async () => {
    const again = await run()
    expect(again.body.created).toBe(0)
    const concurrent = await Promise.all([run(), run(), run()])
    for (const res of concurrent) expect(res.status).toBe(200)
    expect(await remindersOf(inSeven)).toHaveLength(1)
    expect(await remindersOf(inFive)).toHaveLength(1)
  })

  it('should let editors mark a reminder done, keep it done, and keep its facts fixed', async () => {
    const [reminder] = await remindersOf(inSeven)
    expect(
      (
        await api(`/api/planning-reminders/${reminder.id}`, {
          method: 'PATCH',
          body: { status: 'done' },
          auth: await as.analyst(),
        })
      ).status,
    ).toBe(403)
    const done = await api(`/api/planning-reminders/${reminder.id}`, {
      method: 'PATCH',
      body: { status: 'done', daysBefore: 1, key: 'changed' },
      auth: await as.editor(),
    })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body.doc).toMatchObject({ status: 'done', daysBefore: 7, key: reminder.key })
    await run()
    expect((await remindersOf(inSeven)).map((r) => r.status)).toEqual(['done'])
  })

  it('should let only admins run the job by hand', async () => {
    for (const persona of ['editor', 'publisher', 'analyst', 'apiClient', 'anonymous'] as const) {
      const res = await run(persona)
      expect(res.status, persona).toBe(403)
      expect(res.body.errors[0].code).toBe('reminders-forbidden')
    }
  })
})
