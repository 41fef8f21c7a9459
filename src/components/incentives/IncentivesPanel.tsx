'use client'
// 激励 in the admin (dashboard and the contributors list): the signed-in member of staff's own
// balance, honours and latest entries, and the leaderboard of a month, quarter or year.
import React, { useEffect, useState } from 'react'

import { CONTRIBUTOR_KIND_LABELS, type ContributorKind } from '../../incentives/rules/vocabulary'
import { pick, useCmsTranslation } from '../i18n'
import styles from './IncentivesPanel.module.scss'

type Row = {
  rank: number
  points: number
  contributor: { id: number | string; displayName: string | null; kind: ContributorKind | null }
  honours: string[]
}
type Pending = {
  id: number | string
  points: number
  amountCny: number
  rule: string | null
  cause: string | null
  contributor: { displayName: string | null }
}
type Statement = {
  balance: { points: number; amountCny: number; pendingPoints: number; pendingCny: number }
  honours: { title: string }[]
  history: {
    id: number | string
    at: string
    kindLabel: string
    rule: string | null
    points: number
    settled: boolean
    pending: boolean
  }[]
}

/** +50 for what counts; (50) for a grant that does not count (awaiting approval, or decided by a later entry). */
const shown = (e: { points: number; settled: boolean }) => {
  if (!e.settled) return `(${e.points})`
  return e.points > 0 ? `+${e.points}` : String(e.points)
}

const periods = (now: Date) => {
  const year = now.getFullYear()
  const month = `${year}-${String(now.getMonth() + 1).padStart(2, '0')}`
  return [month, `${year}-Q${Math.floor(now.getMonth() / 3) + 1}`, String(year)]
}

export const IncentivesPanel: React.FC = () => {
  const { t } = useCmsTranslation()
  const options = periods(new Date())
  const [period, setPeriod] = useState(options[0])
  const [rows, setRows] = useState<Row[] | null>(null)
  const [mine, setMine] = useState<Statement | null>(null)
  const [pending, setPending] = useState<Pending[]>([])
  useEffect(() => {
    // Managers only: for anyone else the endpoint answers 403 and the list stays empty.
    void fetch('/api/point-ledger/pending', { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : { docs: [] }))
      .then((body) => setPending(body.docs ?? []))
  }, [])
  useEffect(() => {
    void fetch('/api/contributors/me', { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : { contributor: null }))
      .then((body) => setMine(body.contributor ?? null))
  }, [])
  useEffect(() => {
    void fetch(`/api/contributors/leaderboard?period=${encodeURIComponent(period)}&limit=10`, {
      credentials: 'include',
    })
      .then((res) => (res.ok ? res.json() : null))
      .then((body) => setRows(body?.rows ?? null))
  }, [period])
  if (rows === null && mine === null) return null
  return (
    <div data-testid="incentives-panel" className={styles.box}>
      <h3 className={styles.title}>{t('cms:incentives:title')}</h3>
      {mine ? (
        <div data-testid="incentives-mine" className={styles.mine}>
          <strong>{t('cms:incentives:myBalance', { points: mine.balance.points })}</strong>
          {mine.balance.amountCny > 0 ? ` · ${t('cms:incentives:money', { amount: mine.balance.amountCny })}` : null}
          {mine.balance.pendingCny > 0
            ? ` · ${t('cms:incentives:pending', { amount: mine.balance.pendingCny })}`
            : null}
          {mine.honours.map((h) => (
            <span key={h.title} className={styles.badge}>
              {h.title}
            </span>
          ))}
          <ul className={styles.list}>
            {mine.history.slice(0, 5).map((e) => (
              <li key={e.id}>
                {e.at.slice(0, 10)} {e.rule ?? ''} · {e.kindLabel} {shown(e)}
                {e.pending ? ` · ${t('cms:incentives:awaiting')}` : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {pending.length > 0 ? (
        <div data-testid="incentives-pending">
          <strong>{t('cms:incentives:pendingTitle', { count: pending.length })}</strong>
          <ul className={styles.list}>
            {pending.map((p) => (
              <li key={p.id}>
                <a href={`/admin/collections/point-ledger/${p.id}`}>
                  {p.contributor.displayName} · {p.rule} · {p.points} · ¥{p.amountCny}
                </a>
                {p.cause ? ` · ${p.cause}` : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className={styles.periods}>
        {t('cms:incentives:leaderboard')}{' '}
        {options.map((p) => (
          <button
            key={p}
            type="button"
            className={p === period ? styles.active : styles.period}
            onClick={() => setPeriod(p)}
          >
            {p}
          </button>
        ))}
      </div>
      {rows && rows.length > 0 ? (
        <ul className={styles.board} data-testid="incentives-leaderboard">
          {rows.map((row) => (
            <li key={row.contributor.id}>
              <span className={styles.rank}>{row.rank}</span> {row.contributor.displayName}
              {row.contributor.kind ? ` · ${pick(CONTRIBUTOR_KIND_LABELS[row.contributor.kind], '', t)}` : null} ·{' '}
              {t('cms:incentives:points', { points: row.points })}
              {row.honours.map((title) => (
                <span key={title} className={styles.badge}>
                  {title}
                </span>
              ))}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('cms:incentives:empty')}</p>
      )}
    </div>
  )
}
