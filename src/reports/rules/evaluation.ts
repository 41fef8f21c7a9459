// A campaign's evaluation in four dimensions — brand, reach, business, social — each indicator
// against its target, trends by day, and breakdowns by channel, content format, author (doctor)
// and KOL. Pure. Rows are added page by page to an accumulator (the shell reads the campaign's
// rows in bounded pages) and `finish` turns the sums into the evaluation; sums are associative, so
// how the rows were split into pages never changes a figure (a property test holds it to that).
//
// Units: counts and hours are raw; percentages are 0–100 (as staff type targets); NPS is −100…100.
// `achieved` is actual / target, unrounded (1 = met), null without a (positive) target.
import { dateRange } from './dates'
import type { BusinessKind, NpsCount, SocialIndicatorKind } from './evaluationRows'
import type { SentimentCount } from './metricRows'

export type Id = string | number

export const DIMENSIONS = ['brand', 'reach', 'business', 'social'] as const
export type Dimension = (typeof DIMENSIONS)[number]

export type Unit = 'count' | 'percent' | 'score' | 'hours'

/** Every indicator, its dimension, unit and the kpiTargets field that holds its target. */
export const INDICATORS = [
  { key: 'followerGrowth', dimension: 'brand', unit: 'count', target: 'followerGrowth' },
  { key: 'followers', dimension: 'brand', unit: 'count', target: null },
  { key: 'brandSearchVolume', dimension: 'brand', unit: 'count', target: 'brandSearchVolume' },
  { key: 'mentionShare', dimension: 'brand', unit: 'percent', target: 'mentionShare' },
  { key: 'positiveShare', dimension: 'brand', unit: 'percent', target: 'positiveShare' },
  { key: 'nps', dimension: 'brand', unit: 'score', target: 'nps' },
  { key: 'impressions', dimension: 'reach', unit: 'count', target: 'impressions' },
  // Reads and plays: the existing "reach" target (触达人次) is this one.
  { key: 'views', dimension: 'reach', unit: 'count', target: 'reach' },
  { key: 'shares', dimension: 'reach', unit: 'count', target: 'shares' },
  { key: 'interactions', dimension: 'reach', unit: 'count', target: 'interactions' },
  { key: 'engagementRate', dimension: 'reach', unit: 'percent', target: 'engagementRate' },
  { key: 'appointments', dimension: 'business', unit: 'count', target: 'appointments' },
  { key: 'consultations', dimension: 'business', unit: 'count', target: 'consultations' },
  { key: 'signUps', dimension: 'business', unit: 'count', target: 'signUps' },
  { key: 'conversions', dimension: 'business', unit: 'count', target: 'conversions' },
  { key: 'screeningUptake', dimension: 'social', unit: 'percent', target: 'screeningUptake' },
  { key: 'vaccinationUptake', dimension: 'social', unit: 'percent', target: 'vaccinationUptake' },
  { key: 'quizScore', dimension: 'social', unit: 'score', target: 'quizScore' },
  { key: 'volunteerHours', dimension: 'social', unit: 'hours', target: 'volunteerHours' },
] as const satisfies readonly { key: string; dimension: Dimension; unit: Unit; target: string | null }[]

export type IndicatorKey = (typeof INDICATORS)[number]['key']
export type TargetField = Exclude<(typeof INDICATORS)[number]['target'], null>
export type Targets = Partial<Record<TargetField, number | null>>

