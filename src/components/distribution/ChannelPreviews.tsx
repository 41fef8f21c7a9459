'use client'
// 渠道预览 under the edit form: the saved version as every enabled channel would receive it, side
// by side, with each channel's rule violations; then this piece's 分发记录 with retry and cancel
// for publishers. Previews come from the server's renderer, so what is shown is what is sent.
import { useAuth, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import styles from './ChannelPreviews.module.scss'
import { pick, useCmsTranslation } from '../i18n'
import {
  DISTRIBUTIONS_CHANGED,
  type Distribution,
  EVENT_LABELS,
  OutputView,
  StatusText,
  type Violation,
  Violations,
  buttonClass,
  canManageDistributions,
  distributionAction,
  envelopeMessage,
  formatTime,
  kindLabel,
} from './previewParts'

type Channel = { id: number | string; name: string; kind: string; delivery?: { disabledAt?: string | null } | null }
type Preview = {
  contentType: string
  output: string
  fields: Record<string, unknown>
  violations: Violation[]
  approved: boolean
}
// An error holds the server's message, or null when it gave none (the card then says 预览生成失败).
type PreviewState = { loading: true } | { loading: false; preview: Preview } | { loading: false; error: string | null }

const PreviewCard: React.FC<{ channel: Channel; state: PreviewState | undefined }> = ({ channel, state }) => {
  const { t } = useCmsTranslation()
  const preview = state && !state.loading && 'preview' in state ? state.preview : null
  const ok = preview ? preview.violations.length === 0 : null
  return (
    <section
      data-testid="channel-preview-card"
      data-channel-kind={channel.kind}
      data-ok={ok === null ? undefined : String(ok)}
      className={styles.card}
    >
      <header className={styles.cardHeader}>
        <div>
          <strong>{channel.name}</strong>
          <div className={styles.muted}>{kindLabel(channel.kind, t)}</div>
        </div>
        {ok === null ? null : (
          <span
            data-testid="preview-badge"
            title={ok ? t('cms:channelPreviews:meetsRules') : t('cms:channelPreviews:breaksRules')}
            className={`${styles.badge} ${ok ? styles.badgeOk : styles.badgeBroken}`}
          >
            {ok ? '✓' : '✗'}
          </span>
        )}
      </header>
      {channel.delivery?.disabledAt ? (
        <div className={styles.receiverDisabled}>{t('cms:channelPreviews:receiverDisabled')}</div>
      ) : null}
      {!state || state.loading ? <div className={styles.muted}>{t('cms:channelPreviews:rendering')}</div> : null}
      {state && !state.loading && 'error' in state ? (
        <div className={styles.previewError}>{state.error ?? t('cms:channelPreviews:previewFailed')}</div>
      ) : null}
      {preview ? (
        <>
          <Violations violations={preview.violations} />
          <OutputView
            contentType={preview.contentType}
            output={preview.output}
            fields={preview.fields}
            kind={channel.kind}
            title={t('cms:channelPreviews:previewTitle', { name: channel.name })}
          />
        </>
      ) : null}
    </section>
  )
}

const DistributionTable: React.FC<{
  rows: Distribution[]
  manage: boolean
  adminRoute: string
  onChanged: () => void
}> = ({ rows, manage, adminRoute, onChanged }) => {
  const { t } = useCmsTranslation()
  const [cancelling, setCancelling] = useState<number | string | null>(null)
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  const run = async (id: number | string, verb: 'retry' | 'cancel') => {
    setMessage(null)
    const result = await distributionAction(t, id, verb, reason)
    setMessage(result)
    if (result.ok) {
      setCancelling(null)
      setReason('')
    }
    onChanged()
  }

  if (rows.length === 0) return <div className={styles.muted}>{t('cms:channelPreviews:noDistributions')}</div>
  return (
    <>
      <div className={styles.tableWrap}>
        <table data-testid="distribution-table" className={styles.table}>
          <thead>
            <tr>
              {[
                t('cms:channelPreviews:status'),
                t('cms:channelPreviews:channel'),
                t('cms:channelPreviews:event'),
                t('cms:channelPreviews:scheduled'),
                t('cms:channelPreviews:delivered'),
                t('cms:channelPreviews:attempts'),
                t('cms:channelPreviews:lastError'),
                ...(manage ? [t('cms:channelPreviews:actions')] : []),
              ].map((label) => (
                <th key={label} className={`${styles.cell} ${styles.head}`}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const channel = row.channel && typeof row.channel === 'object' ? row.channel : null
              const channelId = typeof row.channel === 'number' || typeof row.channel === 'string' ? row.channel : ''
              return (
                <tr key={row.id} data-testid="distribution-row" data-status={row.status}>
                  <td className={styles.cell}>
                    <a href={`${adminRoute}/collections/distributions/${row.id}`}>
                      <StatusText status={row.status} />
                    </a>
                  </td>
                  <td className={styles.cell}>
                    {channel ? channel.name : `#${channelId}`}
                    {channel ? <div className={styles.muted}>{kindLabel(channel.kind, t)}</div> : null}
                  </td>
                  <td className={styles.cell}>{pick(EVENT_LABELS[row.event], row.event, t)}</td>
                  <td className={styles.cell}>
                    {formatTime(row.scheduledAt)}
                    {row.status === 'scheduled' && row.nextAttemptAt && row.nextAttemptAt !== row.scheduledAt ? (
                      <div className={styles.muted}>
                        {t('cms:channelPreviews:nextAttempt')} {formatTime(row.nextAttemptAt)}
                      </div>
                    ) : null}
                  </td>
                  <td className={styles.cell}>{formatTime(row.deliveredAt)}</td>
                  <td className={styles.cell}>{row.attemptCount ?? 0}</td>
                  <td className={`${styles.cell} ${styles.errorCell} ${row.lastError ? styles.hasError : ''}`}>
                    {row.lastError ||
                      (row.cancelReason ? <span className={styles.muted}>{row.cancelReason}</span> : '—')}
                  </td>
                  {manage ? (
                    <td className={`${styles.cell} ${styles.actionsCell}`}>
                      {row.status === 'failed' ? (
                        <button type="button" className={buttonClass} onClick={() => void run(row.id, 'retry')}>
                          {t('cms:distributions:retry')}
                        </button>
                      ) : null}
                      {row.status === 'scheduled' && cancelling !== row.id ? (
                        <button
                          type="button"
                          className={buttonClass}
                          onClick={() => (setCancelling(row.id), setReason(''))}
                        >
                          {t('cms:distributions:cancel')}
                        </button>
                      ) : null}
                      {row.status === 'scheduled' && cancelling === row.id ? (
                        <span>
                          <input
                            placeholder={t('cms:distributions:cancelReason')}
                            value={reason}
                            onChange={(event) => setReason(event.target.value)}
                            // Inside the document form: Enter must cancel the distribution, not save the document.
                            onKeyDown={(event) => {
                              if (event.key === 'Enter') {
                                event.preventDefault()
                                void run(row.id, 'cancel')
                              }
                            }}
                            className={styles.reason}
                          />
                          <button type="button" className={buttonClass} onClick={() => void run(row.id, 'cancel')}>
                            {t('cms:channelPreviews:confirmCancel')}
                          </button>
                          <button type="button" className={buttonClass} onClick={() => setCancelling(null)}>
                            {t('cms:channelPreviews:back')}
                          </button>
                        </span>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {message ? (
        <div data-testid="distribution-message" className={message.ok ? styles.messageOk : styles.messageError}>
          {message.text}
        </div>
      ) : null}
    </>
  )
}

export const ChannelPreviews: React.FC = () => {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const modified = useFormModified()
  const { t } = useCmsTranslation()
  const [channels, setChannels] = useState<Channel[] | null>(null)
  const [previews, setPreviews] = useState<Record<string, PreviewState>>({})
  const [channelError, setChannelError] = useState<{ message: string | null } | null>(null)
  const [distributions, setDistributions] = useState<Distribution[] | null>(null)
  const [refreshedAt, setRefreshedAt] = useState<string | null>(null)
  const adminRoute = config.routes?.admin ?? '/admin'
  // Only the latest refresh may write its results; an older one still in flight is ignored.
  const generation = useRef(0)

  const loadPreviews = useCallback(async () => {
    if (!id || !collectionSlug) return
    const mine = ++generation.current
    setChannelError(null)
    const res = await fetch('/api/channels?where[enabled][equals]=true&limit=100&depth=0&sort=createdAt', {
      credentials: 'include',
    })
    const body = await res.json().catch(() => ({}))
    if (!res.ok) {
      if (mine === generation.current) setChannelError({ message: envelopeMessage(body) })
      return
    }
    const list = (body.docs ?? []) as Channel[]
    if (mine !== generation.current) return
    setChannels(list)
    setPreviews(Object.fromEntries(list.map((channel) => [String(channel.id), { loading: true }])))
    await Promise.all(
      list.map(async (channel) => {
        const answer = await fetch(`/api/channels/${channel.id}/preview?collection=${collectionSlug}&id=${id}`, {
          credentials: 'include',
        }).catch(() => null)
        const json = answer ? await answer.json().catch(() => ({})) : {}
        const state: PreviewState =
          answer?.ok && typeof json.output === 'string'
            ? {
                loading: false,
                preview: {
                  contentType: String(json.contentType ?? 'text/plain'),
                  output: json.output,
                  fields: json.fields ?? {},
                  violations: json.violations ?? [],
                  approved: Boolean(json.approved),
                },
              }
            : { loading: false, error: envelopeMessage(json) }
        if (mine === generation.current) setPreviews((current) => ({ ...current, [String(channel.id)]: state }))
      }),
    )
    if (mine === generation.current) setRefreshedAt(new Date().toISOString())
  }, [id, collectionSlug])

  const loadDistributions = useCallback(async () => {
    if (!id || !collectionSlug) return
    const res = await fetch(
      `/api/distributions?where[contentCollection][equals]=${collectionSlug}&where[contentId][equals]=${id}&depth=1&sort=-createdAt&limit=100`,
      {
        credentials: 'include',
      },
    )
    const body = await res.json().catch(() => ({}))
    setDistributions(res.ok ? ((body.docs ?? []) as Distribution[]) : [])
  }, [id, collectionSlug])

  // Reload after every save (lastUpdateTime moves) so the previews follow the saved version.
  useEffect(() => {
    void loadPreviews()
  }, [loadPreviews, lastUpdateTime])

  useEffect(() => {
    void loadDistributions()
    const reload = () => void loadDistributions()
    window.addEventListener(DISTRIBUTIONS_CHANGED, reload)
    return () => window.removeEventListener(DISTRIBUTIONS_CHANGED, reload)
  }, [loadDistributions, lastUpdateTime])

  if (!id) return <div className={styles.box}>{t('cms:channelPreviews:unsaved')}</div>

  const failing = channels?.filter((channel) => {
    const state = previews[String(channel.id)]
    return state && !state.loading && 'preview' in state && state.preview.violations.length > 0
  }).length

  return (
    <div data-testid="channel-previews" className={styles.box}>
      <div className={styles.toolbar}>
        <h3 className={styles.title}>{t('cms:channelPreviews:title')}</h3>
        <button
          type="button"
          className={buttonClass}
          onClick={() => void Promise.all([loadPreviews(), loadDistributions()])}
        >
          {t('cms:channelPreviews:refresh')}
        </button>
        <span className={styles.muted}>
          {t('cms:channelPreviews:savedVersion')}
          {refreshedAt ? ` · ${formatTime(refreshedAt)}` : ''}
        </span>
        {channels && failing !== undefined ? (
          <span className={failing ? styles.verdictFailing : styles.verdictFits}>
            {failing ? t('cms:channelPreviews:failing', { count: failing }) : t('cms:channelPreviews:allFit')}
          </span>
        ) : null}
      </div>
      {modified ? <div className={styles.warning}>{t('cms:channelPreviews:unsavedChanges')}</div> : null}
      {channelError ? (
        <div className={styles.error}>{channelError.message ?? t('cms:channelPreviews:channelsFailed')}</div>
      ) : null}
      {channels && channels.length === 0 ? (
        <div className={styles.empty}>{t('cms:channelPreviews:noChannels')}</div>
      ) : null}
      <div data-testid="channel-preview-row" className={styles.cards}>
        {(channels ?? []).map((channel) => (
          <PreviewCard key={channel.id} channel={channel} state={previews[String(channel.id)]} />
        ))}
      </div>

      <h3 className={styles.section}>{t('cms:channelPreviews:distributions')}</h3>
      {distributions === null ? (
        <div className={styles.muted}>{t('cms:channelPreviews:loading')}</div>
      ) : (
        <DistributionTable
          rows={distributions}
          manage={canManageDistributions(user)}
          adminRoute={adminRoute}
          onChanged={() => void loadDistributions()}
        />
      )}
    </div>
  )
}
