// A campaign evaluation as ONE flat CSV table, like the campaign report's: the first column names
// the block (指标, 分渠道, 分内容形式, 分作者, 分 KOL, 日期) so the file filters and pivots in Excel.
// Indicator rows fill the indicator columns, breakdown and day rows the figure columns. Rounded
// here, for people: percentages and scores to two decimals, achievement as a percentage.
import { type CsvCell, toCsv } from './csv'
import {
  DIMENSION_LABELS,
  DIMENSIONS,
  type BreakdownLine,
  type Evaluation,
  INDICATOR_LABELS,
  type Unit,
} from './evaluation'
import { percent } from './reportCsv'

type Language = 'zh' | 'en'

const TEXT = {
  zh: {
    header: [
      '区块',
      '维度',
      '编号',
      '名称',
      '单位',
      '实际',
      '目标',
      '完成率',
      '基线',
      '曝光',
      '阅读/播放',
      '互动',
      '转发',
      '互动率',
      '预约挂号',
      '在线咨询',
      '活动报名',
      '粉丝净增',
      '品牌词搜索量',
    ],
    indicator: '指标',
    channel: '分渠道',
    format: '分内容形式',
    author: '分作者',
    kol: '分 KOL',
    day: '日期',
    units: { count: '次', percent: '%', score: '分', hours: '小时' },
  },
  en: {
    header: [
      'Block',
      'Dimension',
      'Key',
      'Name',
      'Unit',
      'Actual',
      'Target',
      'Achieved',
      'Baseline',
      'Impressions',
      'Reads/plays',
      'Interactions',
      'Shares',
      'Engagement rate',
      'Appointments',
      'Consultations',
      'Sign-ups',
      'Follower growth',
      'Brand searches',
    ],
    indicator: 'Indicator',
    channel: 'Channel',
    format: 'Content format',
    author: 'Author',
    kol: 'KOL',
    day: 'Day',
    units: { count: 'count', percent: '%', score: 'score', hours: 'hours' },
  },
} as const

/** A figure as people read it: whole counts as they are, percentages and scores to two decimals. */
export const figure = (value: number | null | undefined, unit: Unit = 'count'): CsvCell => {
  if (value === null || value === undefined) return null
  if (unit === 'count' && Number.isInteger(value)) return value
  return Number(value.toFixed(2))
}

const EMPTY_INDICATOR: CsvCell[] = [null, null, null, null, null]

const lineCells = (line: BreakdownLine): CsvCell[] => [
  line.impressions,
  line.views,
  line.interactions,
  line.shares,
  line.engagementRate === null ? null : `${line.engagementRate.toFixed(2)}%`,
  line.appointments,
  line.consultations,
  line.signUps,
  null,
  null,
]

export const evaluationCsv = (evaluation: Evaluation, language: Language = 'zh'): string => {
  const t = TEXT[language]
  const rows: CsvCell[][] = [[...t.header]]
  for (const dimension of DIMENSIONS)
    for (const indicator of evaluation.dimensions[dimension])
      rows.push([
        t.indicator,
        DIMENSION_LABELS[dimension][language],
        indicator.key,
        INDICATOR_LABELS[indicator.key][language],
        t.units[indicator.unit],
        figure(indicator.actual, indicator.unit),
        figure(indicator.target, indicator.unit),
        percent(indicator.achieved),
        figure(indicator.baseline, indicator.unit),
        ...Array.from({ length: 10 }, () => null),
      ])
  const block = (name: string, lines: BreakdownLine[]) => {
    for (const line of lines) rows.push([name, null, line.id, line.label, ...EMPTY_INDICATOR, ...lineCells(line)])
  }
  block(t.channel, evaluation.byChannel)
  block(t.format, evaluation.byFormat)
  block(t.author, evaluation.byAuthor)
  block(t.kol, evaluation.byKol)
  for (const day of evaluation.byDay)
    rows.push([
      t.day,
      null,
      day.date,
      day.date,
      ...EMPTY_INDICATOR,
      day.impressions,
      day.views,
      day.interactions,
      day.shares,
      day.views > 0 ? `${((day.interactions / day.views) * 100).toFixed(2)}%` : null,
      day.appointments,
      day.consultations,
      day.signUps,
      day.followerGrowth,
      day.brandSearchVolume,
    ])
  return toCsv(rows)
}
