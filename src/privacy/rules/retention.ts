// How long a consent's identifying data is kept (issue #13): per purpose, counted from the end of
// its validity; a revoked consent is due for erasure at once. Pure.

const DAY_MS = 24 * 60 * 60 * 1000

export type RetentionDays = Record<string, number>

/** The defaults: what the README's privacy section states. A purpose not listed keeps `default`. */
export const DEFAULT_RETENTION: RetentionDays = {
  'health-education': 3 * 365,
  publicity: 3 * 365,
  'social-media': 3 * 365,
  academic: 5 * 365,
  'sensitive-health-info': 365,
  default: 3 * 365,
}

/** `purpose=days,…` as in CONSENT_RETENTION_DAYS; an unreadable entry is an error, not a silent default. */
export const parseRetention = (raw: string): RetentionDays => {
  const result: RetentionDays = { ...DEFAULT_RETENTION }
  for (const entry of raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([a-z-]+)=(\d+)$/.exec(entry)
    if (!match) throw new Error(`CONSENT_RETENTION_DAYS: "${entry}" is not purpose=days`)
    result[match[1]] = Number(match[2])
  }
  return result
}

export type RetainedConsent = {
  status?: string | null
  purposes?: string[] | null
  validUntil?: string | null
  revokedAt?: string | null
  erasedAt?: string | null
}

/**
 * When the person's identifying data should be erased: at revocation, else when the longest
 * retention of its purposes has run from the end of its validity. Null once erased.
 */
export const erasureDueAt = (consent: RetainedConsent, retention: RetentionDays): Date | null => {
  if (consent.erasedAt || consent.status === 'erased') return null
  if (consent.status === 'revoked') return new Date(consent.revokedAt ?? 0)
  if (!consent.validUntil) return null
  const purposes = consent.purposes?.length ? consent.purposes : ['default']
  const days = Math.max(...purposes.map((purpose) => retention[purpose] ?? retention.default ?? 0))
  return new Date(Date.parse(consent.validUntil) + days * DAY_MS)
}

export const isErasureDue = (consent: RetainedConsent, retention: RetentionDays, now: Date): boolean => {
  const due = erasureDueAt(consent, retention)
  return due !== null && due.getTime() <= now.getTime()
}
