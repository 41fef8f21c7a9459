'use client'
// 分发 sidebar panel on a distribution: where it stands, every delivery attempt, retry or cancel
// for publishers, and exactly what was (or will be) sent, shown as the channel preview shows it.
import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import {
  AttemptsTimeline,
  DISTRIBUTIONS_CHANGED,
  type Distribution,
  EVENT_LABELS,
  OutputView,
  StatusText,
  buttonStyle,
  canManageDistributions,
  distributionAction,
  formatTime,
  kindLabel,
  pick,
  useSay,
} from './previewParts'

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 12, marginBottom: 16 }
const muted: React.CSSProperties = { color: 'var(--theme-elevation-500)', fontSize: 12 }
const row: React.CSSProperties = { margin: '2px 0' }

export const DistributionPanel: React.FC = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const router = useRouter()
  const say = useSay()
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
    const result = await distributionAction(id, verb, reason)
    setMessage(result)
    if (result.ok) setReason('')
    await load()
    router.refresh()
  }

  if (!id) return <div style={box}>{say('保存后显示投递状态。', 'Delivery status appears once saved.')}</div>
  if (!doc) return <div style={box}>{say('正在读取分发状态…', 'Loading…')}</div>

  const channel = doc.channel && typeof doc.channel === 'object' ? doc.channel : null
  const manage = canManageDistributions(user)
  const rendered = doc.rendered?.body ? doc.rendered : null
  const contentHref = doc.contentCollection && doc.contentId ? `${config.routes?.admin ?? '/admin'}/collections/${doc.contentCollection}/${doc.contentId}` : null

  return (
    <div style={box} data-testid="distribution-panel">
      <h4 style={{ marginTop: 0 }}>{say('投递状态', 'Delivery')}</h4>
      <div style={row}>
        {say('状态', 'Status')}：<StatusText status={doc.status} say={say} />
        {' · '}
        {pick(EVENT_LABELS[doc.event], doc.event, say)}
      </div>
      {channel ? (
        <div style={row}>
          {say('渠道', 'Channel')}：{channel.name} <span style={muted}>{kindLabel(channel.kind, say)}</span>
        </div>
      ) : null}
      {contentHref ? (
        <div style={row}>
          {say('内容', 'Content')}：<a href={contentHref}>{doc.title || `#${doc.contentId}`}</a>
        </div>
      ) : null}
      <div style={row}>
        {say('计划时间', 'Scheduled')}：{formatTime(doc.scheduledAt)}
      </div>
      {doc.status === 'scheduled' && doc.nextAttemptAt ? (
        <div style={row}>
          {say('下次尝试', 'Next attempt')}：{formatTime(doc.nextAttemptAt)}
        </div>
      ) : null}
      {doc.deliveredAt ? (
        <div style={row}>
          {say('送达时间', 'Delivered')}：{formatTime(doc.deliveredAt)}
        </div>
      ) : null}
      <div style={row}>
        {say('尝试次数', 'Attempts')}：{doc.attemptCount ?? 0}
      </div>
      {doc.lastError ? <div style={{ ...row, color: 'var(--theme-error-600)', wordBreak: 'break-word' }}>{doc.lastError}</div> : null}
      {doc.cancelReason ? (
        <div style={{ ...row, ...muted }}>
          {say('原因', 'Reason')}：{doc.cancelReason}
        </div>
      ) : null}

      {manage && doc.status === 'failed' ? (
        <button type="button" style={{ ...buttonStyle, marginTop: 8 }} onClick={() => act('retry')}>
          {say('重试', 'Retry')}
        </button>
      ) : null}
      {manage && doc.status === 'scheduled' ? (
        <div style={{ marginTop: 8 }}>
          <input
            placeholder={say('取消原因', 'Reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            // Inside the document form: Enter must not save the document.
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                void act('cancel')
              }
            }}
            style={{ width: '100%', marginBottom: 4 }}
          />
          <button type="button" style={buttonStyle} onClick={() => act('cancel')}>
            {say('取消', 'Cancel')}
          </button>
        </div>
      ) : null}
      {message ? (
        <div data-testid="distribution-message" style={{ marginTop: 8, color: message.ok ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>
          {message.text}
        </div>
      ) : null}

      <h4 style={{ margin: '16px 0 8px' }}>{say('投递记录', 'Attempts')}</h4>
      <AttemptsTimeline attempts={doc.attempts ?? []} say={say} />

      <h4 style={{ margin: '16px 0 8px' }}>{say('发送内容', 'What is sent')}</h4>
      {rendered ? (
        <>
          {rendered.objectKey ? <div style={{ ...muted, wordBreak: 'break-all', marginBottom: 4 }}>{rendered.objectKey}</div> : null}
          <OutputView contentType={rendered.contentType ?? 'text/plain'} output={rendered.body ?? ''} kind={channel?.kind} title={say('发送内容', 'What is sent')} say={say} />
        </>
      ) : (
        <div style={muted}>{say('发送时生成', 'Rendered when it is sent')}</div>
      )}
    </div>
  )
}
