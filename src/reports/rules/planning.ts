// Which planning reminders are due today: for a campaign in planning or running whose observance
// is ahead, the tightest reminder window (of e.g. 30, 14, 7 days) that today falls into. Pure; the
// job creates what this returns, and the unique key makes a second run create nothing.
//
// Only the TIGHTEST window is due, not every window today is inside: a campaign created five days
// before its observance (or a server that was down on the 14-day mark) gets the 7-day reminder
// once, rather than three stale ones at the same time.
import { daysBetween } from './dates'

export type Id = string | number

export type PlanningCampaign = {
  id: Id
  name?: string | null
  observance?: string | null
  /** The observance's local date (hospital time zone), YYYY-MM-DD. */
  observanceDate: string
  status: string
}

export type DueReminder = {
  key: string
  campaignId: Id
  observanceDate: string
  daysBefore: number
  daysLeft: number
  message: string
}

export const REMINDED_STATUSES: readonly string[] = ['planning', 'active']

export const reminderKey = (campaignId: Id, observanceDate: string, daysBefore: number) =>
  `${campaignId}:${observanceDate}:${daysBefore}`

/** The Chinese reminder text: what to do depends on how close the day is. */
export const reminderMessage = (what: string, observanceDate: string, daysLeft: number, daysBefore: number): string => {
  if (daysLeft === 0) return `今天是「${what}」（${observanceDate}）：请确认活动内容均已发布，并关注各渠道数据回流。`
  const lead = `距离「${what}」（${observanceDate}）还有 ${daysLeft} 天`
  if (daysBefore >= 21) return `${lead}：请启动活动策划，确定主题、投放渠道与 KOL 合作，并安排内容撰写。`
  if (daysBefore >= 10) return `${lead}：请尽快完成活动内容撰写并提交医学审核。`
  return `${lead}：请确认活动内容已完成审核并安排分发。`
}

export const dueReminders = ({
  campaigns,
  today,
  days,
}: {
  campaigns: PlanningCampaign[]
  today: string
  days: readonly number[]
}): DueReminder[] => {
  const windows = [...new Set(days.filter((n) => Number.isInteger(n) && n >= 0))].sort((a, b) => a - b)
  const due: DueReminder[] = []
  for (const campaign of campaigns) {
    if (!REMINDED_STATUSES.includes(campaign.status)) continue
    const daysLeft = daysBetween(today, campaign.observanceDate)
    if (daysLeft < 0) continue
    const daysBefore = windows.find((n) => n >= daysLeft)
    if (daysBefore === undefined) continue
    const what = campaign.observance?.trim() || campaign.name?.trim() || `活动 #${campaign.id}`
    due.push({
      key: reminderKey(campaign.id, campaign.observanceDate, daysBefore),
      campaignId: campaign.id,
      observanceDate: campaign.observanceDate,
      daysBefore,
      daysLeft,
      message: reminderMessage(what, campaign.observanceDate, daysLeft, daysBefore),
    })
  }
  return due
}
