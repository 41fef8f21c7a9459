// Calendar-day arithmetic on YYYY-MM-DD strings in the hospital's time zone. Pure: reports, metric
// ingest, planning reminders, delivery and the renderer all name days, and a day must mean the
// same local date in each.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export const isIsoDate = (value: unknown): value is string => {
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const dayFormats = new Map<string, Intl.DateTimeFormat>()

/** The local calendar date of an instant in a time zone, as YYYY-MM-DD. */
export const localDate = (at: Date | string | number, timeZone: string): string => {
  let format = dayFormats.get(timeZone)
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD. A format is costly to build and a render shows several dates: one per zone.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    dayFormats.set(timeZone, format)
  }
  return format.format(new Date(at))
}

// Dates are turned into UTC midnights only to count days; no time zone is involved any more.
const toUtc = (date: string) => Date.parse(`${date}T00:00:00Z`)
const DAY_MS = 86_400_000

/** The date `days` after (negative: before) `date`. */
export const addDays = (date: string, days: number): string =>
  new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10)

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / DAY_MS)

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export const dateRange = (from: string, to: string): string[] => {
  const days = daysBetween(from, to)
  return days < 0 ? [] : Array.from({ length: days + 1 }, (_, i) => addDays(from, i))
}
