import { describe, expect, it } from 'vitest'

import { dueReminders, reminderKey, type PlanningCampaign } from './planning'

const campaign = (overrides: Partial<PlanningCampaign> = {}): PlanningCampaign => ({
  id: 1,
  name: '2026 世界心脏日',
  observance: '世界心脏日',
  observanceDate: '2026-09-29',
  status: 'planning',
  ...overrides,
})

const due = (today: string, campaigns = [campaign()], days = [30, 14, 7]) => dueReminders({ campaigns, today, days })

describe(dueReminders.name, () => {
  it('should remind exactly N days before the observance', () => {
    expect(due('2026-09-22')).toEqual([
      {
        key: '1:2026-09-29:7',
        campaignId: 1,
        observanceDate: '2026-09-29',
        daysBefore: 7,
        daysLeft: 7,
        message: '距离「世界心脏日」（2026-09-29）还有 7 天：请确认活动内容已完成审核并安排分发。',
      },
    ])
    expect(due('2026-08-30')[0]).toMatchObject({ key: '1:2026-09-29:30', daysLeft: 30 })
    expect(due('2026-08-30')[0].message).toContain('请启动活动策划')
    expect(due('2026-09-15')[0]).toMatchObject({ key: '1:2026-09-29:14', daysLeft: 14 })
  })

  it('should make up a missed day with the tightest window today is in, and only that one', () => {
    // The server was down on the 14-day mark: ten days before, the 14-day reminder is due (the key makes it once).
    expect(due('2026-09-19').map((r) => r.key)).toEqual(['1:2026-09-29:14'])
    // Created five days before: one 7-day reminder, not three.
    expect(due('2026-09-24').map((r) => [r.key, r.daysLeft])).toEqual([['1:2026-09-29:7', 5]])
    expect(due('2026-09-29')[0].message).toBe(
      '今天是「世界心脏日」（2026-09-29）：请确认活动内容均已发布，并关注各渠道数据回流。',
    )
  })

  it('should say nothing outside every window, after the day, or for finished campaigns', () => {
    expect(due('2026-08-29')).toEqual([])
    expect(due('2026-09-30')).toEqual([])
    expect(due('2026-09-22', [campaign({ status: 'completed' }), campaign({ status: 'cancelled' })])).toEqual([])
    expect(due('2026-09-22', [campaign({ status: 'active' })])).toHaveLength(1)
  })

  it('should use the campaign name when no observance is named, and ignore bad window values', () => {
    const [reminder] = due('2026-09-27', [campaign({ observance: null, name: '秋季义诊' })], [7, -1, 2.5, 7])
    expect(reminder.message).toContain('距离「秋季义诊」（2026-09-29）还有 2 天')
  })
})

describe(reminderKey.name, () => {
  it('should be campaign, observance date and window', () => {
    expect(reminderKey(12, '2027-04-25', 30)).toBe('12:2027-04-25:30')
  })
})
