// The collections that go through review, and how to read one as the reviewer signs it.
import type { CollectionSlug, PayloadRequest } from 'payload'

import { SLUGS } from '../../collections/slugs'
import { REVIEWABLE_FIELDS, versionHash } from '../workflow/versionHash'

export const REVIEWABLE_SLUGS = [SLUGS.articles, SLUGS.patientStories] as const
export type ReviewableSlug = (typeof REVIEWABLE_SLUGS)[number]

export const DEFAULT_LOCALE = 'zh-CN'

type Doc = Record<string, any>

/**
 * Runs a Local API call in another locale. Payload writes a call's `locale` onto the shared req,
 * which would change the locale of every later call in the same request; this puts it back.
 */
export const inLocale = async <T>(req: PayloadRequest, locale: string, work: () => Promise<T>): Promise<T> => {
  const { locale: saved, fallbackLocale } = req
  try {
    return await work()
  } finally {
    req.locale = saved
    req.fallbackLocale = fallbackLocale
  }
}

/** The latest version (drafts included) with every locale, as stored. */
export const loadAllLocales = (req: PayloadRequest, slug: ReviewableSlug, id: string | number): Promise<Doc | null> =>
  inLocale(req, 'all', async () =>
    (await req.payload.findByID({
      collection: slug as CollectionSlug,
      id,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as Doc | null,
  )

const localizedFieldNames = (req: PayloadRequest, slug: ReviewableSlug): Set<string> =>
  new Set(
    req.payload.collections[slug].config.fields
      .filter((field) => 'name' in field && 'localized' in field && field.localized)
      .map((field) => (field as { name: string }).name),
  )

/**
 * The document as a write will leave it, in every locale: the stored all-locale version with
 * this write's values (given in one locale) laid over it.
 */
export const overlayWrite = (req: PayloadRequest, slug: ReviewableSlug, stored: Doc | null, write: Doc): Doc => {
  const locale = req.locale && req.locale !== 'all' ? req.locale : DEFAULT_LOCALE
  const localized = localizedFieldNames(req, slug)
  const out: Doc = { ...(stored ?? {}) }
  for (const field of REVIEWABLE_FIELDS[slug]) {
    if (!(field in write)) continue
    out[field] = localized.has(field) ? { ...(stored?.[field] ?? {}), [locale]: write[field] } : write[field]
  }
  return out
}

export const hashOf = (slug: ReviewableSlug, doc: Doc): string => versionHash(doc, REVIEWABLE_FIELDS[slug])
