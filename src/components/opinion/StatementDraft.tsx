'use client'
// 回应声明 in the incident's sidebar: draft a holding statement (title, text, the channels it goes
// to) through POST /api/incidents/:id/statement, optionally sending it to the fast-track review at
// once, then open the draft. Editors and the incident desk; others see what the track is.
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { useCmsTranslation } from '../i18n'
import styles from './StatementDraft.module.scss'

type Channel = { id: number | string; name: string }

const DRAFTERS = ['admin', 'editor', 'operations', 'publisher']

export const StatementDraft: React.FC = () => {
  const { t } = useCmsTranslation()
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ roles?: string[] }>()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const [channels, setChannels] = useState<Channel[]>([])
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [title, setTitle] = useState('')
  const [summary, setSummary] = useState('')
  const [body, setBody] = useState('')
  const [submit, setSubmit] = useState(Boolean(user?.roles?.includes('editor')))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  useEffect(() => {
    void fetch('/api/channels?where[enabled][equals]=true&limit=50&depth=0&sort=name', { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : { docs: [] }))
      .then((json) => setChannels(json.docs ?? []))
  }, [])
  if (!id) return null
  const allowed = Boolean(user?.roles?.some((role) => DRAFTERS.includes(role)))

  const toggle = (channel: string) =>
    setChosen((before) => {
      const next = new Set(before)
      if (next.has(channel)) next.delete(channel)
      else next.add(channel)
      return next
    })

  const send = async () => {
    setBusy(true)
    setError('')
    try {
      const res = await fetch(`/api/incidents/${id}/statement`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          title,
          body,
          ...(summary.trim() ? { summary } : {}),
          channels: channels.filter((c) => chosen.has(String(c.id))).map((c) => c.id),
          submit,
        }),
      })
      const json = await res.json().catch(() => ({}))
      if (!res.ok) {
        setError(t('cms:statements:failed', { message: json?.errors?.[0]?.message ?? res.status }))
        return
      }
      window.location.href = `/admin/collections/${json.statement.collection}/${json.statement.id}`
    } finally {
      setBusy(false)
    }
  }

  let form: React.ReactNode
  if (status === 'closed') form = <p>{t('cms:statements:closed')}</p>
  else if (!allowed) form = <p>{t('cms:statements:onlyDrafters')}</p>
  else
    form = (
      <div className={styles.form}>
        <label>
          {t('cms:statements:titleLabel')}
          <input
            value={title}
            maxLength={120}
            onChange={(e) => setTitle(e.target.value)}
            data-testid="statement-title"
          />
        </label>
        <label>
          {t('cms:statements:summaryLabel')}
          <input value={summary} maxLength={500} onChange={(e) => setSummary(e.target.value)} />
        </label>
        <label>
          {t('cms:statements:bodyLabel')}
          <textarea
            value={body}
            rows={6}
            maxLength={5000}
            onChange={(e) => setBody(e.target.value)}
            data-testid="statement-body"
          />
        </label>
        {channels.length > 0 ? (
          <fieldset className={styles.channels}>
            <legend>{t('cms:statements:channels')}</legend>
            {channels.map((channel) => (
              <label key={channel.id} className={styles.check}>
                <input
                  type="checkbox"
                  checked={chosen.has(String(channel.id))}
                  onChange={() => toggle(String(channel.id))}
                />
                {channel.name}
              </label>
            ))}
          </fieldset>
        ) : null}
        <label className={styles.check}>
          <input type="checkbox" checked={submit} onChange={(e) => setSubmit(e.target.checked)} />
          {t('cms:statements:submitNow')}
        </label>
        <button
          type="button"
          disabled={busy || !title.trim() || !body.trim()}
          onClick={() => void send()}
          data-testid="statement-draft"
        >
          {busy ? t('cms:statements:working') : t('cms:statements:draft')}
        </button>
      </div>
    )
  return (
    <div className={styles.panel} data-testid="statement-panel">
      <h4>{t('cms:statements:title')}</h4>
      <p className={styles.hint}>{t('cms:statements:fastTrack')}</p>
      {form}
      {error ? (
        <p className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
