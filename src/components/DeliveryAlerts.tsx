'use client'
// 分发告警 on the dashboard: deliveries that failed for good and channels their receiver switched
// off (HTTP 410). Shows nothing when all is well; publishers can retry from here.
import { useAuth, useConfig } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { type Distribution, buttonStyle, canManageDistributions, distributionAction, formatTime, kindLabel, useSay } from './previewParts'

type DisabledChannel = { id: number | string; name: string; kind: string; delivery?: { disabledAt?: string | null; disabledReason?: string | null } | null }

const muted: React.CSSProperties = { color: 'var(--theme-elevation-500)', fontSize: 12 }

const docsOf = async (url: string): Promise<any[]> => {
  const res = await fetch(url, { credentials: 'include' }).catch(() => null)
  if (!res?.ok) return []
  return ((await res.json().catch(() => ({}))).docs ?? []) as any[]
}

export const DeliveryAlerts: React.FC = () => {
  const { user } = useAuth()
  const { config } = useConfig()
  const say = useSay()
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
    setMessage(await distributionAction(id, 'retry'))
    await load()
  }

  if (failed === null || (failed.length === 0 && disabled.length === 0 && !message)) return null
  const manage = canManageDistributions(user)
  return (
    <div data-testid="delivery-alerts" style={{ border: '1px solid var(--theme-error-500)', borderRadius: 4, padding: 16, marginBottom: 24 }}>
      <h3 style={{ marginTop: 0 }}>{say('分发告警', 'Delivery alerts')}</h3>
      {failed.length > 0 ? (
        <>
          <strong>{say(`发送失败（${failed.length}）`, `Failed (${failed.length})`)}</strong>
          <ul style={{ paddingLeft: 16, margin: '4px 0 12px' }}>
            {failed.map((d) => {
              const channel = d.channel && typeof d.channel === 'object' ? d.channel : null
              return (
                <li key={d.id} data-testid="failed-distribution" style={{ marginBottom: 4 }}>
                  <a href={`${adminRoute}/collections/distributions/${d.id}`}>{d.title || `#${d.id}`}</a>
                  {' · '}
                  {channel ? channel.name : say('未知渠道', 'unknown channel')}
                  {' · '}
                  <span style={muted}>
                    {say('尝试', 'attempts')} {d.attemptCount ?? 0} · {formatTime(d.nextAttemptAt ?? d.scheduledAt)}
                  </span>
                  {manage ? (
                    <button type="button" style={{ ...buttonStyle, marginLeft: 8 }} onClick={() => retry(d.id)}>
                      {say('重试', 'Retry')}
                    </button>
                  ) : null}
                  {d.lastError ? <div style={{ color: 'var(--theme-error-600)', wordBreak: 'break-word' }}>{d.lastError}</div> : null}
                </li>
              )
            })}
          </ul>
        </>
      ) : null}
      {disabled.length > 0 ? (
        <>
          <strong>{say(`接收方已停用的渠道（${disabled.length}）`, `Channels disabled by their receiver (${disabled.length})`)}</strong>
          <ul style={{ paddingLeft: 16, margin: '4px 0 0' }}>
            {disabled.map((channel) => (
              <li key={channel.id} data-testid="disabled-channel">
                <a href={`${adminRoute}/collections/channels/${channel.id}`}>{channel.name}</a>
                {' · '}
                <span style={muted}>
                  {kindLabel(channel.kind, say)} · {say('停用于', 'since')} {formatTime(channel.delivery?.disabledAt)}
                </span>
                {channel.delivery?.disabledReason ? <div style={muted}>{channel.delivery.disabledReason}</div> : null}
              </li>
            ))}
          </ul>
          <div style={muted}>{say('在渠道页面清空“接收方已停用”后恢复投递。', 'Clear “disabled by receiver” on the channel to resume.')}</div>
        </>
      ) : null}
      {message ? <div style={{ marginTop: 8, color: message.ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>{message.text}</div> : null}
    </div>
  )
}
