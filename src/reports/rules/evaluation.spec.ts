import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  combineMeasurements,
  type EvalAccountRow,
  type EvalEventRow,
  type EvalMetricRow,
  EvaluationAccumulator,
  finishEvaluation,
} from './evaluation'
import { evaluationCsv } from './evaluationCsv'

const metric = (overrides: Partial<EvalMetricRow>): EvalMetricRow => ({
  date: '2026-09-01',
  channel: 1,
  contentCollection: 'articles',
  contentId: '10',
  kolPartner: null,
  views: 0,
  impressions: 0,
  likes: 0,
  comments: 0,
  shares: 0,
  saves: 0,
  conversions: 0,
  ...overrides,
})

const account = (overrides: Partial<EvalAccountRow>): EvalAccountRow => ({
  account: 'gh_a',
  date: '2026-09-01',
  followers: 0,
  followerGrowth: 0,
  brandSearchVolume: 0,
  mentions: 0,
  categoryMentions: 0,
  sentiment: { positive: 0, neutral: 0, negative: 0 },
  nps: { promoters: 0, passives: 0, detractors: 0 },
  ...overrides,
})

const event = (overrides: Partial<EvalEventRow>): EvalEventRow => ({
  date: '2026-09-02',
  kind: 'appointment',
  channel: 1,
  contentCollection: 'articles',
  contentId: '10',
  kolPartner: null,
  ...overrides,
})

const pick = (evaluation: ReturnType<typeof finishEvaluation>, key: string) =>
  Object.values(evaluation.dimensions)
    .flat()
    .find((i) => i.key === key)!

describe(finishEvaluation.name, () => {
  const acc = () =>
    new EvaluationAccumulator()
      .addMetrics([
        metric({ views: 1000, impressions: 3000, likes: 40, comments: 5, shares: 10, saves: 5, conversions: 2 }),
        metric({ date: '2026-09-03', channel: 2, contentId: '11', kolPartner: 5, views: 200, likes: 10 }),
        metric({ contentCollection: 'patient-stories', contentId: '3', views: 100 }),
      ])
      .addAccounts([
        account({ followers: 500, followerGrowth: 20, mentions: 10, categoryMentions: 40 }),
        account({
          date: '2026-09-02',
          followers: 530,
          followerGrowth: 30,
          sentiment: { positive: 3, neutral: 1, negative: 0 },
        }),
        account({ account: 'brand', brandSearchVolume: 900, nps: { promoters: 5, passives: 3, detractors: 2 } }),
      ])
      .addEvents([event({}), event({ kind: 'sign-up', channel: null, contentCollection: null, contentId: null })])
      .addSocial([
        { indicator: 'screening-uptake', date: '2026-09-01', community: 'A', baseline: 20, value: 30, sampleSize: 100 },
        { indicator: 'screening-uptake', date: '2026-09-05', community: 'A', baseline: 20, value: 40, sampleSize: 100 },
        {
          indicator: 'screening-uptake',
          date: '2026-09-05',
          community: 'B',
          baseline: null,
          value: 70,
          sampleSize: 300,
        },
        {
          indicator: 'volunteer-hours',
          date: '2026-09-05',
          community: 'A',
          baseline: null,
          value: 12.5,
          sampleSize: null,
        },
      ])

  const evaluation = finishEvaluation(acc(), {
    targets: { reach: 2600, appointments: 4, screeningUptake: 50, nps: 0, followerGrowth: 100, engagementRate: 5 },
    contents: {
      'articles:10': { format: 'graphic', authors: [7, 8] },
      'articles:11': { format: 'video-script', authors: [7] },
      'patient-stories:3': { format: 'patient-story', authors: [] },
    },
    labels: { doctors: { '7': '王医生' }, channels: { '1': '公众号' } },
  })

  it('should measure each indicator against its target', () => {
    expect(pick(evaluation, 'views')).toEqual({
      key: 'views',
      dimension: 'reach',
      unit: 'count',
      actual: 1300,
      target: 2600,
      achieved: 0.5,
    })
    // likes+comments+shares+saves over views, as a percentage
    expect(pick(evaluation, 'engagementRate').actual).toBeCloseTo((70 / 1300) * 100, 10)
    expect(pick(evaluation, 'followerGrowth')).toMatchObject({ actual: 50, achieved: 0.5 })
    expect(pick(evaluation, 'followers').actual).toBe(530)
    expect(pick(evaluation, 'mentionShare').actual).toBe(25)
    expect(pick(evaluation, 'positiveShare').actual).toBe(75)
    // A target of 0 (or below) is no target: NPS 30 against 0 shows no achievement.
    expect(pick(evaluation, 'nps')).toMatchObject({ actual: 30, target: 0, achieved: null })
    expect(pick(evaluation, 'appointments')).toMatchObject({ actual: 1, achieved: 0.25 })
    expect(pick(evaluation, 'signUps').actual).toBe(1)
    // Latest per community, weighted by sample: (40×100 + 70×300) / 400; baseline only where measured.
    expect(pick(evaluation, 'screeningUptake')).toMatchObject({ actual: 62.5, baseline: 20, achieved: 1.25 })
    expect(pick(evaluation, 'vaccinationUptake')).toMatchObject({ actual: null, baseline: null, achieved: null })
    expect(pick(evaluation, 'volunteerHours').actual).toBe(12.5)
  })

  it('should break down by format and author, a piece by two doctors counting for each', () => {
    expect(evaluation.byFormat.map((l) => [l.id, l.label, l.views, l.appointments])).toEqual([
      ['graphic', '图文', 1000, 1],
      ['video-script', '短视频', 200, 0],
      ['patient-story', '患者故事', 100, 0],
    ])
    expect(evaluation.byAuthor.map((l) => [l.id, l.label, l.views])).toEqual([
      ['7', '王医生', 1200],
      ['8', '#8', 1000],
    ])
    expect(evaluation.byChannel.map((l) => [l.label, l.views, l.appointments])).toEqual([
      ['公众号', 1100, 1],
      ['#2', 200, 0],
    ])
    expect(evaluation.byKol.map((l) => [l.id, l.views])).toEqual([
      ['', 1100],
      ['5', 200],
    ])
  })

  it('should give every day of the period, quiet days as zeros', () => {
    expect(evaluation.byDay.map((d) => [d.date, d.views, d.followerGrowth, d.appointments, d.signUps])).toEqual([
      ['2026-09-01', 1100, 20, 0, 0],
      ['2026-09-02', 0, 30, 1, 1],
      ['2026-09-03', 200, 0, 0, 0],
    ])
  })

  it('should leave rates and shares null, not NaN or 0, when nothing came in', () => {
    const empty = finishEvaluation(new EvaluationAccumulator(), { targets: { mentionShare: 10 } })
    expect(pick(empty, 'mentionShare')).toMatchObject({ actual: null, achieved: null })
    expect(pick(empty, 'engagementRate').actual).toBeNull()
    expect(pick(empty, 'views').actual).toBe(0)
    expect(empty.byDay).toEqual([])
  })

  it('should give the same evaluation however the rows are split into pages (property)', () => {
    const metricRow = fc.record({
      date: fc.constantFrom('2026-09-01', '2026-09-02', '2026-09-04'),
      channel: fc.constantFrom(1, 2, null),
      contentCollection: fc.constant('articles'),
      contentId: fc.constantFrom('10', '11'),
      kolPartner: fc.constantFrom(5, null),
      views: fc.nat(1000),
      impressions: fc.nat(5000),
      likes: fc.nat(50),
      comments: fc.nat(50),
      shares: fc.nat(50),
      saves: fc.nat(50),
      conversions: fc.nat(20),
    })
    const eventRow = fc.record({
      date: fc.constantFrom('2026-09-01', '2026-09-03'),
      kind: fc.constantFrom('appointment' as const, 'consultation' as const, 'sign-up' as const),
      channel: fc.constantFrom(1, 2, null),
      contentCollection: fc.constantFrom('articles', null),
      contentId: fc.constantFrom('10', null),
      kolPartner: fc.constantFrom(5, null),
    })
    fc.assert(
      fc.property(
        fc.array(metricRow, { maxLength: 40 }),
        fc.array(eventRow, { maxLength: 20 }),
        fc.nat(40),
        (metrics, events, cut) => {
          const whole = new EvaluationAccumulator().addMetrics(metrics).addEvents(events)
          const paged = new EvaluationAccumulator()
            .addEvents(events.slice(cut % (events.length + 1)))
            .addMetrics(metrics.slice(cut))
            .addEvents(events.slice(0, cut % (events.length + 1)))
            .addMetrics(metrics.slice(0, cut))
          const options = { contents: { 'articles:10': { format: 'graphic', authors: [7] } } }
          expect(finishEvaluation(paged, options)).toEqual(finishEvaluation(whole, options))
          // Every view lands in exactly one format line and one KOL line.
          const result = finishEvaluation(whole, options)
          const sum = (lines: { views: number }[]) => lines.reduce((s, l) => s + l.views, 0)
          const total = metrics.reduce((s, m) => s + m.views, 0)
          expect(sum(result.byKol)).toBe(total)
          expect(sum(result.byFormat)).toBe(total)
          expect(sum(result.byDay)).toBe(total)
        },
      ),
    )
  })
})