export const INDICATOR_LABELS: Record<IndicatorKey, { zh: string; en: string }> = {
  followerGrowth: { zh: '粉丝净增', en: 'Follower growth' },
  followers: { zh: '期末粉丝数', en: 'Followers (end)' },
  brandSearchVolume: { zh: '品牌词搜索量', en: 'Brand searches' },
  mentionShare: { zh: '声量占比', en: 'Mention share' },
  positiveShare: { zh: '正面情感占比', en: 'Positive sentiment' },
  nps: { zh: '净推荐值 NPS', en: 'NPS' },
  impressions: { zh: '曝光', en: 'Impressions' },
  views: { zh: '阅读/播放', en: 'Reads/plays' },
  shares: { zh: '转发', en: 'Shares' },
  interactions: { zh: '互动次数', en: 'Interactions' },
  engagementRate: { zh: '互动率', en: 'Engagement rate' },
  appointments: { zh: '预约挂号', en: 'Appointments' },
  consultations: { zh: '在线咨询', en: 'Consultations' },
  signUps: { zh: '活动报名', en: 'Sign-ups' },
  conversions: { zh: '渠道转化', en: 'Channel conversions' },
  screeningUptake: { zh: '筛查率', en: 'Screening uptake' },
  vaccinationUptake: { zh: '接种率', en: 'Vaccination uptake' },
  quizScore: { zh: '健康知识测评得分', en: 'Health-quiz score' },
  volunteerHours: { zh: '志愿服务时长', en: 'Volunteer hours' },
}

export const DIMENSION_LABELS: Record<Dimension, { zh: string; en: string }> = {
  brand: { zh: '品牌', en: 'Brand' },
  reach: { zh: '传播', en: 'Reach' },
  business: { zh: '业务', en: 'Business' },
  social: { zh: '社会效益', en: 'Social' },
}

export const FORMAT_LABELS: Record<string, { zh: string; en: string }> = {
  graphic: { zh: '图文', en: 'Text and images' },
  'long-image': { zh: '长图', en: 'Long image' },
  'video-script': { zh: '短视频', en: 'Short video' },
  live: { zh: '直播', en: 'Live stream' },
  'patient-story': { zh: '患者故事', en: 'Patient story' },
  unknown: { zh: '未归类', en: 'Unclassified' },
}

export type Indicator = {
  key: IndicatorKey
  dimension: Dimension
  unit: Unit
  /** null when no data came in for it (a percentage of nothing is not 0 %). */
  actual: number | null
  target: number | null
  achieved: number | null
  /** Social uptake and quiz scores: the figure before the campaign, when measured. */
  baseline?: number | null
}

export type EvalMetricRow = {
  date: string
  channel: Id | null
  contentCollection: string | null
  contentId: string | null
  kolPartner: Id | null
  views: number
  impressions: number
  likes: number
  comments: number
  shares: number
  saves: number
  conversions: number
}

export type EvalAccountRow = {
  account: string
  date: string
  followers: number
  followerGrowth: number
  brandSearchVolume: number
  mentions: number
  categoryMentions: number
  sentiment: Record<SentimentCount, number>
  nps: Record<NpsCount, number>
}

export type EvalEventRow = {
  date: string
  kind: BusinessKind
  channel: Id | null
  contentCollection: string | null
  contentId: string | null
  kolPartner: Id | null
}

export type EvalSocialRow = {
  indicator: SocialIndicatorKind
  date: string
  community: string
  baseline: number | null
  value: number
  sampleSize: number | null
}

/** What the shell knows of each content item: its format and its authors (doctors). */
export type ContentFacts = { format: string; authors: Id[] }

export type BreakdownLine = {
  id: string
  label: string
  views: number
  impressions: number
  interactions: number
  shares: number
  /** interactions / views × 100; null without views */
  engagementRate: number | null
  appointments: number
  consultations: number
  signUps: number
}

export type DayLine = {
  date: string
  views: number
  impressions: number
  interactions: number
  shares: number
  followerGrowth: number
  brandSearchVolume: number
  appointments: number
  consultations: number
  signUps: number
}

export type Evaluation = {
  dimensions: Record<Dimension, Indicator[]>
  byDay: DayLine[]
  byChannel: BreakdownLine[]
  byFormat: BreakdownLine[]
  byAuthor: BreakdownLine[]
  byKol: BreakdownLine[]
  period: { from: string | null; to: string | null }
  rows: { metrics: number; accounts: number; events: number; social: number }
}

