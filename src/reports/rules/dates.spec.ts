import { describe, expect, it } from 'vitest'

import { addDays, dateRange, daysBetween, isIsoDate, localDate } from './dates'

describe(isIsoDate.name, () => {
  it('should accept only real dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-02-28')).toBe(true)
    expect(isIsoDate('2028-02-29')).toBe(true)
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-9-1',
      '2026/09/01',
      '2026-09-01T00:00:00Z',
      '',
      20260901,
      null,
    ])
      expect(isIsoDate(bad), String(bad)).toBe(false)
  })
})

describe(localDate.name, () => {
  it('should give the local calendar day in the time zone', () => {
    // 23:30 UTC is already the next morning in Shanghai.
    expect(localDate('2026-09-28T23:30:00Z', 'Asia/Shanghai')).toBe('2026-09-29')
    expect(localDate('2026-09-28T23:30:00Z', 'UTC')).toBe('2026-09-28')
  })
})

describe(daysBetween.name, () => {
  it('should count whole days across months and years', () => {
    expect(daysBetween('2026-12-25', '2027-01-01')).toBe(7)
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2)
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
  })
})

describe(dateRange.name, () => {
  it('should list every day inclusive, or none when reversed', () => {
    expect(dateRange('2026-09-30', '2026-10-02')).toEqual(['2026-09-30', '2026-10-01', '2026-10-02'])
    expect(dateRange('2026-10-02', '2026-09-30')).toEqual([])
  })
})
