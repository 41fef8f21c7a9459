// A campaign's performance from its distributions and their daily channel metrics: totals against
// the KPI targets, and the same figures by channel, content item, KOL and day. Pure: the endpoint
// loads the documents, this does the arithmetic.
//
// Numbers stay raw (rates and KPI achievement are unrounded fractions, 0.5 = 50 %); only the admin
// panel and the CSV round them for people. Reach is the sum of daily views — 触达人次, person-times,
// as the KPI is defined — so one reader counted on two days counts twice.
import { dateRange } from './dates'
import { METRIC_COUNTS, type MetricCount, SENTIMENT_COUNTS, type SentimentCount } from './metricRows'

export type Id = string | number

export type ReportCampaign = {
  id: Id
  name?: string | null
  slug?: string | null
  startDate?: string | null
  endDate?: string | null
  observanceDate?: string | null
  kpiTargets?: { reach?: number | null; interactions?: number | null; conversions?: number | null } | null
  budget?: number | null
  /** Planned channels, content items and KOLs: listed with zeros when nothing came back for them. */
  channels?: Id[]
  contentItems?: { collection: string; id: Id }[]
  kols?: Id[]
}

export type ReportDistribution = {
  id: Id
  channel: Id | null
  contentCollection: string
  contentId: string
  title?: string | null
  status: string
}

export type ReportMetricRow = Partial<Record<MetricCount, number | null>> & {
  distribution: Id
  date: string
  /** The content's KOL, denormalised when the row was written. */
  kolPartner?: Id | null
  sentiment?: Partial<Record<SentimentCount, number | null>> | null
}

export type ReportLabels = {
  channels?: Record<string, string>
  kols?: Record<string, string>
  /** By content key `${collection}:${id}`. */
  content?: Record<string, string>
  /** The label of the group of content without a KOL. */
  noKol?: string
}

export type SentimentShare = Record<SentimentCount, number>

export type MetricBlock = Record<MetricCount, number> & {
  /** likes + comments + shares + saves */
  interactions: number
  /** interactions / views; 0 when there were no views */
  engagementRate: number
  /** clicks / views; 0 when there were no views */
  clickThroughRate: number
  /** conversions / clicks; 0 when there were no clicks */
  conversionRate: number
  sentiment: Record<SentimentCount, number>
  /** Each sentiment as a fraction of their sum; null when no sentiment was reported. */
  sentimentShare: SentimentShare | null
}

export type KpiProgress = {
  /** null when the campaign sets no (or a zero) target for this KPI */
  target: number | null
  actual: number
  /** actual / target, unrounded (1 = met); null without a target */
  achieved: number | null
  /** what is still missing to the target, never below 0; null without a target */
  remaining: number | null
}

export type ChannelLine = MetricBlock & { id: Id; label: string; distributions: number }
export type ContentLine = MetricBlock & {
  key: string
  collection: string
  id: Id
  label: string
  distributions: number
}
export type KolLine = MetricBlock & { id: Id | null; label: string }
export type DayLine = MetricBlock & { date: string }

export type CampaignReport = {
  campaign: {
    id: Id
    name: string | null
    slug: string | null
    startDate: string | null
    endDate: string | null
    observanceDate: string | null
    budget: number | null
  }
  /** First and last day with metrics. */
  period: { from: string | null; to: string | null }
  distributions: { total: number; byStatus: Record<string, number> }
  totals: MetricBlock
  kpi: { reach: KpiProgress; interactions: KpiProgress; conversions: KpiProgress }
  byChannel: ChannelLine[]
  byContent: ContentLine[]
  byKol: KolLine[]
  byDay: DayLine[]
  /** Metric rows handed in whose distribution is not one of the campaign's (ignored). */
  excludedRows: number
}

type Sums = Record<MetricCount, number> & { sentiment: Record<SentimentCount, number> }

const emptySums = (): Sums => ({
  ...(Object.fromEntries(METRIC_COUNTS.map((field) => [field, 0])) as Record<MetricCount, number>),
  sentiment: Object.fromEntries(SENTIMENT_COUNTS.map((field) => [field, 0])) as Record<SentimentCount, number>,
})

const add = (sums: Sums, row: ReportMetricRow) => {
  for (const field of METRIC_COUNTS) sums[field] += row[field] ?? 0
  for (const field of SENTIMENT_COUNTS) sums.sentiment[field] += row.sentiment?.[field] ?? 0
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0)

/** The derived figures (interactions, rates, sentiment shares) of summed counts. */
export const metricBlock = (sums: Sums): MetricBlock => {
  const interactions = sums.likes + sums.comments + sums.shares + sums.saves
  const sentimentTotal = sums.sentiment.positive + sums.sentiment.neutral + sums.sentiment.negative
  return {
    ...(Object.fromEntries(METRIC_COUNTS.map((field) => [field, sums[field]])) as Record<MetricCount, number>),
    interactions,
    engagementRate: ratio(interactions, sums.views),
    clickThroughRate: ratio(sums.clicks, sums.views),
    conversionRate: ratio(sums.conversions, sums.clicks),
    sentiment: { ...sums.sentiment },
    sentimentShare:
      sentimentTotal > 0
        ? {
            positive: sums.sentiment.positive / sentimentTotal,
            neutral: sums.sentiment.neutral / sentimentTotal,
            negative: sums.sentiment.negative / sentimentTotal,
          }
        : null,
  }
}

