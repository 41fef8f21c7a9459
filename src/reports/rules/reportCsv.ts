// A campaign report as ONE flat CSV table: the first column names the dimension (合计, KPI 目标,
// KPI 完成率, 渠道, 内容, KOL, 日期), so the file filters and pivots in Excel without splitting
// sections apart. Rates are rounded here, for people, to two decimals of a percent.
import type { CampaignReport, MetricBlock } from './campaignReport'
import { type CsvCell, toCsv } from './csv'

type Language = 'zh' | 'en'

const TEXT = {
  zh: {
    header: [
      '维度',
      '编号',
      '名称',
      '阅读/播放（触达人次）',
      '点赞',
      '评论',
      '转发',
      '收藏',
      '互动合计',
      '点击',
      '转化',
      '互动率',
      '点击率',
      '转化率',
      '正面',
      '中性',
      '负面',
    ],
    total: '合计',
    target: 'KPI 目标',
    achieved: 'KPI 完成率',
    channel: '渠道',
    content: '内容',
    kol: 'KOL',
    day: '日期',
  },
  en: {
    header: [
      'Dimension',
      'Key',
      'Name',
      'Views (reach)',
      'Likes',
      'Comments',
      'Shares',
      'Saves',
      'Interactions',
      'Clicks',
      'Conversions',
      'Engagement rate',
      'Click-through rate',
      'Conversion rate',
      'Positive',
      'Neutral',
      'Negative',
    ],
    total: 'Total',
    target: 'KPI target',
    achieved: 'KPI achieved',
    channel: 'Channel',
    content: 'Content',
    kol: 'KOL',
    day: 'Day',
  },
} as const

export const percent = (fraction: number | null): string | null =>
  fraction === null ? null : `${(fraction * 100).toFixed(2)}%`

const metricCells = (block: MetricBlock): CsvCell[] => [
  block.views,
  block.likes,
  block.comments,
  block.shares,
  block.saves,
  block.interactions,
  block.clicks,
  block.conversions,
  percent(block.engagementRate),
  percent(block.clickThroughRate),
  percent(block.conversionRate),
  block.sentiment.positive,
  block.sentiment.neutral,
  block.sentiment.negative,
]

/** Views, interactions and conversions sit in their own columns; the other metric columns stay empty. */
const kpiCells = (reach: CsvCell, interactions: CsvCell, conversions: CsvCell): CsvCell[] => [
  reach,
  null,
  null,
  null,
  null,
  interactions,
  null,
  conversions,
  null,
  null,
  null,
  null,
  null,
  null,
]

export const campaignReportCsv = (report: CampaignReport, language: Language = 'zh'): string => {
  const t = TEXT[language]
  const { kpi } = report
  const rows: CsvCell[][] = [
    [...t.header],
    [t.total, report.campaign.slug ?? String(report.campaign.id), report.campaign.name, ...metricCells(report.totals)],
    [
      t.target,
      report.campaign.slug ?? String(report.campaign.id),
      report.campaign.name,
      ...kpiCells(kpi.reach.target, kpi.interactions.target, kpi.conversions.target),
    ],
    [
      t.achieved,
      report.campaign.slug ?? String(report.campaign.id),
      report.campaign.name,
      ...kpiCells(percent(kpi.reach.achieved), percent(kpi.interactions.achieved), percent(kpi.conversions.achieved)),
    ],
    ...report.byChannel.map((line) => [t.channel, String(line.id), line.label, ...metricCells(line)]),
    ...report.byContent.map((line) => [t.content, line.key, line.label, ...metricCells(line)]),
    ...report.byKol.map((line) => [t.kol, line.id === null ? '' : String(line.id), line.label, ...metricCells(line)]),
    ...report.byDay.map((line) => [t.day, line.date, line.date, ...metricCells(line)]),
  ]
  return toCsv(rows)
}