type Reach = { views: number; impressions: number; interactions: number; shares: number; conversions: number }
type Business = Record<'appointments' | 'consultations' | 'signUps', number>
type Line = Reach & Business
type Day = Reach & Business & { followerGrowth: number; brandSearchVolume: number }

const emptyLine = (): Line => ({
  views: 0,
  impressions: 0,
  interactions: 0,
  shares: 0,
  conversions: 0,
  appointments: 0,
  consultations: 0,
  signUps: 0,
})
const emptyDay = (): Day => ({ ...emptyLine(), followerGrowth: 0, brandSearchVolume: 0 })

const KIND_FIELD: Record<BusinessKind, keyof Business> = {
  appointment: 'appointments',
  consultation: 'consultations',
  'sign-up': 'signUps',
}

const contentKey = (collection: string | null, id: string | null) => (collection && id ? `${collection}:${id}` : null)

/** Sums a campaign's rows; add pages in any order, then finish. */
export class EvaluationAccumulator {
  readonly totals = emptyLine()
  readonly days = new Map<string, Day>()
  readonly channels = new Map<string, Line>()
  readonly contents = new Map<string, Line>()
  readonly kols = new Map<string, Line>()
  readonly brand = {
    followerGrowth: 0,
    brandSearchVolume: 0,
    mentions: 0,
    categoryMentions: 0,
    sentiment: { positive: 0, neutral: 0, negative: 0 },
    nps: { promoters: 0, passives: 0, detractors: 0 },
  }
  /** Per account, its last day and that day's followers. */
  readonly followers = new Map<string, { date: string; followers: number }>()
  readonly social: EvalSocialRow[] = []
  readonly counts = { metrics: 0, accounts: 0, events: 0, social: 0 }

  private day(date: string) {
    let day = this.days.get(date)
    if (!day) this.days.set(date, (day = emptyDay()))
    return day
  }

  private static line(map: Map<string, Line>, key: string) {
    let line = map.get(key)
    if (!line) map.set(key, (line = emptyLine()))
    return line
  }

  addMetrics(rows: EvalMetricRow[]): this {
    for (const row of rows) {
      this.counts.metrics++
      const interactions = row.likes + row.comments + row.shares + row.saves
      const add = (line: Line) => {
        line.views += row.views
        line.impressions += row.impressions
        line.interactions += interactions
        line.shares += row.shares
        line.conversions += row.conversions
      }
      add(this.totals)
      add(this.day(row.date))
      if (row.channel !== null) add(EvaluationAccumulator.line(this.channels, String(row.channel)))
      const content = contentKey(row.contentCollection, row.contentId)
      if (content) add(EvaluationAccumulator.line(this.contents, content))
      add(EvaluationAccumulator.line(this.kols, row.kolPartner === null ? '' : String(row.kolPartner)))
    }
    return this
  }

  addAccounts(rows: EvalAccountRow[]): this {
    for (const row of rows) {
      this.counts.accounts++
      const b = this.brand
      b.followerGrowth += row.followerGrowth
      b.brandSearchVolume += row.brandSearchVolume
      b.mentions += row.mentions
      b.categoryMentions += row.categoryMentions
      for (const k of ['positive', 'neutral', 'negative'] as const) b.sentiment[k] += row.sentiment[k]
      for (const k of ['promoters', 'passives', 'detractors'] as const) b.nps[k] += row.nps[k]
      const day = this.day(row.date)
      day.followerGrowth += row.followerGrowth
      day.brandSearchVolume += row.brandSearchVolume
      const last = this.followers.get(row.account)
      // An account's last day wins; a tie (never two rows of one account and day) keeps the larger.
      if (!last || row.date > last.date || (row.date === last.date && row.followers > last.followers))
        this.followers.set(row.account, { date: row.date, followers: row.followers })
    }
    return this
  }