export const kpiProgress = (target: number | null | undefined, actual: number): KpiProgress => {
  if (typeof target !== 'number' || !Number.isFinite(target) || target <= 0)
    return { target: null, actual, achieved: null, remaining: null }
  return { target, actual, achieved: actual / target, remaining: Math.max(target - actual, 0) }
}

const byViews = <T extends { views: number; label: string }>(a: T, b: T) =>
  b.views - a.views || a.label.localeCompare(b.label, 'zh-CN')

/** Groups rows under keys, remembering insertion order, with planned keys present from the start. */
class Groups<K> {
  readonly sums = new Map<string, { key: K; sums: Sums; distributions: Set<string> }>()
  ensure(id: string, key: K) {
    let group = this.sums.get(id)
    if (!group) this.sums.set(id, (group = { key, sums: emptySums(), distributions: new Set() }))
    return group
  }
}

export const computeCampaignReport = ({
  campaign,
  distributions,
  metrics,
  labels = {},
}: {
  campaign: ReportCampaign
  distributions: ReportDistribution[]
  metrics: ReportMetricRow[]
  labels?: ReportLabels
}): CampaignReport => {
  const distributionById = new Map(distributions.map((d) => [String(d.id), d]))
  const channelLabel = (id: Id) => labels.channels?.[String(id)] ?? `#${id}`
  const kolLabel = (id: Id | null) =>
    id === null ? (labels.noKol ?? '无 KOL') : (labels.kols?.[String(id)] ?? `#${id}`)
  const contentKey = (collection: string, id: Id) => `${collection}:${id}`

  const channels = new Groups<Id>()
  const contents = new Groups<{ collection: string; id: Id; title: string | null }>()
  const kols = new Groups<Id | null>()
  const days = new Map<string, Sums>()
  const totals = emptySums()

  for (const id of campaign.channels ?? []) channels.ensure(String(id), id)
  for (const item of campaign.contentItems ?? [])
    contents.ensure(contentKey(item.collection, item.id), { collection: item.collection, id: item.id, title: null })
  for (const id of campaign.kols ?? []) kols.ensure(String(id), id)
  for (const d of distributions) {
    if (d.channel !== null) channels.ensure(String(d.channel), d.channel).distributions.add(String(d.id))
    const content = contents.ensure(contentKey(d.contentCollection, d.contentId), {
      collection: d.contentCollection,
      id: d.contentId,
      title: d.title ?? null,
    })
    content.key.title ??= d.title ?? null
    content.distributions.add(String(d.id))
  }

  let excludedRows = 0
  for (const row of metrics) {
    const distribution = distributionById.get(String(row.distribution))
    // Rows of another campaign's distribution (or a mislabelled row) never leak into this report.
    if (!distribution) {
      excludedRows++
      continue
    }
    add(totals, row)
    if (distribution.channel !== null)
      add(channels.ensure(String(distribution.channel), distribution.channel).sums, row)
    add(
      contents.ensure(contentKey(distribution.contentCollection, distribution.contentId), {
        collection: distribution.contentCollection,
        id: distribution.contentId,
        title: distribution.title ?? null,
      }).sums,
      row,
    )
    const kol = row.kolPartner ?? null
    add(kols.ensure(kol === null ? '' : String(kol), kol).sums, row)
    let day = days.get(row.date)
    if (!day) days.set(row.date, (day = emptySums()))
    add(day, row)
  }

  const dates = [...days.keys()].sort()
  const from = dates[0] ?? null
  const to = dates.at(-1) ?? null
  const byStatus: Record<string, number> = {}
  for (const d of distributions) byStatus[d.status] = (byStatus[d.status] ?? 0) + 1
  const totalBlock = metricBlock(totals)
  const targets = campaign.kpiTargets ?? {}

  return {
    campaign: {
      id: campaign.id,
      name: campaign.name ?? null,
      slug: campaign.slug ?? null,
      startDate: campaign.startDate ?? null,
      endDate: campaign.endDate ?? null,
      observanceDate: campaign.observanceDate ?? null,
      budget: campaign.budget ?? null,
    },
    period: { from, to },
    distributions: { total: distributions.length, byStatus },
    totals: totalBlock,
    kpi: {
      reach: kpiProgress(targets.reach, totalBlock.views),
      interactions: kpiProgress(targets.interactions, totalBlock.interactions),
      conversions: kpiProgress(targets.conversions, totalBlock.conversions),
    },
    byChannel: [...channels.sums.values()]
      .map(({ key, sums, distributions: ds }) => ({
        id: key,
        label: channelLabel(key),
        distributions: ds.size,
        ...metricBlock(sums),
      }))
      .sort(byViews),
    byContent: [...contents.sums.entries()]
      .map(([key, { key: item, sums, distributions: ds }]) => ({
        key,
        collection: item.collection,
        id: item.id,
        label: labels.content?.[key] ?? item.title ?? `${item.collection} #${item.id}`,
        distributions: ds.size,
        ...metricBlock(sums),
      }))
      .sort(byViews),
    byKol: [...kols.sums.values()]
      .map(({ key, sums }) => ({ id: key, label: kolLabel(key), ...metricBlock(sums) }))
      .sort(byViews),
    // Every day from the first to the last with metrics, quiet days as zeros, so charts keep their time axis.
    byDay:
      from && to ? dateRange(from, to).map((date) => ({ date, ...metricBlock(days.get(date) ?? emptySums()) })) : [],
    excludedRows,
  }
}
