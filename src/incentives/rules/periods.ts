// Ledger periods: each entry stores its month (hospital time), so a leaderboard for a month, a
// quarter or a year reads one, three or twelve index keys, never the whole ledger.
import { localDate } from '@/reports/rules/dates'

export type Period = { kind: 'month' | 'quarter' | 'year'; label: string; months: string[] }

const pad = (n: number) => String(n).padStart(2, '0')

/** The month ('2026-11') an instant falls in, in the hospital's time zone. */
export const monthOf = (at: Date | string, timeZone: string): string => localDate(at, timeZone).slice(0, 7)

/** '2026-11' (month), '2026-Q4' (quarter) or '2026' (year); null for anything else. */
export const parsePeriod = (value: unknown): Period | null => {
  if (typeof value !== 'string') return null
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value)
  if (month) return { kind: 'month', label: value, months: [value] }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value)
  if (quarter) {
    const first = (Number(quarter[2]) - 1) * 3 + 1
    return { kind: 'quarter', label: value, months: [0, 1, 2].map((i) => `${quarter[1]}-${pad(first + i)}`) }
  }
  const year = /^(\d{4})$/.exec(value)
  if (year)
    return { kind: 'year', label: value, months: Array.from({ length: 12 }, (_, i) => `${year[1]}-${pad(i + 1)}`) }
  return null
}
