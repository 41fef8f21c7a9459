'use client'
// 分发告警 on the dashboard: deliveries that failed for good and channels their receiver switched
// off (HTTP 410). Shows nothing when all is well; publishers can retry from here.
import { useAuth, useConfig } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import styles from './DeliveryAlerts.module.scss'
import { useCmsTranslation } from '../i18n'
import {
  type Distribution,
  buttonClass,
  canManageDistributions,
  distributionAction,
  formatTime,
  kindLabel,
} from './previewParts'

type DisabledChannel = {
  id: number | string
  name: string
  kind: string
  delivery?: { disabledAt?: string | null; disabledReason?: string | null } | null
}

const docsOf = async (url: string): Promise<any[]> => {
  const res = await fetch(url, { credentials: 'include' }).catch(() => null)
  if (!res?.ok) return []
  return ((await res.json().catch(() => ({}))).docs ?? []) as any[]
}

export const DeliveryAlerts: React.FC = () => {
  const { user } = useAuth()
  const { config } = useConfig()
  const { t } = useCmsTranslation()
  const [failed, setFailed] = useState<Distribution[] | null>(null)
  const [disabled, setDisabled] = useState<DisabledChannel[]>([])
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const adminRoute = config.routes?.admin ?? '/admin'

  const load = useCallback(async () => {
    const [distributions, channels] = await Promise.all([
      docsOf('/api/distributions?where[status][equals]=failed&sort=-updatedAt&limit=20&depth=1'),
      docsOf('/api/channels?where[delivery.disabledAt][exists]=true&limit=100&depth=0'),
    ])
    setFailed(distributions as Distribution[])
    setDisabled(channels as DisabledChannel[])
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  const retry = async (id: number | string) => {
    setMessage(null)
    setMessage(await distributionAction(t, id, 'retry'))
    await load()
  }

  if (failed === null || (failed.length === 0 && disabled.length === 0 && !message)) return null
  const manage = canManageDistributions(user)
  return (
    <div data-testid="delivery-alerts" className={styles.box}>
      <h3 className={styles.title}>{t('cms:deliveryAlerts:title')}</h3>
      {failed.length > 0 ? (
        <>
          <strong>{t('cms:deliveryAlerts:failed', { count: failed.length })}</strong>
          <ul className={styles.failedList}>
            {failed.map((d) => {
              const channel = d.channel && typeof d.channel === 'object' ? d.channel : null
              return (
                <li key={d.id} data-testid="failed-distribution" className={styles.failedItem}>
                  <a href={`${adminRoute}/collections/distributions/${d.id}`}>{d.title || `#${d.id}`}</a>
                  {' · '}
                  {channel ? channel.name : t('cms:deliveryAlerts:unknownChannel')}
                  {' · '}
                  <span className={styles.muted}>
                    {t('cms:deliveryAlerts:attempts')} {d.attemptCount ?? 0} ·{' '}
                    {formatTime(d.nextAttemptAt ?? d.scheduledAt)}
                  </span>
                  {manage ? (
                    <button type="button" className={`${buttonClass} ${styles.retry}`} onClick={() => void retry(d.id)}>
                      {t('cms:distributions:retry')}
                    </button>
                  ) : null}
                  {d.lastError ? <div className={styles.error}>{d.lastError}</div> : null}
                </li>
              )
            })}
          </ul>
        </>
      ) : null}
      {disabled.length > 0 ? (
        <>
          <strong>{t('cms:deliveryAlerts:disabledChannels', { count: disabled.length })}</strong>
          <ul className={styles.disabledList}>
            {disabled.map((channel) => (
              <li key={channel.id} data-testid="disabled-channel">
                <a href={`${adminRoute}/collections/channels/${channel.id}`}>{channel.name}</a>
                {' · '}
                <span className={styles.muted}>
                  {kindLabel(channel.kind, t)} · {t('cms:deliveryAlerts:disabledSince')}{' '}
                  {formatTime(channel.delivery?.disabledAt)}
                </span>
                {channel.delivery?.disabledReason ? (
                  <div className={styles.muted}>{channel.delivery.disabledReason}</div>
                ) : null}
              </li>
            ))}
          </ul>
          <div className={styles.muted}>{t('cms:deliveryAlerts:resumeHint')}</div>
        </>
      ) : null}
      {message ? <div className={message.ok ? styles.messageOk : styles.messageError}>{message.text}</div> : null}
    </div>
  )
}
