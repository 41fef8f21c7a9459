// A campaign evaluation as a PDF (A4, Simplified Chinese by default): the four dimensions'
// indicators against their targets with an achievement bar each, the daily trend of reads/plays
// and business conversions as a line chart, and the breakdowns as tables. Charts are drawn with
// pdfkit's vector API. The font is the caller's (cjkFont.ts): PDF's built-in fonts have no Chinese.
import type PDFKit from 'pdfkit'

import {
  type BreakdownLine,
  type DayLine,
  DIMENSION_LABELS,
  DIMENSIONS,
  type Indicator,
  INDICATOR_LABELS,
} from '../rules/evaluation'
import type { LoadedEvaluation } from '../payload/loadEvaluation'
import type { CjkFont } from './cjkFont'

type Language = 'zh' | 'en'

const TEXT = {
  zh: {
    title: '活动效果评估报告',
    period: '活动周期',
    data: '数据周期',
    generated: '生成时间',
    indicator: '指标',
    actual: '实际',
    target: '目标',
    achieved: '完成率',
    noTarget: '未设目标',
    trend: '每日趋势',
    views: '阅读/播放',
    business: '业务转化（预约+咨询+报名）',
    channel: '分渠道',
    format: '分内容形式',
    author: '分作者（医生）',
    kol: '分 KOL',
    columns: ['名称', '阅读/播放', '曝光', '互动', '互动率', '业务转化'],
    none: '暂无数据',
  },
  en: {
    title: 'Campaign evaluation 活动效果评估报告',
    period: 'Campaign',
    data: 'Data',
    generated: 'Generated',
    indicator: 'Indicator',
    actual: 'Actual',
    target: 'Target',
    achieved: 'Achieved',
    noTarget: 'no target',
    trend: 'By day',
    views: 'Reads/plays',
    business: 'Business (appointments+consultations+sign-ups)',
    channel: 'By channel',
    format: 'By content format',
    author: 'By author (doctor)',
    kol: 'By KOL',
    columns: ['Name', 'Reads/plays', 'Impressions', 'Interactions', 'Engagement', 'Business'],
    none: 'No data',
  },
} as const

const COLORS = { ink: '#1f2933', muted: '#6b7785', grid: '#d5dae0', bar: '#2f6fdf', met: '#2e9e6a', line2: '#e08a1e' }

export const formatFigure = (value: number | null, unit: Indicator['unit'], language: Language): string => {
  if (value === null) return '—'
  const locale = language === 'en' ? 'en-US' : 'zh-CN'
  if (unit === 'percent') return `${value.toFixed(1)}%`
  if (unit === 'score') return value.toFixed(1)
  return value.toLocaleString(locale, { maximumFractionDigits: 1 })
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '—')

