// Which media files readers may fetch: those of public content (and doctors' photos), until the
// moment the last public piece using them stops being public (its re-review date, its consent's
// end). Kept on each file as `publicUntil` whenever a publication changes, and read as a query
// condition, so the read costs one indexed comparison and a lapse hides the file at that instant.
import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { publicContentWhere } from '@/access/publishedOrStaff'
import { publicStoryWhere } from '@/access/publicStories'
import { idOf } from '@/db/relationIds'

/** Doctors' photos are public reference data, like the doctors themselves. */
const FOREVER = '9999-12-31T00:00:00.000Z'

const latest = (dates: (string | null | undefined)[]): string | null =>
  dates
    .filter((d): d is string => typeof d === 'string' && !Number.isNaN(Date.parse(d)))
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? null

const earliest = (dates: (string | null | undefined)[]): string | null =>
  dates
    .filter((d): d is string => typeof d === 'string' && !Number.isNaN(Date.parse(d)))
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0] ?? null

/** Until when one file may be read by anyone, from what is public now. */
const publicUntilOf = async (req: PayloadRequest, mediaId: string | number): Promise<string | null> => {
  const uses = { 'workflow.linkedMedia': { in: [mediaId] } }
  type Row = { workflow?: { reviewExpiresAt?: string | null } | null; consent?: unknown }
  const find = async (
    collection: typeof SLUGS.articles | typeof SLUGS.patientStories,
    where: object,
  ): Promise<{ docs: Row[] }> =>
    await req.payload.find({
      collection,
      where: where as never,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: {
        workflow: { reviewExpiresAt: true },
        ...(collection === SLUGS.patientStories ? { consent: true } : {}),
      } as never,
    })
  const articles = await find(SLUGS.articles, { and: [...publicContentWhere(), uses] })
  const stories = await find(SLUGS.patientStories, { and: [publicStoryWhere(), uses] })
  const consentIds = stories.docs.map((s) => idOf(s.consent)).filter((id) => id !== null)
  const consents = consentIds.length
    ? (
        await req.payload.find({
          collection: SLUGS.consents,
          where: { id: { in: consentIds } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
        })
      ).docs
    : []
  const doctors = await req.payload.count({
    collection: SLUGS.doctors,
    where: { photo: { equals: mediaId } },
    overrideAccess: true,
    req,
  })
  return latest([
    ...articles.docs.map((a) => a.workflow?.reviewExpiresAt),
    ...stories.docs.map((s) =>
      earliest([
        s.workflow?.reviewExpiresAt,
        consents.find((c) => String(c.id) === String(idOf(s.consent)))?.validUntil,
      ]),
    ),
    doctors.totalDocs > 0 ? FOREVER : null,
  ])
}

/** Recomputes the files' `publicUntil` after a publication changed (publish, withdraw, consent change …). */
export const refreshMediaVisibility = async (req: PayloadRequest, mediaIds: unknown[]): Promise<void> => {
  const ids = [
    ...new Set(
      mediaIds
        .map(idOf)
        .filter((id) => id !== null)
        .map(String),
    ),
  ]
  for (const id of ids) {
    const publicUntil = await publicUntilOf(req, id)
    const key = req.payload.db.defaultIDType === 'number' ? Number(id) : id
    // Straight to the row: media hooks guard what editors change, not this bookkeeping.
    await req.payload.db.updateOne({ collection: SLUGS.media, id: key, data: { publicUntil }, req })
  }
}

/** The media a stored version of a piece shows (its `workflow.linkedMedia`). */
export const linkedMediaOf = (doc: { workflow?: { linkedMedia?: unknown } | null } | null | undefined): unknown[] =>
  Array.isArray(doc?.workflow?.linkedMedia) ? doc.workflow.linkedMedia : []
