'use client'
// 分发 sidebar panel on a distribution: where it stands, every delivery attempt, retry or cancel
// for publishers, and exactly what was (or will be) sent, shown as the channel preview shows it.
import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import styles from './DistributionPanel.module.scss'
import { pick, useCmsTranslation } from '../i18n'
import {
  AttemptsTimeline,
  DISTRIBUTIONS_CHANGED,
  type Distribution,
  EVENT_LABELS,
  OutputView,
  StatusText,
  buttonClass,
  canManageDistributions,
  distributionAction,
  formatTime,
  kindLabel,
} from './previewParts'

export const DistributionPanel: React.FC = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const router = useRouter()
  const { t } = useCmsTranslation()
  const [doc, setDoc] = useState<Distribution | null>(null)
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(`/api/distributions/${id}?depth=1`, { credentials: 'include' })
    if (res.ok) setDoc(await res.json())
  }, [id])

  useEffect(() => {
    void load()
    const reload = () => void load()
    window.addEventListener(DISTRIBUTIONS_CHANGED, reload)
    return () => window.removeEventListener(DISTRIBUTIONS_CHANGED, reload)
  }, [load])

  const act = async (verb: 'retry' | 'cancel') => {
    if (!id) return
    setMessage(null)
    const result = await distributionAction(t, id, verb, reason)
    setMessage(result)
    if (result.ok) setReason('')
    await load()
    router.refresh()
  }

  if (!id) return <div className={styles.box}>{t('cms:distributionPanel:unsaved')}</div>
  if (!doc) return <div className={styles.box}>{t('cms:distributionPanel:loading')}</div>

  const channel = doc.channel && typeof doc.channel === 'object' ? doc.channel : null
  const manage = canManageDistributions(user)
  const rendered = doc.rendered?.body ? doc.rendered : null
  const contentHref =
    doc.contentCollection && doc.contentId
      ? `${config.routes?.admin ?? '/admin'}/collections/${doc.contentCollection}/${doc.contentId}`
      : null

  return (
    <div className={styles.box} data-testid="distribution-panel">
      <h4 className={styles.title}>{t('cms:distributionPanel:title')}</h4>
      <div className={styles.row}>
        {t('cms:distributionPanel:status')}：<StatusText status={doc.status} />
        {' · '}
        {pick(EVENT_LABELS[doc.event], doc.event, t)}
      </div>
      {channel ? (
        <div className={styles.row}>
          {t('cms:distributionPanel:channel')}：{channel.name}{' '}
          <span className={styles.muted}>{kindLabel(channel.kind, t)}</span>
        </div>
      ) : null}
      {contentHref ? (
        <div className={styles.row}>
          {t('cms:distributionPanel:content')}：<a href={contentHref}>{doc.title || `#${doc.contentId}`}</a>
        </div>
      ) : null}
      <div className={styles.row}>
        {t('cms:distributionPanel:scheduled')}：{formatTime(doc.scheduledAt)}
      </div>
      {doc.status === 'scheduled' && doc.nextAttemptAt ? (
        <div className={styles.row}>
          {t('cms:distributionPanel:nextAttempt')}：{formatTime(doc.nextAttemptAt)}
        </div>
      ) : null}
      {doc.deliveredAt ? (
        <div className={styles.row}>
          {t('cms:distributionPanel:delivered')}：{formatTime(doc.deliveredAt)}
        </div>
      ) : null}
      <div className={styles.row}>
        {t('cms:distributionPanel:attempts')}：{doc.attemptCount ?? 0}
      </div>
      {doc.lastError ? <div className={`${styles.row} ${styles.error}`}>{doc.lastError}</div> : null}
      {doc.cancelReason ? (
        <div className={`${styles.row} ${styles.muted}`}>
          {t('cms:distributionPanel:reason')}：{doc.cancelReason}
        </div>
      ) : null}

      {manage && doc.status === 'failed' ? (
        <button type="button" className={`${buttonClass} ${styles.spaced}`} onClick={() => void act('retry')}>
          {t('cms:distributions:retry')}
        </button>
      ) : null}
      {manage && doc.status === 'scheduled' ? (
        <div className={styles.spaced}>
          <input
            placeholder={t('cms:distributions:cancelReason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            // Inside the document form: Enter must not save the document.
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                void act('cancel')
              }
            }}
            className={styles.reason}
          />
          <button type="button" className={buttonClass} onClick={() => void act('cancel')}>
            {t('cms:distributions:cancel')}
          </button>
        </div>
      ) : null}
      {message ? (
        <div data-testid="distribution-message" className={message.ok ? styles.messageOk : styles.messageError}>
          {message.text}
        </div>
      ) : null}

      <h4 className={styles.section}>{t('cms:distributionPanel:history')}</h4>
      <AttemptsTimeline attempts={doc.attempts ?? []} />

      <h4 className={styles.section}>{t('cms:distributionPanel:sent')}</h4>
      {rendered ? (
        <>
          {rendered.objectKey ? <div className={styles.objectKey}>{rendered.objectKey}</div> : null}
          <OutputView
            contentType={rendered.contentType ?? 'text/plain'}
            output={rendered.body ?? ''}
            kind={channel?.kind}
            title={t('cms:distributionPanel:sent')}
          />
        </>
      ) : (
        <div className={styles.muted}>{t('cms:distributionPanel:renderedLater')}</div>
      )}
    </div>
  )
}
