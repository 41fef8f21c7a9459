'use client'
// 活动效果报告 on the campaign edit view (a ui field, nothing stored): KPI progress, rates, charts by
// day, channel, content and KOL, sentiment share, and the CSV download. Figures come raw from
// GET /api/campaigns/:id/report and are rounded only here.
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, Legend, Line, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import type { CampaignReport as Report, KpiProgress, MetricBlock } from '../reports/campaignReport'

type Lang = 'zh' | 'en'

const TEXT = {
  zh: {
    title: '活动效果报告',
    colon: '：',
    unsaved: '保存活动后即可查看效果报告。',
    loading: '正在读取活动报告…',
    failed: '活动报告读取失败',
    noData: '暂无渠道数据回流。分发送达后，渠道接入方回传的数据会显示在这里。',
    download: '下载 CSV',
    period: '数据周期',
    distributions: '分发',
    kpi: 'KPI 完成情况',
    reach: '触达人次',
    interactions: '互动次数',
    conversions: '转化数',
    noTarget: '（未设目标）',
    remaining: '还差',
    met: '已达成',
    rates: '转化漏斗',
    engagementRate: '互动率',
    clickThroughRate: '点击率',
    conversionRate: '点击转化率',
    byDay: '每日趋势',
    byChannel: '分渠道',
    byContent: '分内容',
    byKol: '分 KOL',
    sentiment: '舆情占比',
    noSentiment: '暂无舆情数据',
    views: '阅读/播放',
    clicks: '点击',
    positive: '正面',
    neutral: '中性',
    negative: '负面',
  },
  en: {
    title: 'Campaign report',
    colon: ': ',
    unsaved: 'Save the campaign to see its report.',
    loading: 'Loading the campaign report…',
    failed: 'The report could not be loaded',
    noData: 'No channel metrics yet. Metrics sent back by channel integrators after delivery appear here.',
    download: 'Download CSV',
    period: 'Period',
    distributions: 'Distributions',
    kpi: 'KPI progress',
    reach: 'Reach',
    interactions: 'Interactions',
    conversions: 'Conversions',
    noTarget: ' (no target)',
    remaining: 'to go',
    met: 'met',
    rates: 'Funnel',
    engagementRate: 'Engagement rate',
    clickThroughRate: 'Click-through rate',
    conversionRate: 'Click conversion rate',
    byDay: 'By day',
    byChannel: 'By channel',
    byContent: 'By content',
    byKol: 'By KOL',
    sentiment: 'Sentiment',
    noSentiment: 'No sentiment data',
    views: 'Views',
    clicks: 'Clicks',
    positive: 'Positive',
    neutral: 'Neutral',
    negative: 'Negative',
  },
} as const

const COLORS = { views: '#2f6fdf', interactions: '#e08a1e', clicks: '#7a56c7', conversions: '#2e9e6a', positive: '#2e9e6a', neutral: '#9aa3ad', negative: '#d64545' }

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16, marginBottom: 16 }
const grid: React.CSSProperties = { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: 16 }
const heading: React.CSSProperties = { margin: '0 0 8px', fontSize: 14 }

const pct = (fraction: number | null, digits = 1) => (fraction === null ? '—' : `${(fraction * 100).toFixed(digits)}%`)
/** Long titles would crowd the chart: the axis shows the start, the tooltip the whole name. */
const shorten = (label: string, max = 11) => (label.length > max ? `${label.slice(0, max)}…` : label)

const KpiBar: React.FC<{ label: string; kpi: KpiProgress; t: (typeof TEXT)[Lang]; fmt: (n: number) => string }> = ({ label, kpi, t, fmt }) => {
  const width = kpi.achieved === null ? 0 : Math.min(kpi.achieved, 1) * 100
  return (
    <div style={{ marginBottom: 12 }} data-kpi={label}>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 13 }}>
        <span>
          {label}
          {t.colon}
          <strong>{fmt(kpi.actual)}</strong>
          {kpi.target !== null ? ` / ${fmt(kpi.target)}` : t.noTarget}
        </span>
        <span>{kpi.achieved === null ? '' : `${pct(kpi.achieved)}${kpi.remaining ? ` · ${t.remaining} ${fmt(kpi.remaining)}` : ` · ${t.met}`}`}</span>
      </div>
      <div style={{ height: 10, background: 'var(--theme-elevation-100)', borderRadius: 5, overflow: 'hidden' }}>
        <div style={{ width: `${width}%`, height: '100%', background: kpi.achieved !== null && kpi.achieved >= 1 ? COLORS.conversions : COLORS.views }} />
      </div>
    </div>
  )
}

const BreakdownChart: React.FC<{ title: string; data: (MetricBlock & { label: string })[]; t: (typeof TEXT)[Lang] }> = ({ title, data, t }) => (
  <div>
    <h5 style={heading}>{title}</h5>
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * 36 + 60)}>
      <BarChart data={data.slice(0, 12)} layout="vertical" margin={{ left: 8, right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 11 }} tickFormatter={(label: string) => shorten(String(label))} />
        <Tooltip />
        <Legend />
        <Bar dataKey="views" name={t.views} fill={COLORS.views} />
        <Bar dataKey="interactions" name={t.interactions} fill={COLORS.interactions} />
        <Bar dataKey="conversions" name={t.conversions} fill={COLORS.conversions} />
      </BarChart>
    </ResponsiveContainer>
  </div>
)

