'use client'
// A ledger entry's sidebar: managers approve or reject a reward awaiting approval, or reverse a
// settled entry, each with a reason (POST /api/point-ledger/:id/…). Every action appends an entry;
// nothing here edits this one. Others see what the entry is.
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { MANAGER_ROLES } from '../../incentives/rules/vocabulary'
import { useCmsTranslation } from '../i18n'
import styles from './LedgerActions.module.scss'

type Action = 'approve' | 'reject' | 'reverse'

export const LedgerActions: React.FC = () => {
  const { t } = useCmsTranslation()
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ roles?: string[] }>()
  const kind = useFormFields(([fields]) => fields.kind?.value as string | undefined)
  const settled = useFormFields(([fields]) => Boolean(fields.settled?.value))
  const [action, setAction] = useState<Action | null>(null)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  if (!id) return null
  const manager = Boolean(user?.roles?.some((role) => (MANAGER_ROLES as readonly string[]).includes(role)))
  if (!manager) return null
  const choices: Action[] = []
  if (kind === 'grant' && !settled) choices.push('approve', 'reject')
  else if (settled && kind !== 'reversal') choices.push('reverse')
  if (choices.length === 0) return null

  const send = async () => {
    if (!action) return
    setBusy(true)
    setError('')
    try {
      const res = await fetch(`/api/point-ledger/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(reason.trim() ? { reason } : {}),
      })
      const json = await res.json().catch(() => ({}))
      if (!res.ok) {
        setError(t('cms:incentives:failed', { message: json?.errors?.[0]?.message ?? res.status }))
        return
      }
      window.location.href = `/admin/collections/point-ledger/${json.doc.id}`
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className={styles.panel} data-testid="ledger-actions">
      <strong>{t('cms:incentives:actions')}</strong>
      {action ? (
        <>
          <textarea
            value={reason}
            rows={3}
            onChange={(event) => setReason(event.target.value)}
            placeholder={t('cms:incentives:reasonPlaceholder')}
            data-testid="ledger-reason"
          />
          <div className={styles.buttons}>
            <button type="button" disabled={busy} onClick={() => void send()} data-testid="ledger-send">
              {busy ? t('cms:incentives:working') : t(`cms:incentives:${action}`)}
            </button>
            <button type="button" disabled={busy} onClick={() => setAction(null)}>
              {t('cms:incentives:cancel')}
            </button>
          </div>
        </>
      ) : (
        <div className={styles.buttons}>
          {choices.map((choice) => (
            <button key={choice} type="button" onClick={() => setAction(choice)} data-testid={`ledger-${choice}`}>
              {t(`cms:incentives:${choice}`)}
            </button>
          ))}
        </div>
      )}
      {error ? <p className={styles.error}>{error}</p> : null}
    </div>
  )
}
