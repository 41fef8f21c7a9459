// Keeps the next instant at which what readers may see changes without any write: the earliest
// future re-review date of public articles and stories, start or end of an active consent, and
// end of a media file's public period (src/review/payload/mediaVisibility.ts). Recomputed after every
// epoch bump and whenever it passes; until it is known for the current epoch nothing is stored.
import type { Payload, Where } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { publicContentWhere } from '@/access/publishedOrStaff'
import { type Boundary, nextBoundary, timerDelay } from '../rules/freshness'
import { publicCacheEpoch } from './cacheEpoch'

type Probe = { collection: string; field: string; where: Where[] }

const probes = (now: Date): Probe[] => [
  { collection: SLUGS.articles, field: 'workflow.reviewExpiresAt', where: publicContentWhere(now) },
  { collection: SLUGS.patientStories, field: 'workflow.reviewExpiresAt', where: publicContentWhere(now) },
  { collection: SLUGS.consents, field: 'validFrom', where: [{ status: { equals: 'active' } }] },
  { collection: SLUGS.consents, field: 'validUntil', where: [{ status: { equals: 'active' } }] },
  { collection: SLUGS.media, field: 'publicUntil', where: [] },
]

const valueAt = (doc: Record<string, unknown> | undefined, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      doc,
    )

const selectOf = (path: string): Record<string, unknown> =>
  path
    .split('.')
    .reverse()
    .reduce<Record<string, unknown> | true>((inner, key) => ({ [key]: inner }), true) as Record<string, unknown>

/** The earliest future value of each probed date: one indexed, sorted, limit-1 query each. */
export const boundaryCandidates = async (payload: Payload, now: Date): Promise<(string | null)[]> =>
  Promise.all(
    probes(now).map(async ({ collection, field, where }) => {
      const result = await payload.find({
        collection: collection as never,
        where: { and: [...where, { [field]: { greater_than: now.toISOString() } }] },
        sort: field,
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: selectOf(field) as never,
      })
      const value = valueAt(result.docs[0], field)
      return typeof value === 'string' ? value : null
    }),
  )

export type BoundaryKeeper = {
  /** The boundary known for the current epoch, or undefined while it is being worked out. */
  current: () => Boundary | undefined
  stop: () => void
}

export const startBoundaryKeeper = (payload: Payload, onPassed: () => void): BoundaryKeeper => {
  let boundary: Boundary | undefined
  let running = false
  let again = false
  let stopped = false
  let timer: NodeJS.Timeout | undefined

  const schedule = (at: number) => {
    clearTimeout(timer)
    if (!Number.isFinite(at) || stopped) return
    timer = setTimeout(
      () => {
        boundary = undefined
        onPassed()
        void recompute()
      },
      timerDelay(at, Date.now()),
    )
    timer.unref()
  }

  const recompute = async (): Promise<void> => {
    if (running) {
      again = true
      return
    }
    running = true
    try {
      do {
        again = false
        const epoch = publicCacheEpoch.current()
        const now = Date.now()
        try {
          const at = nextBoundary(await boundaryCandidates(payload, new Date(now)), now)
          // A change during the queries may have moved a date: work it out again for the new epoch.
          if (publicCacheEpoch.current() !== epoch) {
            again = true
            continue
          }
          boundary = { epoch, at, since: now }
          schedule(at)
        } catch (error) {
          if (stopped) return
          payload.logger.warn({ err: error, msg: 'public cache: could not work out the next expiry instant; retrying' })
          const retry = setTimeout(() => void recompute(), 1_000)
          retry.unref()
          return
        }
      } while (again && !stopped)
    } finally {
      running = false
    }
  }

  const unsubscribe = publicCacheEpoch.subscribe(() => {
    boundary = undefined
    void recompute()
  })
  void recompute()
  return {
    current: () => boundary,
    stop: () => {
      stopped = true
      unsubscribe()
      clearTimeout(timer)
    },
  }
}
