// Aspect ratios of pictures and videos: written as "9:16", compared with a tolerance, named after
// the nearest common ratio. Pure.

/** Ratios people name a frame by; a measured frame within 1 % of one is called by it. */
export const COMMON_ASPECTS = ['9:16', '16:9', '1:1', '3:4', '4:3', '4:5', '2:3', '3:2', '6:7', '21:9'] as const

const NAMING_TOLERANCE_PCT = 1

/** "9:16" → 0.5625; null when it is not two positive numbers around a colon. */
export const parseRatio = (ratio: string): number | null => {
  const match = /^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(ratio)
  if (!match) return null
  const [width, height] = [Number(match[1]), Number(match[2])]
  return width > 0 && height > 0 ? width / height : null
}

/** Whether `actual` is within `tolerancePct` percent of `target` (relative to the target). */
export const withinTolerance = (actual: number, target: number, tolerancePct: number): boolean =>
  Math.abs(actual - target) <= (target * tolerancePct) / 100

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

/**
 * What to call a frame of this size: the common ratio it is within 1 % of ("9:16" for 320×568),
 * else its reduced ratio ("40:71"); null without a positive size.
 */
export const aspectLabel = (width: number, height: number): string | null => {
  if (!(width > 0 && height > 0)) return null
  const ratio = width / height
  const common = COMMON_ASPECTS.find((name) => withinTolerance(ratio, parseRatio(name)!, NAMING_TOLERANCE_PCT))
  if (common) return common
  const [w, h] = [Math.round(width), Math.round(height)]
  const divisor = gcd(w, h) || 1
  return `${w / divisor}:${h / divisor}`
}