describe(combineMeasurements.name, () => {
  it('should weigh communities equally when a sample size is missing', () => {
    expect(
      combineMeasurements([
        { indicator: 'quiz-score', date: '2026-09-01', community: 'A', baseline: 60, value: 80, sampleSize: 10 },
        { indicator: 'quiz-score', date: '2026-09-01', community: 'B', baseline: 50, value: 70, sampleSize: null },
      ]),
    ).toEqual({ actual: 75, baseline: 55 })
  })
})

describe(evaluationCsv.name, () => {
  it('should write one flat table with indicator, breakdown and day rows', () => {
    const evaluation = finishEvaluation(
      new EvaluationAccumulator().addMetrics([metric({ views: 200, likes: 10, impressions: 900 })]),
      { targets: { reach: 400 }, labels: { channels: { '1': '=HYPERLINK("x")' } } },
    )
    const lines = evaluationCsv(evaluation).slice(1).split('\r\n')
    expect(lines[0].split(',').slice(0, 4)).toEqual(['"区块"', '"维度"', '"编号"', '"名称"'])
    expect(lines).toContain(`"指标","传播","views","阅读/播放","次",200,400,"50.00%"${','.repeat(11)}`)
    // A name that looks like a formula is defused.
    expect(lines).toContain(`"分渠道",,"1","'=HYPERLINK(""x"")",,,,,,900,200,10,0,"5.00%",0,0,0,,`)
    expect(lines).toContain(`"日期",,"2026-09-01","2026-09-01",,,,,,900,200,10,0,"5.00%",0,0,0,0,0`)
    expect(evaluationCsv(evaluation, 'en').slice(1).split('\r\n')[0]).toMatch(/^"Block","Dimension","Key"/)
  })
})
