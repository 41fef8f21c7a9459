'use client'
// 四维效果评估 on the campaign edit view (a ui field, nothing stored): each dimension's indicators
// against their targets, the daily trend, breakdowns by channel, content format, author and KOL,
// and the CSV and PDF downloads. Figures come raw from GET /api/campaigns/:id/evaluation and are
// rounded only here. Charts with recharts, as the campaign report draws them.
import { useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import type { LoadedEvaluation } from '../../reports/payload/loadEvaluation'
import {
  type BreakdownLine,
  DIMENSION_LABELS,
  DIMENSIONS,
  type Indicator,
  INDICATOR_LABELS,
} from '../../reports/rules/evaluation'
import { HorizontalBars } from './HorizontalBars'
import styles from './CampaignEvaluation.module.scss'
import { pick, useCmsTranslation } from '../i18n'

const COLORS = { views: '#2f6fdf', impressions: '#9aa3ad', interactions: '#e08a1e', business: '#2e9e6a' }

const IndicatorRow: React.FC<{ indicator: Indicator; fmt: (n: number | null, unit: Indicator['unit']) => string }> = ({
  indicator,
  fmt,
}) => {
  const { t } = useCmsTranslation()
  const width = indicator.achieved === null ? 0 : Math.min(indicator.achieved, 1) * 100
  const met = indicator.achieved !== null && indicator.achieved >= 1
  return (
    <div className={styles.indicator} data-indicator={indicator.key}>
      <div className={styles.indicatorLine}>
        <span>{pick(INDICATOR_LABELS[indicator.key], indicator.key, t)}</span>
        <span>
          <strong>{fmt(indicator.actual, indicator.unit)}</strong>
          {indicator.target === null
            ? ` · ${t('cms:campaignEvaluation:noTarget')}`
            : ` / ${fmt(indicator.target, indicator.unit)} · ${((indicator.achieved ?? 0) * 100).toFixed(1)}%`}
          {indicator.baseline !== undefined && indicator.baseline !== null
            ? ` · ${t('cms:campaignEvaluation:baseline', { value: fmt(indicator.baseline, indicator.unit) })}`
            : ''}
        </span>
      </div>
      <div className={styles.track}>
        {/* The one style left inline: the bar's length is the figure itself. */}
        <div className={met ? `${styles.fill} ${styles.fillMet}` : styles.fill} style={{ width: `${width}%` }} />
      </div>
    </div>
  )
}

const Breakdown: React.FC<{ title: string; data: BreakdownLine[]; testId: string }> = ({ title, data, testId }) => {
  const { t } = useCmsTranslation()
  const rows = data
    .slice(0, 10)
    .map((line) => ({ ...line, business: line.appointments + line.consultations + line.signUps }))
  return (
    <div data-testid={testId}>
      <h5 className={styles.heading}>{title}</h5>
      {rows.length === 0 ? (
        <div className={styles.small}>{t('cms:campaignEvaluation:noData')}</div>
      ) : (
        <HorizontalBars
          data={rows}
          bars={[
            { key: 'views', name: t('cms:campaignEvaluation:views'), color: COLORS.views },
            { key: 'interactions', name: t('cms:campaignEvaluation:interactions'), color: COLORS.interactions },
            { key: 'business', name: t('cms:campaignEvaluation:business'), color: COLORS.business },
          ]}
        />
      )}
    </div>
  )
}

export const CampaignEvaluation: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n, t } = useCmsTranslation()
  const lang = i18n?.language === 'en' ? 'en' : 'zh'
  const [evaluation, setEvaluation] = useState<LoadedEvaluation | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!id) return
    let live = true
    void fetch(`/api/campaigns/${id}/evaluation`, { credentials: 'include', headers: { 'accept-language': lang } })
      .then(async (res) => {
        const body = await res.json().catch(() => ({}))
        if (!live) return
        if (res.ok) setEvaluation(body as LoadedEvaluation)
        else setError(body?.errors?.[0]?.message ?? `HTTP ${res.status}`)
      })
      .catch((e: unknown) => live && setError(String(e)))
    return () => {
      live = false
    }
  }, [id, lang])

  if (!id) return <div className={styles.box}>{t('cms:campaignEvaluation:unsaved')}</div>
  if (error) return <div className={styles.box}>{t('cms:campaignEvaluation:failed', { error })}</div>
  if (!evaluation) return <div className={styles.box}>{t('cms:campaignEvaluation:loading')}</div>

  const locale = lang === 'en' ? 'en-US' : 'zh-CN'
  const fmt = (n: number | null, unit: Indicator['unit']) => {
    if (n === null) return '—'
    if (unit === 'percent') return `${n.toFixed(1)}%`
    if (unit === 'score') return n.toFixed(1)
    return n.toLocaleString(locale, { maximumFractionDigits: 1 })
  }
  const days = evaluation.byDay.map((d) => ({ ...d, business: d.appointments + d.consultations + d.signUps }))

  return (
    <div className={styles.box} data-testid="campaign-evaluation">
      <div className={styles.header}>
        <h4 className={styles.title}>{t('cms:campaignEvaluation:title')}</h4>
        <span className={styles.small}>
          {evaluation.period.from
            ? `${t('cms:campaignEvaluation:period', { from: evaluation.period.from, to: evaluation.period.to })}\u3000`
            : ''}
          <a href={`/api/campaigns/${id}/evaluation.csv`} download data-testid="campaign-evaluation-csv">
            {t('cms:campaignEvaluation:downloadCsv')}
          </a>
          {'　'}
          <a href={`/api/campaigns/${id}/evaluation.pdf`} download data-testid="campaign-evaluation-pdf">
            {t('cms:campaignEvaluation:downloadPdf')}
          </a>
        </span>
      </div>

      <div className={`${styles.grid} ${styles.gridAfterHeader}`}>
        {DIMENSIONS.map((dimension) => (
          <div key={dimension} data-dimension={dimension}>
            <h5 className={styles.heading}>{pick(DIMENSION_LABELS[dimension], dimension, t)}</h5>
            {evaluation.dimensions[dimension].map((indicator) => (
              <IndicatorRow key={indicator.key} indicator={indicator} fmt={fmt} />
            ))}
          </div>
        ))}
      </div>

      <h5 className={`${styles.heading} ${styles.headingSpaced}`}>{t('cms:campaignEvaluation:byDay')}</h5>
      {days.length === 0 ? (
        <p className={styles.small}>{t('cms:campaignEvaluation:noData')}</p>
      ) : (
        <div data-testid="campaign-evaluation-trend">
          <ResponsiveContainer width="100%" height={260}>
            <ComposedChart data={days} margin={{ left: 8, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="date" tick={{ fontSize: 11 }} />
              <YAxis yAxisId="views" tick={{ fontSize: 11 }} />
              <YAxis yAxisId="small" orientation="right" tick={{ fontSize: 11 }} />
              <Tooltip />
              <Legend />
              <Bar
                yAxisId="small"
                dataKey="business"
                name={t('cms:campaignEvaluation:business')}
                fill={COLORS.business}
              />
              <Bar
                yAxisId="small"
                dataKey="followerGrowth"
                name={t('cms:campaignEvaluation:followerGrowth')}
                fill={COLORS.interactions}
              />
              <Line
                yAxisId="views"
                type="monotone"
                dataKey="views"
                name={t('cms:campaignEvaluation:views')}
                stroke={COLORS.views}
                dot={false}
                strokeWidth={2}
              />
              <Line
                yAxisId="views"
                type="monotone"
                dataKey="impressions"
                name={t('cms:campaignEvaluation:impressions')}
                stroke={COLORS.impressions}
                dot={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
      <div className={`${styles.grid} ${styles.gridAfterChart}`}>
        <Breakdown
          title={t('cms:campaignEvaluation:byChannel')}
          data={evaluation.byChannel}
          testId="evaluation-by-channel"
        />
        <Breakdown
          title={t('cms:campaignEvaluation:byFormat')}
          data={evaluation.byFormat}
          testId="evaluation-by-format"
        />
        <Breakdown
          title={t('cms:campaignEvaluation:byAuthor')}
          data={evaluation.byAuthor}
          testId="evaluation-by-author"
        />
        <Breakdown title={t('cms:campaignEvaluation:byKol')} data={evaluation.byKol} testId="evaluation-by-kol" />
      </div>
    </div>
  )
}
