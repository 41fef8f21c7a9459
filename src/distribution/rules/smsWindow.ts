// Marketing SMS may only go out between 08:00 and 21:00 local time: the earliest allowed moment
// at or after a given instant, in the channel's time zone (DST-aware, via Intl). Pure.

export type SendWindow = { timezone?: string; startHour?: number; endHour?: number }

const formatters = new Map<string, Intl.DateTimeFormat>()

const formatterFor = (timezone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timezone)
  if (!formatter) {
    // Throws RangeError for an unknown zone, which is what a misconfigured channel should see.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timezone, formatter)
  }
  return formatter
}

type LocalParts = { year: number; month: number; day: number; hour: number; minute: number; second: number }

const localParts = (at: Date, timezone: string): LocalParts => {
  const parts = Object.fromEntries(
    formatterFor(timezone)
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  )
  return {
    year: +parts.year,
    month: +parts.month,
    day: +parts.day,
    hour: +parts.hour,
    minute: +parts.minute,
    second: +parts.second,
  }
}

/** The zone's offset from UTC at an instant, in ms (Shanghai: +8 h). */
const offsetAt = (instant: number, timezone: string): number => {
  const local = localParts(new Date(instant), timezone)
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second)
  return asUtc - Math.floor(instant / 1000) * 1000
}

/** The instant a wall-clock time occurs in the zone; a time skipped by DST moves forward with the clock. */
const instantOf = (year: number, month: number, day: number, hour: number, timezone: string): Date => {
  const wall = Date.UTC(year, month - 1, day, hour)
  // The offset at the wall time read as UTC is off by at most one transition; a second look settles it.
  const first = wall - offsetAt(wall, timezone)
  const second = wall - offsetAt(first, timezone)
  return new Date(Math.max(first, second))
}

export const nextSendTime = (
  at: Date,
  { timezone = 'Asia/Shanghai', startHour = 8, endHour = 21 }: SendWindow = {},
): Date => {
  if (!(
    Number.isInteger(startHour) &&
    Number.isInteger(endHour) &&
    0 <= startHour &&
    startHour < endHour &&
    endHour <= 24
  )) {
    throw new RangeError(`发送时段无效 / Invalid send window ${startHour}:00–${endHour}:00`)
  }
  const local = localParts(at, timezone)
  if (local.hour >= startHour && local.hour < endHour) return at
  // Before the window: today's start. After it: tomorrow's (Date.UTC rolls the day over month ends).
  const dayOffset = local.hour < startHour ? 0 : 1
  const next = new Date(Date.UTC(local.year, local.month - 1, local.day + dayOffset))
  return instantOf(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), startHour, timezone)
}
