'use client'
// 活动效果报告 on the campaign edit view (a ui field, nothing stored): KPI progress, rates, charts by
// day, channel, content and KOL, sentiment share, and the CSV download. Figures come raw from
// GET /api/campaigns/:id/report and are rounded only here.
import { useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import type { CampaignReport as Report, KpiProgress, MetricBlock } from '../../reports/rules/campaignReport'
import { HorizontalBars } from './HorizontalBars'
import styles from './CampaignReport.module.scss'
import { useCmsTranslation } from '../i18n'

// Chart colours, passed to recharts as props (the KPI bar's two are repeated in the SCSS module).
const COLORS = {
  views: '#2f6fdf',
  interactions: '#e08a1e',
  clicks: '#7a56c7',
  conversions: '#2e9e6a',
  positive: '#2e9e6a',
  neutral: '#9aa3ad',
  negative: '#d64545',
}

const pct = (fraction: number | null, digits = 1) => (fraction === null ? '—' : `${(fraction * 100).toFixed(digits)}%`)
/** Long titles would crowd the chart: the axis shows the start, the tooltip the whole name. */

const KpiBar: React.FC<{ label: string; kpi: KpiProgress; fmt: (n: number) => string }> = ({ label, kpi, fmt }) => {
  const { t } = useCmsTranslation()
  const width = kpi.achieved === null ? 0 : Math.min(kpi.achieved, 1) * 100
  const met = kpi.achieved !== null && kpi.achieved >= 1
  return (
    <div className={styles.kpi} data-kpi={label}>
      <div className={styles.kpiLine}>
        <span>
          {label}
          {t('cms:campaignReport:colon')}
          <strong>{fmt(kpi.actual)}</strong>
          {kpi.target !== null ? ` / ${fmt(kpi.target)}` : t('cms:campaignReport:noTarget')}
        </span>
        <span>
          {kpi.achieved === null
            ? ''
            : `${pct(kpi.achieved)} · ${kpi.remaining ? t('cms:campaignReport:remaining', { amount: fmt(kpi.remaining) }) : t('cms:campaignReport:met')}`}
        </span>
      </div>
      <div className={styles.kpiTrack}>
        {/* The one style left inline: the bar's length is the figure itself. */}
        <div
          className={met ? `${styles.kpiFill} ${styles.kpiFillMet}` : styles.kpiFill}
          style={{ width: `${width}%` }}
        />
      </div>
    </div>
  )
}

const BreakdownChart: React.FC<{ title: string; data: (MetricBlock & { label: string })[] }> = ({ title, data }) => {
  const { t } = useCmsTranslation()
  return (
    <div>
      <h5 className={styles.heading}>{title}</h5>
      <HorizontalBars
        data={data.slice(0, 12)}
        bars={[
          { key: 'views', name: t('cms:campaignReport:views'), color: COLORS.views },
          { key: 'interactions', name: t('cms:campaignReport:interactions'), color: COLORS.interactions },
          { key: 'conversions', name: t('cms:campaignReport:conversions'), color: COLORS.conversions },
        ]}
      />
    </div>
  )
}

export const CampaignReport: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n, t } = useCmsTranslation()
  const lang = i18n?.language === 'en' ? 'en' : 'zh'
  const fmt = (n: number) => n.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN')
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!id) return
    let live = true
    void fetch(`/api/campaigns/${id}/report`, { credentials: 'include', headers: { 'accept-language': lang } })
      .then(async (res) => {
        const body = await res.json().catch(() => ({}))
        if (!live) return
        if (res.ok) setReport(body as Report)
        else setError(body?.errors?.[0]?.message ?? `HTTP ${res.status}`)
      })
      .catch((e: unknown) => live && setError(String(e)))
    return () => {
      live = false
    }
  }, [id, lang])

  if (!id) return <div className={styles.box}>{t('cms:campaignReport:unsaved')}</div>
  if (error) return <div className={styles.box}>{t('cms:campaignReport:failed', { error })}</div>
  if (!report) return <div className={styles.box}>{t('cms:campaignReport:loading')}</div>

  const { totals, kpi } = report
  const sentiment = totals.sentimentShare
    ? (['positive', 'neutral', 'negative'] as const)
        .map((key) => ({ key, name: t(`cms:campaignReport:${key}`), value: totals.sentiment[key] }))
        .filter((slice) => slice.value > 0)
    : null

  return (
    <div className={styles.box} data-testid="campaign-report">
      <div className={styles.header}>
        <h4 className={styles.title}>{t('cms:campaignReport:title')}</h4>
        <span className={styles.small}>
          {report.period.from
            ? `${t('cms:campaignReport:period', { from: report.period.from, to: report.period.to })} · `
            : ''}
          {t('cms:campaignReport:distributions', { count: report.distributions.total })}
          {'　'}
          <a href={`/api/campaigns/${id}/report.csv`} download data-testid="campaign-report-csv">
            {t('cms:campaignReport:download')}
          </a>
        </span>
      </div>

      <div className={`${styles.grid} ${styles.gridAfterHeader}`}>
        <div>
          <h5 className={styles.heading}>{t('cms:campaignReport:kpi')}</h5>
          <KpiBar label={t('cms:campaignReport:reach')} kpi={kpi.reach} fmt={fmt} />
          <KpiBar label={t('cms:campaignReport:interactions')} kpi={kpi.interactions} fmt={fmt} />
          <KpiBar label={t('cms:campaignReport:conversions')} kpi={kpi.conversions} fmt={fmt} />
        </div>
        <div>
          <h5 className={styles.heading}>{t('cms:campaignReport:rates')}</h5>
          <div className={styles.rates}>
            <div>
              {t('cms:campaignReport:engagementRate')}
              {t('cms:campaignReport:colon')}
              <strong>{pct(totals.engagementRate, 2)}</strong>
            </div>
            <div>
              {t('cms:campaignReport:clickThroughRate')}
              {t('cms:campaignReport:colon')}
              <strong>{pct(totals.clickThroughRate, 2)}</strong>
            </div>
            <div>
              {t('cms:campaignReport:conversionRate')}
              {t('cms:campaignReport:colon')}
              <strong>{pct(totals.conversionRate, 2)}</strong>
            </div>
          </div>
        </div>
        <div>
          <h5 className={styles.heading}>{t('cms:campaignReport:sentiment')}</h5>
          {sentiment ? (
            <ResponsiveContainer width="100%" height={180}>
              <PieChart>
                <Pie
                  data={sentiment}
                  dataKey="value"
                  nameKey="name"
                  outerRadius={64}
                  label={({ name, percent }) => `${name} ${pct(percent ?? 0)}`}
                >
                  {sentiment.map((slice) => (
                    <Cell key={slice.key} fill={COLORS[slice.key]} />
                  ))}
                </Pie>
                <Tooltip />
              </PieChart>
            </ResponsiveContainer>
          ) : (
            <div className={styles.small}>{t('cms:campaignReport:noSentiment')}</div>
          )}
        </div>
      </div>

      {report.byDay.length === 0 ? (
        <p className={styles.small}>{t('cms:campaignReport:noData')}</p>
      ) : (
        <>
          <h5 className={`${styles.heading} ${styles.headingSpaced}`}>{t('cms:campaignReport:byDay')}</h5>
          <ResponsiveContainer width="100%" height={260}>
            <ComposedChart data={report.byDay} margin={{ left: 8, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="date" tick={{ fontSize: 11 }} />
              {/* Views run an order of magnitude above interactions and clicks: each gets its own scale. */}
              <YAxis
                yAxisId="views"
                tick={{ fontSize: 11 }}
                label={{ value: t('cms:campaignReport:views'), angle: -90, position: 'insideLeft', fontSize: 11 }}
              />
              <YAxis
                yAxisId="small"
                orientation="right"
                tick={{ fontSize: 11 }}
                label={{
                  value: `${t('cms:campaignReport:interactions')} / ${t('cms:campaignReport:clicks')}`,
                  angle: 90,
                  position: 'insideRight',
                  fontSize: 11,
                }}
              />
              <Tooltip />
              <Legend />
              <Bar
                yAxisId="small"
                dataKey="interactions"
                name={t('cms:campaignReport:interactions')}
                fill={COLORS.interactions}
              />
              <Bar yAxisId="small" dataKey="clicks" name={t('cms:campaignReport:clicks')} fill={COLORS.clicks} />
              <Line
                yAxisId="views"
                type="monotone"
                dataKey="views"
                name={t('cms:campaignReport:views')}
                stroke={COLORS.views}
                dot={false}
                strokeWidth={2}
              />
            </ComposedChart>
          </ResponsiveContainer>
          <div className={`${styles.grid} ${styles.gridAfterChart}`}>
            <BreakdownChart title={t('cms:campaignReport:byChannel')} data={report.byChannel} />
            <BreakdownChart title={t('cms:campaignReport:byContent')} data={report.byContent} />
            <BreakdownChart title={t('cms:campaignReport:byKol')} data={report.byKol} />
          </div>
        </>
      )}
    </div>
  )
}
