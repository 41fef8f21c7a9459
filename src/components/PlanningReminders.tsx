'use client'
// 策划提醒 on the dashboard: open reminders of upcoming health observances, nearest first, with
// 标记已处理 for the people who may close them (editors, publishers, admins; the server checks).
import { useAuth, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { daysBetween, localDate } from '../reports/dates'

type Reminder = {
  id: number | string
  message: string
  observanceDate: string
  daysBefore: number
  campaign: { id: number | string; name?: string } | number | string | null
}

const TIME_ZONE = 'Asia/Shanghai'

const TEXT = {
  zh: { title: (n: number) => `策划提醒（${n}）`, observance: '主题日', daysLeft: (n: number) => (n > 0 ? `还有 ${n} 天` : n === 0 ? '就是今天' : `已过 ${-n} 天`), done: '标记已处理', failed: '操作失败', colon: '：' },
  en: { title: (n: number) => `Planning reminders (${n})`, observance: 'Observance', daysLeft: (n: number) => (n > 0 ? `${n} days left` : n === 0 ? 'today' : `${-n} days ago`), done: 'Mark as done', failed: 'Failed', colon: ': ' },
} as const

const CLOSERS = ['admin', 'editor', 'publisher']

export const PlanningReminders: React.FC = () => {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const t = TEXT[i18n?.language === 'en' ? 'en' : 'zh']
  const [items, setItems] = useState<Reminder[] | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const roles = ((user as { roles?: string[] } | null)?.roles ?? []) as string[]
  const canClose = roles.some((role) => CLOSERS.includes(role))

  const load = useCallback(async () => {
    const res = await fetch('/api/planning-reminders?where[status][equals]=open&sort=observanceDate&depth=1&limit=20', { credentials: 'include' })
    const body = res.ok ? await res.json() : { docs: [] }
    setItems(body.docs ?? [])
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  const markDone = async (id: Reminder['id']) => {
    setMessage(null)
    const res = await fetch(`/api/planning-reminders/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'done' }),
    })
    if (res.ok) setItems((current) => (current ?? []).filter((item) => item.id !== id))
    else setMessage(`${t.failed}${t.colon}${(await res.json().catch(() => ({})))?.errors?.[0]?.message ?? res.status}`)
  }

  if (items === null || items.length === 0) return null
  const today = localDate(new Date(), TIME_ZONE)
  return (
    <div data-testid="planning-reminders" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16, marginBottom: 24 }}>
      <h3 style={{ marginTop: 0 }}>{t.title(items.length)}</h3>
      {message ? <div style={{ color: 'var(--theme-error-500)' }}>{message}</div> : null}
      <ul style={{ paddingLeft: 16, margin: 0 }}>
        {items.map((item) => {
          const campaign = item.campaign && typeof item.campaign === 'object' ? item.campaign : null
          const campaignId = campaign ? campaign.id : item.campaign
          const date = localDate(item.observanceDate, TIME_ZONE)
          return (
            <li key={item.id} style={{ marginBottom: 6 }} data-reminder={item.id}>
              <a href={`/admin/collections/campaigns/${campaignId}`}>{campaign?.name ?? `#${campaignId}`}</a>
              {'　'}
              {t.observance} {date} · <strong>{t.daysLeft(daysBetween(today, date))}</strong>
              <div style={{ fontSize: 13 }}>{item.message}</div>
              {canClose ? (
                <button type="button" style={{ marginTop: 4, padding: '2px 10px', cursor: 'pointer' }} onClick={() => markDone(item.id)}>
                  {t.done}
                </button>
              ) : null}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