  addEvents(rows: EvalEventRow[]): this {
    for (const row of rows) {
      this.counts.events++
      const field = KIND_FIELD[row.kind]
      this.totals[field]++
      this.day(row.date)[field]++
      if (row.channel !== null) EvaluationAccumulator.line(this.channels, String(row.channel))[field]++
      const content = contentKey(row.contentCollection, row.contentId)
      if (content) EvaluationAccumulator.line(this.contents, content)[field]++
      // Events reach a KOL only through a distribution's content; a campaign-only event has no KOL line.
      if (content) EvaluationAccumulator.line(this.kols, row.kolPartner === null ? '' : String(row.kolPartner))[field]++
    }
    return this
  }

  addSocial(rows: EvalSocialRow[]): this {
    for (const row of rows) {
      this.counts.social++
      this.social.push(row)
    }
    return this
  }
}

/** actual / target when both are there and the target is positive. */
export const achievement = (actual: number | null, target: number | null | undefined): number | null =>
  actual === null || typeof target !== 'number' || !Number.isFinite(target) || target <= 0 ? null : actual / target

const percentOf = (part: number, whole: number): number | null => (whole > 0 ? (part / whole) * 100 : null)

/**
 * A social uptake or score across communities: each community's latest measurement, weighted by
 * its sample size (all equal when any is missing); the baseline the same way over the latest
 * measurements that carry one.
 */
export const combineMeasurements = (rows: EvalSocialRow[]): { actual: number | null; baseline: number | null } => {
  const latest = new Map<string, EvalSocialRow>()
  for (const row of rows) {
    const seen = latest.get(row.community)
    if (!seen || row.date > seen.date) latest.set(row.community, row)
  }
  const chosen = [...latest.values()]
  if (!chosen.length) return { actual: null, baseline: null }
  const weighted = (items: EvalSocialRow[], pick: (row: EvalSocialRow) => number) => {
    if (!items.length) return null
    const equal = items.some((row) => row.sampleSize === null)
    let sum = 0
    let weight = 0
    for (const row of items) {
      const w = equal ? 1 : row.sampleSize!
      sum += pick(row) * w
      weight += w
    }
    return sum / weight
  }
  return {
    actual: weighted(chosen, (row) => row.value),
    baseline: weighted(
      chosen.filter((row) => row.baseline !== null),
      (row) => row.baseline!,
    ),
  }
}

export type EvaluationLabels = {
  channels?: Record<string, string>
  kols?: Record<string, string>
  doctors?: Record<string, string>
  /** Shown for rows without a KOL. */
  noKol?: string
  language?: 'zh' | 'en'
}

const lineOf = (id: string, label: string, sums: Line): BreakdownLine => ({
  id,
  label,
  views: sums.views,
  impressions: sums.impressions,
  interactions: sums.interactions,
  shares: sums.shares,
  engagementRate: percentOf(sums.interactions, sums.views),
  appointments: sums.appointments,
  consultations: sums.consultations,
  signUps: sums.signUps,
})

const byViews = (a: BreakdownLine, b: BreakdownLine) =>
  b.views - a.views ||
  b.appointments + b.consultations + b.signUps - (a.appointments + a.consultations + a.signUps) ||
  a.label.localeCompare(b.label, 'zh-CN')

const addInto = (into: Line, from: Line) => {
  for (const key of Object.keys(into) as (keyof Line)[]) into[key] += from[key]
}

