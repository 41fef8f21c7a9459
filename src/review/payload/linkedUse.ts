// Which reviewable content uses a linked record (a media file, an author, a KOL), in the
// published row readers are served and in the latest working version: what a change to that
// record would alter for readers or for reviewers.
import type { PayloadRequest, Where } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import type { WorkflowState } from '../rules/states'
import { DEFAULT_LOCALE, REVIEWABLE_SLUGS, type ReviewableDoc, type ReviewableSlug } from './reviewable'

export type ContentUse = {
  slug: ReviewableSlug
  id: string | number
  title: string
  live: boolean
  state: WorkflowState
}

/** States in which a version's content is being signed or has been: linked records must hold still. */
export const SIGNED_STATES: readonly WorkflowState[] = ['in_review', 'approved', 'published']

export type LinkedRecord = {
  collection: typeof SLUGS.media | typeof SLUGS.doctors | typeof SLUGS.kolPartners
  id: string | number
}

const whereFor = (slug: ReviewableSlug, record: LinkedRecord): Where | null => {
  switch (record.collection) {
    case SLUGS.media:
      return { 'workflow.linkedMedia': { in: [record.id] } }
    case SLUGS.doctors:
      return slug === SLUGS.articles ? { authors: { in: [record.id] } } : null
    case SLUGS.kolPartners:
      return { kolPartner: { equals: record.id } }
  }
}

const titleOf = (value: unknown): string => {
  const title = value && typeof value === 'object' ? (value as Record<string, unknown>)[DEFAULT_LOCALE] : value
  return typeof title === 'string' ? title : ''
}

/** Every piece using the record, once per piece: live (its published row is served) or not. */
export const contentUsing = async (req: PayloadRequest, record: LinkedRecord): Promise<ContentUse[]> => {
  const out = new Map<string, ContentUse>()
  for (const slug of REVIEWABLE_SLUGS) {
    const where = whereFor(slug, record)
    if (!where) continue
    for (const draft of [false, true]) {
      const { docs } = await req.payload.find({
        collection: slug,
        where,
        draft,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        locale: DEFAULT_LOCALE,
        req,
        select: { title: true, _status: true, workflow: { state: true } } as never,
      })
      for (const doc of docs as Pick<ReviewableDoc, 'id' | 'title' | '_status' | 'workflow'>[]) {
        const key = `${slug}:${doc.id}`
        const state: WorkflowState = doc.workflow?.state ?? 'draft'
        const live = !draft && doc._status === 'published' && state === 'published'
        const seen = out.get(key)
        if (seen) {
          seen.live ||= live
          if (draft) seen.state = state
        } else out.set(key, { slug, id: doc.id, title: titleOf(doc.title), live, state })
      }
    }
  }
  return [...out.values()]
}

/** Pieces whose signed content a change to the record would alter. */
export const signedUsesOf = async (req: PayloadRequest, record: LinkedRecord): Promise<ContentUse[]> =>
  (await contentUsing(req, record)).filter((use) => use.live || SIGNED_STATES.includes(use.state))
