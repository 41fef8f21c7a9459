'use client'
// 个人信息查阅记录 on a consent: every read, export and change of the person's data, with who and
// why, and the subject-access export and the erasure (both privacy officers and admins only; the
// server checks again).
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { ACCESS_PURPOSES } from '../../privacy/rules/purposes'
import { pick, useCmsTranslation } from '../i18n'
import styles from './Privacy.module.scss'

type AccessEvent = { at: string; action: string; actor: string | null; purpose: string | null; fields: string[] | null }

const OFFICERS = ['admin', 'privacy-officer']

export const AccessLog: React.FC = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { t } = useCmsTranslation()
  const [events, setEvents] = useState<AccessEvent[] | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const officer = ((user as { roles?: string[] } | null)?.roles ?? []).some((role) => OFFICERS.includes(role))

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(`/api/consents/${id}/access-log`, { credentials: 'include' })
    if (!res.ok) {
      setMessage(t('cms:privacy:logFailed'))
      return
    }
    const body = (await res.json()) as { events: AccessEvent[] }
    setEvents(body.events)
  }, [id, t])

  useEffect(() => {
    if (officer) void load()
  }, [load, officer])

  if (!id || !officer) return null

  const erase = async () => {
    const reason = window.prompt(t('cms:privacy:eraseReason'))
    if (!reason) return
    const res = await fetch(`/api/consents/${id}/erase`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reason }),
    })
    const body = (await res.json()) as { errors?: { message: string }[] }
    if (res.ok) window.location.reload()
    else setMessage(t('cms:privacy:failed', { message: body.errors?.[0]?.message ?? String(res.status) }))
  }

  const purposeLabel = (value: string | null) => {
    const purpose = ACCESS_PURPOSES.find((p) => p.value === value)
    return purpose ? pick(purpose.label, purpose.value, t) : (value ?? '')
  }

  return (
    <div className={styles.box} data-testid="access-log">
      <h4 className={styles.title}>{t('cms:privacy:logTitle')}</h4>
      <div className={styles.actions}>
        <a href={`/api/consents/${id}/export`} className={styles.link}>
          {t('cms:privacy:export')}
        </a>
        <button type="button" className={styles.danger} onClick={() => void erase()}>
          {t('cms:privacy:erase')}
        </button>
      </div>
      {message && <p className={styles.error}>{message}</p>}
      {events === null && !message && <p>{t('cms:privacy:logLoading')}</p>}
      {events?.length === 0 && <p>{t('cms:privacy:logEmpty')}</p>}
      {events && events.length > 0 && (
        <table className={styles.table}>
          <thead>
            <tr>
              <th>{t('cms:privacy:at')}</th>
              <th>{t('cms:privacy:actor')}</th>
              <th>{t('cms:privacy:action')}</th>
              <th>{t('cms:privacy:purpose')}</th>
              <th>{t('cms:privacy:fields')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event, index) => (
              <tr key={`${event.at}-${index}`}>
                <td>{new Date(event.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</td>
                <td>{event.actor ?? '—'}</td>
                <td>{event.action}</td>
                <td>{purposeLabel(event.purpose)}</td>
                <td>{event.fields?.join(', ') ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
