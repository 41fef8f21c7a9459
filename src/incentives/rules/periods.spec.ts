import { describe, expect, it } from 'vitest'

import { monthOf, parsePeriod } from './periods'

describe(parsePeriod.name, () => {
  it('should read a month, a quarter and a year as their months', () => {
    expect(parsePeriod('2026-11')).toEqual({ kind: 'month', label: '2026-11', months: ['2026-11'] })
    expect(parsePeriod('2026-Q4')?.months).toEqual(['2026-10', '2026-11', '2026-12'])
    expect(parsePeriod('2026-Q1')?.months).toEqual(['2026-01', '2026-02', '2026-03'])
    expect(parsePeriod('2026')?.months).toHaveLength(12)
    expect(parsePeriod('2026')?.months[11]).toBe('2026-12')
  })

  it('should refuse anything else', () => {
    for (const value of ['2026-13', '2026-00', '2026-Q0', '2026-Q5', '26', '', '2026-1', 'all', null, 2026])
      expect(parsePeriod(value)).toBeNull()
  })
})

describe(monthOf.name, () => {
  it('should place an instant in the hospital’s month, not UTC’s', () => {
    expect(monthOf('2026-10-31T16:30:00Z', 'Asia/Shanghai')).toBe('2026-11')
    expect(monthOf('2026-10-31T15:30:00Z', 'Asia/Shanghai')).toBe('2026-10')
  })
})