export const finishEvaluation = (
  acc: EvaluationAccumulator,
  {
    targets = {},
    contents = {},
    labels = {},
  }: { targets?: Targets | null; contents?: Record<string, ContentFacts>; labels?: EvaluationLabels },
): Evaluation => {
  const language = labels.language ?? 'zh'
  const t = acc.totals
  const b = acc.brand
  const npsResponses = b.nps.promoters + b.nps.passives + b.nps.detractors
  const sentimentTotal = b.sentiment.positive + b.sentiment.neutral + b.sentiment.negative
  const social = (kind: SocialIndicatorKind) => combineMeasurements(acc.social.filter((row) => row.indicator === kind))
  const volunteer = acc.social.filter((row) => row.indicator === 'volunteer-hours')
  const screening = social('screening-uptake')
  const vaccination = social('vaccination-uptake')
  const quiz = social('quiz-score')

  const actuals: Record<IndicatorKey, { actual: number | null; baseline?: number | null }> = {
    followerGrowth: { actual: acc.counts.accounts ? b.followerGrowth : null },
    followers: { actual: acc.followers.size ? [...acc.followers.values()].reduce((s, f) => s + f.followers, 0) : null },
    brandSearchVolume: { actual: acc.counts.accounts ? b.brandSearchVolume : null },
    mentionShare: { actual: percentOf(b.mentions, b.categoryMentions) },
    positiveShare: { actual: percentOf(b.sentiment.positive, sentimentTotal) },
    nps: { actual: npsResponses > 0 ? ((b.nps.promoters - b.nps.detractors) / npsResponses) * 100 : null },
    impressions: { actual: t.impressions },
    views: { actual: t.views },
    shares: { actual: t.shares },
    interactions: { actual: t.interactions },
    engagementRate: { actual: percentOf(t.interactions, t.views) },
    appointments: { actual: t.appointments },
    consultations: { actual: t.consultations },
    signUps: { actual: t.signUps },
    conversions: { actual: t.conversions },
    screeningUptake: screening,
    vaccinationUptake: vaccination,
    quizScore: quiz,
    volunteerHours: { actual: volunteer.length ? volunteer.reduce((s, row) => s + row.value, 0) : null },
  }

  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, [] as Indicator[]])) as Record<Dimension, Indicator[]>
  for (const spec of INDICATORS) {
    const { actual, baseline } = actuals[spec.key]
    const target = spec.target === null ? null : (targets?.[spec.target] ?? null)
    const validTarget = typeof target === 'number' && Number.isFinite(target) ? target : null
    dimensions[spec.dimension].push({
      key: spec.key,
      dimension: spec.dimension,
      unit: spec.unit,
      actual,
      target: validTarget,
      achieved: achievement(actual, validTarget),
      ...(baseline !== undefined ? { baseline } : {}),
    })
  }

  // Formats and authors come from each content item's facts; a piece by two doctors counts for each.
  const formats = new Map<string, Line>()
  const authors = new Map<string, Line>()
  for (const [key, sums] of acc.contents) {
    const facts = contents[key]
    const format = facts?.format ?? 'unknown'
    addInto(formats.get(format) ?? formats.set(format, emptyLine()).get(format)!, sums)
    for (const author of facts?.authors ?? [])
      addInto(authors.get(String(author)) ?? authors.set(String(author), emptyLine()).get(String(author))!, sums)
  }

  const dates = [...acc.days.keys()].sort()
  const from = dates[0] ?? null
  const to = dates.at(-1) ?? null
  const zero = emptyDay()
  return {
    dimensions,
    byDay:
      from && to
        ? dateRange(from, to).map((date) => {
            const day = acc.days.get(date) ?? zero
            return {
              date,
              views: day.views,
              impressions: day.impressions,
              interactions: day.interactions,
              shares: day.shares,
              followerGrowth: day.followerGrowth,
              brandSearchVolume: day.brandSearchVolume,
              appointments: day.appointments,
              consultations: day.consultations,
              signUps: day.signUps,
            }
          })
        : [],
    byChannel: [...acc.channels].map(([id, sums]) => lineOf(id, labels.channels?.[id] ?? `#${id}`, sums)).sort(byViews),
    byFormat: [...formats].map(([id, sums]) => lineOf(id, FORMAT_LABELS[id]?.[language] ?? id, sums)).sort(byViews),
    byAuthor: [...authors].map(([id, sums]) => lineOf(id, labels.doctors?.[id] ?? `#${id}`, sums)).sort(byViews),
    byKol: [...acc.kols]
      .map(([id, sums]) => lineOf(id, id === '' ? (labels.noKol ?? '无 KOL') : (labels.kols?.[id] ?? `#${id}`), sums))
      .sort(byViews),
    period: { from, to },
    rows: { ...acc.counts },
  }
}
