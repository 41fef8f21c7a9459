import { describe, expect, it } from 'vitest'

import { batchRows, checkAgainstDistribution, MAX_ROWS_PER_BATCH, metricKey, parseMetricRow } from './metricRows'

const codeOf = (raw: unknown) => {
  const result = parseMetricRow(raw)
  return 'problem' in result ? result.problem.code : 'ok'
}

describe(batchRows.name, () => {
  it('should take {rows: [...]} or a bare array', () => {
    expect(batchRows({ rows: [1, 2] })).toEqual({ rows: [1, 2] })
    expect(batchRows([1])).toEqual({ rows: [1] })
  })
  it('should refuse other bodies with 400 and too many rows with 413', () => {
    for (const body of [undefined, null, 'rows', { rows: 'x' }, { data: [] }])
      expect(batchRows(body)).toMatchObject({ status: 400, problem: { code: 'metrics-bad-body' } })
    expect(batchRows(new Array(MAX_ROWS_PER_BATCH + 1).fill({}))).toMatchObject({
      status: 413,
      problem: { code: 'metrics-too-many-rows', params: { limit: 1000, count: 1001 } },
    })
    expect(batchRows(new Array(MAX_ROWS_PER_BATCH).fill({}))).toHaveProperty('rows')
  })
})

describe(parseMetricRow.name, () => {
  it('should fill missing counts and sentiment with 0', () => {
    expect(parseMetricRow({ distribution: 12, date: '2026-09-29', views: 5 })).toEqual({
      row: {
        distribution: '12',
        date: '2026-09-29',
        views: 5,
        impressions: 0,
        likes: 0,
        comments: 0,
        shares: 0,
        saves: 0,
        clicks: 0,
        conversions: 0,
        sentiment: { positive: 0, neutral: 0, negative: 0 },
      },
    })
    expect(
      parseMetricRow({ distribution: ' 64b7f0c2a1b2c3d4e5f60718 ', date: '2026-09-29', sentiment: { positive: 2 } }),
    ).toMatchObject({
      row: { distribution: '64b7f0c2a1b2c3d4e5f60718', sentiment: { positive: 2, neutral: 0, negative: 0 } },
    })
  })

  it('should refuse rows that are not objects', () => {
    for (const raw of [null, 3, 'x', [1]]) expect(codeOf(raw)).toBe('metrics-bad-row')
  })

  it('should refuse a missing or malformed distribution id', () => {
    for (const distribution of [undefined, null, 0, -1, 1.5, '', 'a b', { id: 1 }])
      expect(codeOf({ distribution, date: '2026-09-29' })).toBe('metrics-bad-distribution')
  })

  it('should refuse dates that are not real YYYY-MM-DD days', () => {
    for (const date of [undefined, '2026-9-29', '2026-02-30', '29/09/2026', '2026-09-29T00:00:00Z', 20260929])
      expect(codeOf({ distribution: 1, date })).toBe('metrics-bad-date')
  })

  it('should refuse negative, fractional, non-numeric and unsafe counts, naming the field', () => {
    for (const value of [-1, 1.5, '3', Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, true]) {
      const result = parseMetricRow({ distribution: 1, date: '2026-09-29', clicks: value })
      expect(result, String(value)).toMatchObject({
        problem: { code: 'metrics-bad-count', params: { field: 'clicks' } },
      })
    }
    expect(parseMetricRow({ distribution: 1, date: '2026-09-29', sentiment: { negative: -2 } })).toMatchObject({
      problem: { code: 'metrics-bad-count', params: { field: 'sentiment.negative', value: '-2' } },
    })
    expect(parseMetricRow({ distribution: 1, date: '2026-09-29', sentiment: [1, 2, 3] })).toMatchObject({
      problem: { params: { field: 'sentiment' } },
    })
  })
})

describe(checkAgainstDistribution.name, () => {
  const delivered = { id: 7, status: 'delivered', event: 'content.published', deliveredAt: '2026-09-20T02:00:00Z' }
  const when = { today: '2026-09-29', deliveredOn: '2026-09-20' }

  it('should accept days from the delivery day to today, for delivered and retracted pieces', () => {
    expect(checkAgainstDistribution({ date: '2026-09-20' }, delivered, when)).toBeNull()
    expect(checkAgainstDistribution({ date: '2026-09-29' }, { ...delivered, status: 'retracted' }, when)).toBeNull()
  })

  it('should refuse distributions that never reached readers, and retraction messages', () => {
    for (const status of ['scheduled', 'delivering', 'failed', 'cancelled']) {
      expect(checkAgainstDistribution({ date: '2026-09-25' }, { ...delivered, status }, when)).toEqual({
        code: 'metrics-not-delivered',
        params: { id: '7', status },
      })
    }
    expect(
      checkAgainstDistribution({ date: '2026-09-25' }, { ...delivered, event: 'content.retracted' }, when)?.code,
    ).toBe('metrics-not-delivered')
  })

  it('should refuse a future day and a day before delivery', () => {
    expect(checkAgainstDistribution({ date: '2026-09-30' }, delivered, when)).toEqual({
      code: 'metrics-future-date',
      params: { date: '2026-09-30', today: '2026-09-29' },
    })
    expect(checkAgainstDistribution({ date: '2026-09-19' }, delivered, when)).toEqual({
      code: 'metrics-before-delivery',
      params: { date: '2026-09-19', deliveredOn: '2026-09-20' },
    })
  })
})

describe(metricKey.name, () => {
  it('should join the distribution id and the day', () => {
    expect(metricKey(12, '2026-09-29')).toBe('12:2026-09-29')
  })
})
