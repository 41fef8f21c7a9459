'use client'
// 医生IP on the doctor's edit view (a ui field, nothing stored): the doctor's published pieces a
// page at a time with what each reached, the totals, and the followers of the doctor's own
// accounts by day. From GET /api/doctors/:id/ip.
import { useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import type { DoctorIp as Ip } from '../../reports/payload/loadDoctorIp'
import styles from './CampaignEvaluation.module.scss'
import { useCmsTranslation } from '../i18n'

const LIMIT = 10

export const DoctorIp: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n, t } = useCmsTranslation()
  const lang = i18n?.language === 'en' ? 'en' : 'zh'
  const [page, setPage] = useState(1)
  const [ip, setIp] = useState<NonNullable<Ip> | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!id) return
    let live = true
    void fetch(`/api/doctors/${id}/ip?page=${page}&limit=${LIMIT}`, {
      credentials: 'include',
      headers: { 'accept-language': lang },
    })
      .then(async (res) => {
        const body = await res.json().catch(() => ({}))
        if (!live) return
        if (res.ok) setIp(body as NonNullable<Ip>)
        else setError(body?.errors?.[0]?.message ?? `HTTP ${res.status}`)
      })
      .catch((e: unknown) => live && setError(String(e)))
    return () => {
      live = false
    }
  }, [id, lang, page])

  if (!id) return <div className={styles.box}>{t('cms:doctorIp:unsaved')}</div>
  if (error) return <div className={styles.box}>{t('cms:doctorIp:failed', { error })}</div>
  if (!ip) return <div className={styles.box}>{t('cms:doctorIp:loading')}</div>

  const locale = lang === 'en' ? 'en-US' : 'zh-CN'
  const n = (value: number | null) => (value === null ? '—' : value.toLocaleString(locale))
  const pct = (value: number | null) => (value === null ? '—' : `${value.toFixed(2)}%`)

  return (
    <div className={styles.box} data-testid="doctor-ip">
      <div className={styles.header}>
        <h4 className={styles.title}>{t('cms:doctorIp:title')}</h4>
        <span className={styles.small}>{t('cms:doctorIp:pieces', { count: ip.totals.pieces })}</span>
      </div>
      <div className={styles.figures}>
        <span>
          {t('cms:doctorIp:views')}：<strong data-testid="doctor-ip-views">{n(ip.totals.views)}</strong>
        </span>
        <span>
          {t('cms:doctorIp:interactions')}：<strong>{n(ip.totals.interactions)}</strong>
        </span>
        <span>
          {t('cms:doctorIp:engagementRate')}：<strong>{pct(ip.totals.engagementRate)}</strong>
        </span>
        <span>
          {t('cms:doctorIp:followers')}：<strong>{n(ip.followers.current)}</strong>（
          {t('cms:doctorIp:accounts', { count: ip.followers.accounts })}）
        </span>
      </div>
      {ip.followers.byDay.length ? (
        <>
          <h5 className={styles.heading}>{t('cms:doctorIp:followerTrend')}</h5>
          <ResponsiveContainer width="100%" height={200}>
            <LineChart data={ip.followers.byDay} margin={{ left: 8, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="date" tick={{ fontSize: 11 }} />
              <YAxis tick={{ fontSize: 11 }} domain={['auto', 'auto']} />
              <Tooltip />
              <Line
                type="monotone"
                dataKey="followers"
                name={t('cms:doctorIp:followers')}
                stroke="#2f6fdf"
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </>
      ) : (
        <p className={styles.small}>{t('cms:doctorIp:noFollowers')}</p>
      )}
      {ip.pieces.docs.length === 0 ? (
        <p className={styles.small}>{t('cms:doctorIp:noPieces')}</p>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th>{t('cms:doctorIp:piece')}</th>
              <th>{t('cms:doctorIp:publishedAt')}</th>
              <th>{t('cms:doctorIp:views')}</th>
              <th>{t('cms:doctorIp:interactions')}</th>
              <th>{t('cms:doctorIp:engagementRate')}</th>
            </tr>
          </thead>
          <tbody>
            {ip.pieces.docs.map((piece) => (
              <tr key={piece.id}>
                <td>
                  <a href={`/admin/collections/articles/${piece.id}`}>{piece.title ?? `#${piece.id}`}</a>
                </td>
                <td>{piece.publishedAt ? piece.publishedAt.slice(0, 10) : '—'}</td>
                <td>{n(piece.views)}</td>
                <td>{n(piece.interactions)}</td>
                <td>{pct(piece.engagementRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {ip.pieces.totalPages > 1 ? (
        <div className={styles.pager}>
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('cms:doctorIp:previous')}
          </button>
          <span>{t('cms:doctorIp:page', { page: ip.pieces.page, pages: ip.pieces.totalPages })}</span>
          <button type="button" disabled={page >= ip.pieces.totalPages} onClick={() => setPage(page + 1)}>
            {t('cms:doctorIp:next')}
          </button>
        </div>
      ) : null}
    </div>
  )
}
