'use client'
// 渠道预览 under the edit form: the saved version as every enabled channel would receive it, side
// by side, with each channel's rule violations; then this piece's 分发记录 with retry and cancel
// for publishers. Previews come from the server's renderer, so what is shown is what is sent.
import { useAuth, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import {
  DISTRIBUTIONS_CHANGED,
  type Distribution,
  EVENT_LABELS,
  OutputView,
  type Say,
  StatusText,
  type Violation,
  Violations,
  buttonStyle,
  canManageDistributions,
  distributionAction,
  errorText,
  formatTime,
  kindLabel,
  pick,
  useSay,
} from './previewParts'

type Channel = { id: number | string; name: string; kind: string; delivery?: { disabledAt?: string | null } | null }
type Preview = { contentType: string; output: string; fields: Record<string, unknown>; violations: Violation[]; approved: boolean }
type PreviewState = { loading: true } | { loading: false; preview: Preview } | { loading: false; error: string }

// min-width 0: inside the form's flex/grid column the row must scroll, not widen the page.
const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16, margin: '24px 0', minWidth: 0, maxWidth: '100%' }
const CARD_WIDTH = 380
const card: React.CSSProperties = { flex: `0 0 ${CARD_WIDTH}px`, width: CARD_WIDTH, border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, background: 'var(--theme-elevation-0)' }
const cell: React.CSSProperties = { borderBottom: '1px solid var(--theme-elevation-100)', padding: '6px 8px', textAlign: 'left', verticalAlign: 'top' }
const muted: React.CSSProperties = { color: 'var(--theme-elevation-500)', fontSize: 12 }

const PreviewCard: React.FC<{ channel: Channel; state: PreviewState | undefined; say: Say }> = ({ channel, state, say }) => {
  const preview = state && !state.loading && 'preview' in state ? state.preview : null
  const ok = preview ? preview.violations.length === 0 : null
  return (
    <section data-testid="channel-preview-card" data-channel-kind={channel.kind} data-ok={ok === null ? undefined : String(ok)} style={card}>
      <header style={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: 8 }}>
        <div>
          <strong>{channel.name}</strong>
          <div style={muted}>{kindLabel(channel.kind, say)}</div>
        </div>
        {ok === null ? null : (
          <span
            data-testid="preview-badge"
            title={ok ? say('符合渠道要求', 'meets the channel rules') : say('不符合渠道要求', 'breaks the channel rules')}
            style={{ fontWeight: 700, fontSize: 18, color: ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}
          >
            {ok ? '✓' : '✗'}
          </span>
        )}
      </header>
      {channel.delivery?.disabledAt ? <div style={{ color: 'var(--theme-warning-600)', fontSize: 12 }}>{say('接收方已停用该渠道，暂不投递', 'disabled by its receiver')}</div> : null}
      {!state || state.loading ? <div style={muted}>{say('正在生成预览…', 'Rendering…')}</div> : null}
      {state && !state.loading && 'error' in state ? <div style={{ color: 'var(--theme-error-600)' }}>{state.error}</div> : null}
      {preview ? (
        <>
          <Violations violations={preview.violations} say={say} />
          <OutputView contentType={preview.contentType} output={preview.output} fields={preview.fields} kind={channel.kind} title={`${channel.name} 预览`} say={say} />
        </>
      ) : null}
    </section>
  )
}

