'use client'
// 策划提醒 on the dashboard: open reminders of upcoming health observances, nearest first, with
// 标记已处理 for the people who may close them (editors, publishers, admins; the server checks).
import { useAuth } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { daysBetween, localDate } from '../../reports/rules/dates'
import { useCmsTranslation } from '../i18n'
import styles from './PlanningReminders.module.scss'
import type { CmsT } from '../translations'

type Reminder = {
  id: number | string
  message: string
  observanceDate: string
  daysBefore: number
  campaign: { id: number | string; name?: string } | number | string | null
}

const TIME_ZONE = 'Asia/Shanghai'

const CLOSERS = ['admin', 'editor', 'publisher']

/** How far off the observance is: days to go, today, or days past. */
const daysLeft = (days: number, t: CmsT): string => {
  if (days > 0) return t('cms:planningReminders:daysLeft', { count: days })
  if (days === 0) return t('cms:planningReminders:today')
  return t('cms:planningReminders:daysAgo', { count: -days })
}

export const PlanningReminders: React.FC = () => {
  const { user } = useAuth()
  const { t } = useCmsTranslation()
  const [items, setItems] = useState<Reminder[] | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const roles = (user as { roles?: string[] } | null)?.roles ?? []
  const canClose = roles.some((role) => CLOSERS.includes(role))

  const load = useCallback(async () => {
    const res = await fetch('/api/planning-reminders?where[status][equals]=open&sort=observanceDate&depth=1&limit=20', {
      credentials: 'include',
    })
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
    else
      setMessage(
        t('cms:planningReminders:failed', {
          reason: (await res.json().catch(() => ({})))?.errors?.[0]?.message ?? res.status,
        }),
      )
  }

  if (items === null || items.length === 0) return null
  const today = localDate(new Date(), TIME_ZONE)
  return (
    <div data-testid="planning-reminders" className={styles.box}>
      <h3 className={styles.title}>{t('cms:planningReminders:title', { count: items.length })}</h3>
      {message ? <div className={styles.error}>{message}</div> : null}
      <ul className={styles.list}>
        {items.map((item) => {
          const campaign = item.campaign && typeof item.campaign === 'object' ? item.campaign : null
          const campaignId = item.campaign && typeof item.campaign === 'object' ? item.campaign.id : item.campaign
          const date = localDate(item.observanceDate, TIME_ZONE)
          return (
            <li key={item.id} className={styles.item} data-reminder={item.id}>
              <a href={`/admin/collections/campaigns/${campaignId}`}>{campaign?.name ?? `#${campaignId}`}</a>
              {'　'}
              {t('cms:planningReminders:observance')} {date} · <strong>{daysLeft(daysBetween(today, date), t)}</strong>
              <div className={styles.message}>{item.message}</div>
              {canClose ? (
                <button type="button" className={styles.done} onClick={() => void markDone(item.id)}>
                  {t('cms:planningReminders:done')}
                </button>
              ) : null}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