export const CampaignReport: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang: Lang = i18n?.language === 'en' ? 'en' : 'zh'
  const t = TEXT[lang]
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

  if (!id) return <div style={box}>{t.unsaved}</div>
  if (error) return <div style={box}>{`${t.failed}${t.colon}${error}`}</div>
  if (!report) return <div style={box}>{t.loading}</div>

  const { totals, kpi } = report
  const sentiment = totals.sentimentShare
    ? (['positive', 'neutral', 'negative'] as const).map((key) => ({ key, name: t[key], value: totals.sentiment[key] })).filter((slice) => slice.value > 0)
    : null

  return (
    <div style={box} data-testid="campaign-report">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', flexWrap: 'wrap', gap: 8 }}>
        <h4 style={{ margin: 0 }}>{t.title}</h4>
        <span style={{ fontSize: 13 }}>
          {report.period.from ? `${t.period}${t.colon}${report.period.from} – ${report.period.to} · ` : ''}
          {t.distributions}
          {t.colon}
          {report.distributions.total}
          {'　'}
          <a href={`/api/campaigns/${id}/report.csv`} download data-testid="campaign-report-csv">
            {t.download}
          </a>
        </span>
      </div>

      <div style={{ ...grid, marginTop: 12 }}>
        <div>
          <h5 style={heading}>{t.kpi}</h5>
          <KpiBar label={t.reach} kpi={kpi.reach} t={t} fmt={fmt} />
          <KpiBar label={t.interactions} kpi={kpi.interactions} t={t} fmt={fmt} />
          <KpiBar label={t.conversions} kpi={kpi.conversions} t={t} fmt={fmt} />
        </div>
        <div>
          <h5 style={heading}>{t.rates}</h5>
          <div style={{ fontSize: 13, lineHeight: 1.9 }}>
            <div>
              {t.engagementRate}
              {t.colon}
              <strong>{pct(totals.engagementRate, 2)}</strong>
            </div>
            <div>
              {t.clickThroughRate}
              {t.colon}
              <strong>{pct(totals.clickThroughRate, 2)}</strong>
            </div>
            <div>
              {t.conversionRate}
              {t.colon}
              <strong>{pct(totals.conversionRate, 2)}</strong>
            </div>
          </div>
        </div>
        <div>
          <h5 style={heading}>{t.sentiment}</h5>
          {sentiment ? (
            <ResponsiveContainer width="100%" height={180}>
              <PieChart>
                <Pie data={sentiment} dataKey="value" nameKey="name" outerRadius={64} label={({ name, percent }) => `${name} ${pct(percent ?? 0)}`}>
                  {sentiment.map((slice) => (
                    <Cell key={slice.key} fill={COLORS[slice.key]} />
                  ))}
                </Pie>
                <Tooltip />
              </PieChart>
            </ResponsiveContainer>
          ) : (
            <div style={{ fontSize: 13 }}>{t.noSentiment}</div>
          )}
        </div>
      </div>

      {report.byDay.length === 0 ? (
        <p style={{ fontSize: 13 }}>{t.noData}</p>
      ) : (
        <>
          <h5 style={{ ...heading, marginTop: 16 }}>{t.byDay}</h5>
          <ResponsiveContainer width="100%" height={260}>
            <ComposedChart data={report.byDay} margin={{ left: 8, right: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="date" tick={{ fontSize: 11 }} />
              {/* Views run an order of magnitude above interactions and clicks: each gets its own scale. */}
              <YAxis yAxisId="views" tick={{ fontSize: 11 }} label={{ value: t.views, angle: -90, position: 'insideLeft', fontSize: 11 }} />
              <YAxis yAxisId="small" orientation="right" tick={{ fontSize: 11 }} label={{ value: `${t.interactions} / ${t.clicks}`, angle: 90, position: 'insideRight', fontSize: 11 }} />
              <Tooltip />
              <Legend />
              <Bar yAxisId="small" dataKey="interactions" name={t.interactions} fill={COLORS.interactions} />
              <Bar yAxisId="small" dataKey="clicks" name={t.clicks} fill={COLORS.clicks} />
              <Line yAxisId="views" type="monotone" dataKey="views" name={t.views} stroke={COLORS.views} dot={false} strokeWidth={2} />
            </ComposedChart>
          </ResponsiveContainer>
          <div style={{ ...grid, marginTop: 16 }}>
            <BreakdownChart title={t.byChannel} data={report.byChannel} t={t} />
            <BreakdownChart title={t.byContent} data={report.byContent} t={t} />
            <BreakdownChart title={t.byKol} data={report.byKol} t={t} />
          </div>
        </>
      )}
    </div>
  )
}
