'use client'
// 舆情事件 on the dashboard: the incidents still waiting for their first public response, 重大
// first, with the time left (or how long overdue) and who answers at that level.
import React, { useEffect, useState } from 'react'

import { SEVERITY_LABELS, type Severity } from '../../opinion/rules/classify'
import { RESPONDERS } from '../../opinion/rules/incidents'
import { pick, useCmsTranslation } from '../i18n'
import styles from './IncidentBoard.module.scss'

type Incident = { id: number | string; title: string; severity: Severity; responseDueAt?: string | null }

const RANK: Record<Severity, number> = { critical: 0, major: 1, general: 2 }

const left = (due: string, now: number) => {
  const minutes = Math.round((Date.parse(due) - now) / 60_000)
  const abs = Math.abs(minutes)
  const text = abs >= 60 ? `${Math.floor(abs / 60)} 小时 ${abs % 60} 分` : `${abs} 分`
  return { overdue: minutes < 0, text }
}

export const IncidentBoard: React.FC = () => {
  const { t } = useCmsTranslation()
  const [items, setItems] = useState<Incident[] | null>(null)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    void fetch('/api/incidents?where[status][equals]=open&limit=50&depth=0&sort=responseDueAt', {
      credentials: 'include',
    })
      .then((res) => (res.ok ? res.json() : { docs: [] }))
      .then((body) => setItems(body.docs ?? []))
    const timer = setInterval(() => setNow(Date.now()), 30_000)
    return () => clearInterval(timer)
  }, [])
  if (items === null || items.length === 0) return null
  const sorted = [...items].sort((a, b) => RANK[a.severity] - RANK[b.severity])
  return (
    <div data-testid="incident-board" className={styles.box}>
      <h3 className={styles.title}>{t('cms:incidents:title', { count: items.length })}</h3>
      <ul className={styles.list}>
        {sorted.map((incident) => {
          const due = incident.responseDueAt ? left(incident.responseDueAt, now) : null
          return (
            <li key={incident.id} data-severity={incident.severity}>
              <span className={styles[incident.severity]}>
                {pick(SEVERITY_LABELS[incident.severity], incident.severity, t)}
              </span>{' '}
              <a href={`/admin/collections/incidents/${incident.id}`}>{incident.title}</a>
              {due ? (
                <span className={due.overdue ? styles.overdue : undefined} data-testid="incident-time-left">
                  {' · '}
                  {due.overdue
                    ? t('cms:incidents:overdue', { time: due.text })
                    : t('cms:incidents:left', { time: due.text })}
                </span>
              ) : null}
              {' · '}
              {pick(RESPONDERS[incident.severity], '', t)}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