/** Renders the PDF into a Buffer. Throws when the font cannot be used (the caller answers 503). */
export const renderEvaluationPdf = async (
  evaluation: LoadedEvaluation,
  font: CjkFont,
  { language = 'zh', now = new Date() }: { language?: Language; now?: Date } = {},
): Promise<Buffer> => {
  // Loaded on first use: the admin's bundle imports the config, and never renders a PDF.
  const { default: PDFDocument } = await import('pdfkit')
  const t = TEXT[language]
  const doc: PDFKit.PDFDocument = new PDFDocument({
    size: 'A4',
    margin: 40,
    info: { Title: `${TEXT.zh.title} · ${evaluation.campaign.name ?? ''}`, Creator: 'hospital-cms' },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  try {
    doc.registerFont('cjk', font.path, font.family ?? undefined)
    doc.font('cjk')
  } catch (error) {
    doc.end()
    throw Object.assign(new Error(`font unusable: ${font.path}`), { cause: error, fontUnusable: true })
  }

  const left = doc.page.margins.left
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
  const ensure = (height: number) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
  }

  doc.fillColor(COLORS.ink).fontSize(20).text(t.title, left, doc.y)
  doc
    .moveDown(0.2)
    .fontSize(13)
    .text(evaluation.campaign.name ?? `#${evaluation.campaign.id}`)
  doc
    .moveDown(0.2)
    .fontSize(9)
    .fillColor(COLORS.muted)
    .text(
      `${t.period}：${day(evaluation.campaign.startDate)} – ${day(evaluation.campaign.endDate)}\u3000` +
        `${t.data}：${evaluation.period.from ?? '—'} – ${evaluation.period.to ?? '—'}\u3000` +
        `${t.generated}：${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    )
  doc.moveDown(0.8)

  // Indicators against targets, one block per dimension, each with an achievement bar.
  const cols = { label: left, actual: left + 150, target: left + 250, achieved: left + 340, bar: left + 400 }
  const barWidth = width - (cols.bar - left)
  for (const dimension of DIMENSIONS) {
    const indicators = evaluation.dimensions[dimension]
    ensure(30 + indicators.length * 16)
    doc
      .fillColor(COLORS.ink)
      .fontSize(12)
      .text(`${DIMENSION_LABELS[dimension].zh} ${DIMENSION_LABELS[dimension].en}`, left)
    doc.moveDown(0.2)
    let y = doc.y
    doc.fontSize(8).fillColor(COLORS.muted)
    doc.text(t.indicator, cols.label, y).text(t.actual, cols.actual, y).text(t.target, cols.target, y)
    doc.text(t.achieved, cols.achieved, y)
    y += 12
    for (const indicator of indicators) {
      doc.fontSize(9).fillColor(COLORS.ink)
      doc.text(INDICATOR_LABELS[indicator.key][language], cols.label, y, { width: 145, lineBreak: false })
      doc.text(formatFigure(indicator.actual, indicator.unit, language), cols.actual, y, { lineBreak: false })
      doc.text(
        indicator.target === null ? t.noTarget : formatFigure(indicator.target, indicator.unit, language),
        cols.target,
        y,
        {
          lineBreak: false,
        },
      )
      doc.text(indicator.achieved === null ? '—' : `${(indicator.achieved * 100).toFixed(1)}%`, cols.achieved, y, {
        lineBreak: false,
      })
      doc.rect(cols.bar, y + 1, barWidth, 8).fill(COLORS.grid)
      if (indicator.achieved !== null && indicator.achieved > 0)
        doc
          .rect(cols.bar, y + 1, barWidth * Math.min(indicator.achieved, 1), 8)
          .fill(indicator.achieved >= 1 ? COLORS.met : COLORS.bar)
      y += 15
    }
    doc.x = left
    doc.y = y + 6
  }

  drawTrend(doc, evaluation.byDay, { left, width, t, language })

  const table = (title: string, lines: BreakdownLine[]) => {
    // The heading, the column names and a first row stay together.
    ensure(60)
    doc.fillColor(COLORS.ink).fontSize(12).text(title, left, doc.y)
    doc.moveDown(0.2)
    const at = [left, left + 190, left + 260, left + 330, left + 400, left + 460]
    let y = doc.y
    doc.fontSize(8).fillColor(COLORS.muted)
    t.columns.forEach((name, i) => doc.text(name, at[i], y, { lineBreak: false }))
    y += 12
    if (!lines.length) {
      doc.fontSize(9).text(t.none, left, y)
      y += 14
    }
    for (const line of lines.slice(0, 10)) {
      if (y + 14 > doc.page.height - doc.page.margins.bottom) {
        doc.addPage()
        y = doc.y
      }
      const cells = [
        line.label,
        line.views.toLocaleString('zh-CN'),
        line.impressions.toLocaleString('zh-CN'),
        line.interactions.toLocaleString('zh-CN'),
        line.engagementRate === null ? '—' : `${line.engagementRate.toFixed(2)}%`,
        String(line.appointments + line.consultations + line.signUps),
      ]
      doc.fontSize(9).fillColor(COLORS.ink)
      cells.forEach((cell, i) =>
        doc.text(cell, at[i], y, { width: i === 0 ? 185 : 65, lineBreak: false, ellipsis: true }),
      )
      y += 14
    }
    doc.x = left
    doc.y = y + 8
  }
  table(t.channel, evaluation.byChannel)
  table(t.format, evaluation.byFormat)
  table(t.author, evaluation.byAuthor)
  table(t.kol, evaluation.byKol)

  doc.end()
  return done
}

/** Reads/plays (left scale) and business conversions (right scale) by day, as two polylines. */
const drawTrend = (
  doc: PDFKit.PDFDocument,
  days: DayLine[],
  { left, width, t, language }: { left: number; width: number; t: (typeof TEXT)[Language]; language: Language },
) => {
  const height = 150
  if (doc.y + height + 50 > doc.page.height - doc.page.margins.bottom) doc.addPage()
  doc.fillColor(COLORS.ink).fontSize(12).text(t.trend, left, doc.y)
  doc.moveDown(0.3)
  const top = doc.y
  const plot = { x: left + 40, y: top, w: width - 80, h: height }
  doc.lineWidth(0.5).strokeColor(COLORS.grid)
  for (let i = 0; i <= 4; i++) {
    const y = plot.y + (plot.h * i) / 4
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.w, y)
      .stroke()
  }
  if (!days.length) {
    doc
      .fontSize(9)
      .fillColor(COLORS.muted)
      .text(t.none, plot.x + 10, plot.y + plot.h / 2)
  } else {
    const business = days.map((d) => d.appointments + d.consultations + d.signUps)
    const maxViews = Math.max(1, ...days.map((d) => d.views))
    const maxBusiness = Math.max(1, ...business)
    const xOf = (i: number) => plot.x + (days.length === 1 ? plot.w / 2 : (plot.w * i) / (days.length - 1))
    const series = (values: number[], max: number, color: string) => {
      doc.lineWidth(1.6).strokeColor(color)
      values.forEach((v, i) => {
        const y = plot.y + plot.h - (plot.h * v) / max
        if (i === 0) doc.moveTo(xOf(i), y)
        else doc.lineTo(xOf(i), y)
      })
      doc.stroke()
      values.forEach((v, i) => doc.circle(xOf(i), plot.y + plot.h - (plot.h * v) / max, 1.8).fill(color))
    }
    series(
      days.map((d) => d.views),
      maxViews,
      COLORS.bar,
    )
    series(business, maxBusiness, COLORS.line2)
    doc.fontSize(7).fillColor(COLORS.muted)
    doc.text(maxViews.toLocaleString(language === 'en' ? 'en-US' : 'zh-CN'), left, plot.y - 3, {
      width: 36,
      align: 'right',
    })
    doc.text('0', left, plot.y + plot.h - 4, { width: 36, align: 'right' })
    doc.text(String(maxBusiness), plot.x + plot.w + 4, plot.y - 3)
    doc.text(days[0].date, plot.x, plot.y + plot.h + 4, { lineBreak: false })
    doc.text(days.at(-1)!.date, plot.x + plot.w - 50, plot.y + plot.h + 4, { lineBreak: false })
  }
  const legendY = plot.y + plot.h + 18
  doc.rect(plot.x, legendY + 2, 10, 4).fill(COLORS.bar)
  doc
    .fontSize(8)
    .fillColor(COLORS.ink)
    .text(t.views, plot.x + 14, legendY, { lineBreak: false })
  doc.rect(plot.x + 120, legendY + 2, 10, 4).fill(COLORS.line2)
  doc.fillColor(COLORS.ink).text(t.business, plot.x + 134, legendY, { lineBreak: false })
  doc.x = left
  doc.y = legendY + 22
}
