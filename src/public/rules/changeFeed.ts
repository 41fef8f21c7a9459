// The change feed's pure parts: the opaque cursor, the page size, what a publish or withdrawal
// means for each locale given the feed's last entry there, and the successor key that records
// each event once. No Payload imports.

export const FEED_DEFAULT_LIMIT = 100
export const FEED_MAX_LIMIT = 500

export type ChangeType = 'published' | 'updated' | 'removed'

/** `base64url("c1:" + seq)`: opaque to clients, versioned so its form may change later. */
export const encodeCursor = (seq: number): string => Buffer.from(`c1:${seq}`, 'utf8').toString('base64url')

/** The seq a cursor stands for; 0 for no cursor (from the start); null when it is not one of ours. */
export const decodeCursor = (cursor: string | null | undefined): number | null => {
  if (cursor === undefined || cursor === null || cursor === '') return 0
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(cursor)) return null
  const match = /^c1:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))
  if (!match) return null
  const seq = Number(match[1])
  return Number.isSafeInteger(seq) ? seq : null
}

/** `limit` as given: a whole number 1–500, the default when absent; null when it is neither. */
export const parseLimit = (value: string | null | undefined): number | null => {
  if (value === undefined || value === null || value === '') return FEED_DEFAULT_LIMIT
  if (!/^\d{1,4}$/.test(value)) return null
  const limit = Number(value)
  return limit >= 1 && limit <= FEED_MAX_LIMIT ? limit : null
}

export type LastEntry = { seq: number; type: ChangeType; slug: string | null } | null

export type PlannedChange = { locale: string; type: ChangeType; slug: string | null }

const live = (entry: LastEntry | undefined): entry is NonNullable<LastEntry> =>
  Boolean(entry) && entry!.type !== 'removed'

/**
 * What to record per locale when a piece is published: `published`, or `updated` where the feed
 * has it live; a tombstone first where its slug changed (the old address is gone), and one for
 * each locale it no longer has.
 */
export const changesOnPublish = (
  liveLocales: readonly string[],
  slug: string | null,
  last: Record<string, LastEntry>,
): PlannedChange[] => {
  const out: PlannedChange[] = []
  for (const locale of liveLocales) {
    const entry = last[locale]
    if (live(entry) && entry.slug !== slug)
      out.push({ locale, type: 'removed', slug: entry.slug }, { locale, type: 'published', slug })
    else out.push({ locale, type: live(entry) ? 'updated' : 'published', slug })
  }
  for (const [locale, entry] of Object.entries(last)) {
    if (!liveLocales.includes(locale) && live(entry)) out.push({ locale, type: 'removed', slug: entry.slug })
  }
  return out
}

/** What to record when a piece leaves the public API: a tombstone, under the slug it was live at, for each locale still live in the feed. */
export const changesOnRemoval = (last: Record<string, LastEntry>): PlannedChange[] =>
  Object.entries(last).flatMap(([locale, entry]) =>
    live(entry) ? [{ locale, type: 'removed' as const, slug: entry.slug }] : [],
  )

/**
 * The entry that follows `previous` for this piece and locale. Unique, so of two writers that saw
 * the same last entry (a withdrawal and the feed's lapse check, two instances) only one records.
 */
export const successorKey = (collection: string, id: string | number, locale: string, previous: LastEntry): string =>
  `${collection}:${id}:${locale}:after:${previous?.seq ?? 0}`

/** Locales in which a localized title has text. */
export const localesWithTitle = (title: unknown, locales: readonly string[]): string[] => {
  if (typeof title === 'string') return title.trim() ? [locales[0]] : []
  if (!title || typeof title !== 'object') return []
  const byLocale = title as Record<string, unknown>
  return locales.filter((locale) => typeof byLocale[locale] === 'string' && byLocale[locale].trim() !== '')
}
