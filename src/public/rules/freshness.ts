// When a cached response may still be served. Invalidation is by epoch: every change anywhere
// bumps it, and an entry counts only under the epoch it was stored in. Time-based changes (a
// re-review date, a consent's start or end, a media file's public period) are boundaries: every
// entry expires at the earliest one ahead. Pure.

/** The next instant (ms) at which what readers may see changes by itself, from candidate dates. */
export const nextBoundary = (candidates: readonly (string | Date | null | undefined)[], now: number): number => {
  let next = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    if (candidate === null || candidate === undefined || candidate === '') continue
    const at = candidate instanceof Date ? candidate.getTime() : Date.parse(candidate)
    // An unreadable date cannot be planned for: expire at once rather than serve past it.
    if (Number.isNaN(at)) return now
    if (at > now && at < next) next = at
  }
  return next
}

/**
 * The boundary known for one epoch: computed by queries that started after the epoch began, at
 * `since` (ms); nothing readers see changes by itself between `since` and `at`.
 */
export type Boundary = { epoch: number; at: number; since?: number }

/** What a request saw when it started: the entry it may store is stamped with these. */
export type Ticket = { epoch: number; boundary: Boundary | undefined }

export type Entryish = { epoch: number; expiresAt: number }

/** An entry may be served while its epoch is current and its boundary has not come. */
export const isFresh = (entry: Entryish, epoch: number, now: number): boolean =>
  entry.epoch === epoch && now < entry.expiresAt

/**
 * Whether a response read under `ticket` may be stored now, and until when: only when nothing
 * changed since the request started and the boundary was known for that epoch before it started.
 * A read that began before a write can thus never be stored as fresh.
 */
export const storableUntil = (ticket: Ticket, epoch: number, now: number): number | undefined => {
  const { boundary } = ticket
  if (!boundary || boundary.epoch !== ticket.epoch || ticket.epoch !== epoch) return undefined
  return now < boundary.at ? boundary.at : undefined
}

/**
 * Like `storableUntil`, for a read whose public rule was built for `instant` (ms), before the
 * ticket was taken: also only when the boundary was worked out no later than that instant, so no
 * boundary lies between the rule's instant and now, and the rule at that instant and at any time
 * before the boundary select the same rows.
 */
export const storableFromInstant = (ticket: Ticket, epoch: number, now: number, instant: number): number | undefined =>
  ticket.boundary?.since !== undefined && ticket.boundary.since <= instant
    ? storableUntil(ticket, epoch, now)
    : undefined

/**
 * How long to wait for a boundary: a millisecond past it (so `now < at` is over when the timer
 * fires), at most 2^31-1 ms, the longest setTimeout waits; a later boundary is looked at again then.
 */
export const timerDelay = (at: number, now: number): number => Math.max(0, Math.min(at - now + 1, 2_147_483_647))
