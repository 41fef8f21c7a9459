'use client'
// 运营初审 in the submission's sidebar: accept it into a draft, ask the submitter for changes, or
// decline it with a reason (POST /api/submissions/:id/…). Operations and admins only; others see
// the status alone.
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { useCmsTranslation } from '../i18n'
import styles from './SubmissionTriage.module.scss'

type Piece = { relationTo: string; value: string | number | { id: string | number } } | null | undefined

export const SubmissionTriage: React.FC = () => {
  const { t } = useCmsTranslation()
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ roles?: string[] }>()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const piece = useFormFields(([fields]) => fields.piece?.value as Piece)
  const pii = useFormFields(([fields]) => fields.piiFindings?.value as unknown[] | undefined)
  const [noteFor, setNoteFor] = useState<'request-changes' | 'decline' | null>(null)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  if (!id) return null
  const allowed = Boolean(user?.roles?.some((role) => role === 'operations' || role === 'admin'))

  const act = async (action: 'accept' | 'request-changes' | 'decline', body?: object) => {
    setBusy(true)
    setError('')
    try {
      const res = await fetch(`/api/submissions/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      })
      const json = await res.json().catch(() => ({}))
      if (!res.ok) {
        setError(t('cms:submissions:failed', { message: json?.errors?.[0]?.message ?? res.status }))
        return
      }
      if (action === 'accept' && json.piece) {
        window.location.href = `/admin/collections/${json.piece.collection}/${json.piece.id}`
        return
      }
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  const pieceId = piece ? String(typeof piece.value === 'object' ? piece.value.id : piece.value) : null
  const run = (action: 'accept' | 'request-changes' | 'decline', body?: object) => () => void act(action, body)
  let actions: React.ReactNode
  if (status !== 'received') actions = <p>{t('cms:submissions:decided', { status: status ?? '' })}</p>
  else if (!allowed) actions = <p>{t('cms:submissions:onlyOperations')}</p>
  else if (noteFor)
    actions = (
      <div className={styles.note}>
        <textarea
          value={note}
          onChange={(event) => setNote(event.target.value)}
          placeholder={t('cms:submissions:notePlaceholder')}
          data-testid="submission-note"
          rows={4}
        />
        <div className={styles.buttons}>
          <button type="button" disabled={busy} onClick={run(noteFor, { note })} data-testid="submission-note-send">
            {busy ? t('cms:submissions:working') : t('cms:submissions:send')}
          </button>
          <button type="button" disabled={busy} onClick={() => setNoteFor(null)}>
            {t('cms:submissions:cancel')}
          </button>
        </div>
      </div>
    )
  else
    actions = (
      <div className={styles.buttons}>
        <button type="button" disabled={busy} onClick={run('accept')} data-testid="submission-accept">
          {busy ? t('cms:submissions:working') : t('cms:submissions:accept')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => setNoteFor('request-changes')}
          data-testid="submission-changes"
        >
          {t('cms:submissions:requestChanges')}
        </button>
        <button type="button" disabled={busy} onClick={() => setNoteFor('decline')} data-testid="submission-decline">
          {t('cms:submissions:decline')}
        </button>
      </div>
    )
  return (
    <div className={styles.panel} data-testid="submission-triage">
      <h4>{t('cms:submissions:title')}</h4>
      {pii && pii.length > 0 ? (
        <p className={styles.warning}>{t('cms:submissions:piiWarning', { count: pii.length })}</p>
      ) : null}
      {piece && pieceId ? (
        <a href={`/admin/collections/${piece.relationTo}/${pieceId}`} data-testid="submission-piece">
          {t('cms:submissions:openPiece')}
        </a>
      ) : null}
      {actions}
      {error ? (
        <p className={styles.error} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