const DistributionTable: React.FC<{ rows: Distribution[]; manage: boolean; adminRoute: string; onChanged: () => void; say: Say }> = ({ rows, manage, adminRoute, onChanged, say }) => {
  const [cancelling, setCancelling] = useState<number | string | null>(null)
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  const run = async (id: number | string, verb: 'retry' | 'cancel') => {
    setMessage(null)
    const result = await distributionAction(id, verb, reason)
    setMessage(result)
    if (result.ok) {
      setCancelling(null)
      setReason('')
    }
    onChanged()
  }

  if (rows.length === 0) return <div style={muted}>{say('尚无分发记录', 'No distributions yet')}</div>
  return (
    <>
      <div style={{ overflowX: 'auto' }}>
        <table data-testid="distribution-table" style={{ width: '100%', borderCollapse: 'collapse', fontSize: 13 }}>
          <thead>
            <tr>
              {[
                say('状态', 'Status'),
                say('渠道', 'Channel'),
                say('事件', 'Event'),
                say('计划时间', 'Scheduled'),
                say('送达时间', 'Delivered'),
                say('尝试', 'Attempts'),
                say('最近错误', 'Last error'),
                ...(manage ? [say('操作', 'Actions')] : []),
              ].map((label) => (
                <th key={label} style={{ ...cell, fontWeight: 600 }}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const channel = row.channel && typeof row.channel === 'object' ? row.channel : null
              return (
                <tr key={row.id} data-testid="distribution-row" data-status={row.status}>
                  <td style={cell}>
                    <a href={`${adminRoute}/collections/distributions/${row.id}`}>
                      <StatusText status={row.status} say={say} />
                    </a>
                  </td>
                  <td style={cell}>
                    {channel ? channel.name : `#${String(row.channel ?? '')}`}
                    {channel ? <div style={muted}>{kindLabel(channel.kind, say)}</div> : null}
                  </td>
                  <td style={cell}>{pick(EVENT_LABELS[row.event], row.event, say)}</td>
                  <td style={cell}>
                    {formatTime(row.scheduledAt)}
                    {row.status === 'scheduled' && row.nextAttemptAt && row.nextAttemptAt !== row.scheduledAt ? (
                      <div style={muted}>
                        {say('下次尝试', 'next')} {formatTime(row.nextAttemptAt)}
                      </div>
                    ) : null}
                  </td>
                  <td style={cell}>{formatTime(row.deliveredAt)}</td>
                  <td style={cell}>{row.attemptCount ?? 0}</td>
                  <td style={{ ...cell, maxWidth: 280, wordBreak: 'break-word', color: row.lastError ? 'var(--theme-error-600)' : undefined }}>
                    {row.lastError || (row.cancelReason ? <span style={muted}>{row.cancelReason}</span> : '—')}
                  </td>
                  {manage ? (
                    <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                      {row.status === 'failed' ? (
                        <button type="button" style={buttonStyle} onClick={() => run(row.id, 'retry')}>
                          {say('重试', 'Retry')}
                        </button>
                      ) : null}
                      {row.status === 'scheduled' && cancelling !== row.id ? (
                        <button type="button" style={buttonStyle} onClick={() => (setCancelling(row.id), setReason(''))}>
                          {say('取消', 'Cancel')}
                        </button>
                      ) : null}
                      {row.status === 'scheduled' && cancelling === row.id ? (
                        <span>
                          <input
                            placeholder={say('取消原因', 'Reason')}
                            value={reason}
                            onChange={(event) => setReason(event.target.value)}
                            // Inside the document form: Enter must cancel the distribution, not save the document.
                            onKeyDown={(event) => {
                              if (event.key === 'Enter') {
                                event.preventDefault()
                                void run(row.id, 'cancel')
                              }
                            }}
                            style={{ width: 120, marginRight: 4 }}
                          />
                          <button type="button" style={buttonStyle} onClick={() => run(row.id, 'cancel')}>
                            {say('确认取消', 'Confirm')}
                          </button>
                          <button type="button" style={buttonStyle} onClick={() => setCancelling(null)}>
                            {say('返回', 'Back')}
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
        <div data-testid="distribution-message" style={{ marginTop: 8, color: message.ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>
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
  const say = useSay()
  const [channels, setChannels] = useState<Channel[] | null>(null)
  const [previews, setPreviews] = useState<Record<string, PreviewState>>({})
  const [channelError, setChannelError] = useState<string | null>(null)
  const [distributions, setDistributions] = useState<Distribution[] | null>(null)
  const [refreshedAt, setRefreshedAt] = useState<string | null>(null)
  const adminRoute = config.routes?.admin ?? '/admin'
  // Only the latest refresh may write its results; an older one still in flight is ignored.
  const generation = useRef(0)

  const loadPreviews = useCallback(async () => {
    if (!id || !collectionSlug) return
    const mine = ++generation.current
    setChannelError(null)
    const res = await fetch('/api/channels?where[enabled][equals]=true&limit=100&depth=0&sort=createdAt', { credentials: 'include' })
    const body = await res.json().catch(() => ({}))
    if (!res.ok) {
      if (mine === generation.current) setChannelError(errorText(body, '无法读取渠道列表'))
      return
    }
    const list = (body.docs ?? []) as Channel[]
    if (mine !== generation.current) return
    setChannels(list)
    setPreviews(Object.fromEntries(list.map((channel) => [String(channel.id), { loading: true } as PreviewState])))
    await Promise.all(
      list.map(async (channel) => {
        const answer = await fetch(`/api/channels/${channel.id}/preview?collection=${collectionSlug}&id=${id}`, { credentials: 'include' }).catch(() => null)
        const json = answer ? await answer.json().catch(() => ({})) : {}
        const state: PreviewState =
          answer?.ok && typeof json.output === 'string'
            ? { loading: false, preview: { contentType: String(json.contentType ?? 'text/plain'), output: json.output, fields: json.fields ?? {}, violations: json.violations ?? [], approved: Boolean(json.approved) } }
            : { loading: false, error: errorText(json, '预览生成失败') }
        if (mine === generation.current) setPreviews((current) => ({ ...current, [String(channel.id)]: state }))
      }),
    )
    if (mine === generation.current) setRefreshedAt(new Date().toISOString())
  }, [id, collectionSlug])

  const loadDistributions = useCallback(async () => {
    if (!id || !collectionSlug) return
    const res = await fetch(`/api/distributions?where[contentCollection][equals]=${collectionSlug}&where[contentId][equals]=${id}&depth=1&sort=-createdAt&limit=100`, {
      credentials: 'include',
    })
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

  if (!id) return <div style={box}>{say('保存后即可查看各渠道预览。', 'Save to preview on every channel.')}</div>

  const failing = channels?.filter((channel) => {
    const state = previews[String(channel.id)]
    return state && !state.loading && 'preview' in state && state.preview.violations.length > 0
  }).length

  return (
    <div data-testid="channel-previews" style={box}>
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 12, flexWrap: 'wrap' }}>
        <h3 style={{ margin: 0 }}>{say('渠道预览', 'Channel previews')}</h3>
        <button type="button" style={buttonStyle} onClick={() => void Promise.all([loadPreviews(), loadDistributions()])}>
          {say('刷新预览', 'Refresh')}
        </button>
        <span style={muted}>
          {say('预览基于已保存的版本', 'Previews show the saved version')}
          {refreshedAt ? ` · ${formatTime(refreshedAt)}` : ''}
        </span>
        {channels && failing !== undefined ? (
          <span style={{ fontSize: 13, color: failing ? 'var(--theme-error-600)' : 'var(--theme-success-600)' }}>
            {failing ? say(`${failing} 个渠道不符合要求`, `${failing} channel(s) refuse it`) : say('所有渠道均符合要求', 'fits every channel')}
          </span>
        ) : null}
      </div>
      {modified ? <div style={{ color: 'var(--theme-warning-600)', marginTop: 6 }}>{say('有未保存的修改，保存后预览才会更新。', 'Unsaved changes are not in the preview until saved.')}</div> : null}
      {channelError ? <div style={{ color: 'var(--theme-error-600)', marginTop: 6 }}>{channelError}</div> : null}
      {channels && channels.length === 0 ? <div style={{ ...muted, marginTop: 8 }}>{say('没有启用的渠道', 'No enabled channels')}</div> : null}
      <div data-testid="channel-preview-row" style={{ display: 'flex', flexWrap: 'nowrap', gap: 12, overflowX: 'auto', alignItems: 'flex-start', padding: '12px 0' }}>
        {(channels ?? []).map((channel) => (
          <PreviewCard key={channel.id} channel={channel} state={previews[String(channel.id)]} say={say} />
        ))}
      </div>

      <h3 style={{ margin: '16px 0 8px' }}>{say('分发记录', 'Distributions')}</h3>
      {distributions === null ? (
        <div style={muted}>{say('正在读取…', 'Loading…')}</div>
      ) : (
        <DistributionTable rows={distributions} manage={canManageDistributions(user)} adminRoute={adminRoute} onChanged={() => void loadDistributions()} say={say} />
      )}
    </div>
  )
}
