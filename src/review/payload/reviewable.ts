// The collections that go through review, and how to read one as the reviewer signs it: every
// locale of its reviewed fields, read through the schema, plus what the reader sees of the
// records it links to (media bytes and alt text, author credentials, the KOL and its disclosure).
import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { idOf, idsOf } from '@/db/relationIds'
import type { Article, PatientStory } from '@/payload-types'
import { REVIEWABLE_SLUGS, type ReviewableSlug } from '../rules/reviewable'
import { REVIEWABLE_FIELDS, type FieldShape, type Shape, richTextUploadIds, versionHash } from '../rules/versionHash'

export { REVIEWABLE_SLUGS, type ReviewableSlug }

export const DEFAULT_LOCALE = 'zh-CN'

/** A reviewable document as the Local API returns it in one locale. */
export type ReviewableDoc = Article | PatientStory

/** The localized fields of the reviewable collections. */
type LocalizedField = 'title' | 'summary' | 'body' | 'subtitles'

/** A localized field read with `locale: 'all'`: its value in each locale that has one. */
export type LocaleMap<T> = Partial<Record<string, T>>

/**
 * A reviewable document read with `locale: 'all'`, as the reviewer signs it: its localized fields
 * come as locale maps (Payload's types describe a one-locale read).
 */
export type AllLocales<T extends ReviewableDoc = ReviewableDoc> = T extends unknown
  ? Omit<T, LocalizedField> & { [K in LocalizedField & keyof T]?: LocaleMap<NonNullable<T[K]>> | null }
  : never

/**
 * A reviewable document read with `locale: 'all'`, seen through both collections' fields: a field
 * its own collection does not have reads as absent.
 */
export type ReviewableFields = Pick<AllLocales, 'id'> & Partial<AllLocales<Article>> & Partial<AllLocales<PatientStory>>

/** The published row as the database adapter returns it: what its state and status are. */
export type LiveRow = Pick<ReviewableDoc, 'id' | '_status' | 'workflow'>

/** A document read or written field by field through the schema (the version hash's view). */
type SchemaDoc = Record<string, unknown>

/**
 * Runs a Local API call in another locale. Payload writes a call's `locale` onto the shared req,
 * which would change the locale of every later call in the same request; this puts it back.
 */
export const inLocale = async <T>(req: PayloadRequest, _locale: string, work: () => Promise<T>): Promise<T> => {
  const { locale: saved, fallbackLocale } = req
  try {
    return await work()
  } finally {
    req.locale = saved
    req.fallbackLocale = fallbackLocale
  }
}

/** The latest version (drafts included) with every locale, as stored. */
export const loadAllLocales = (
  req: PayloadRequest,
  slug: ReviewableSlug,
  id: string | number,
  draft = true,
): Promise<AllLocales | null> =>
  inLocale(
    req,
    'all',
    async () =>
      (await req.payload.findByID({
        collection: slug,
        id,
        locale: 'all',
        draft,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })) as unknown as AllLocales | null,
  )

/** The published row itself (what readers are served), without its locales: state and status only. */
export const loadLive = (req: PayloadRequest, slug: ReviewableSlug, id: string | number): Promise<LiveRow | null> =>
  req.payload.db.findOne<LiveRow>({ collection: slug, where: { id: { equals: id } }, req })

/** A piece's page slug: articles have one, patient stories are addressed by id. */
export const pageSlugOf = (doc: ReviewableDoc | AllLocales): string | null | undefined =>
  'slug' in doc ? doc.slug : undefined

export const isLive = (live: LiveRow | null): boolean =>
  live?._status === 'published' && live?.workflow?.state === 'published'

const shapeOfField = (field: FlattenedField): FieldShape => {
  const localized = 'localized' in field && Boolean(field.localized)
  switch (field.type) {
    case 'richText':
      return { kind: 'richText', localized }
    case 'date':
      return { kind: 'date', localized }
    case 'relationship':
    case 'upload':
      return {
        kind: 'relation',
        polymorphic: Array.isArray(field.relationTo),
        hasMany: Boolean(field.hasMany),
        localized,
      }
    case 'array':
      return { kind: 'rows', fields: shapeOf(field.flattenedFields), localized }
    case 'group':
      return { kind: 'group', fields: shapeOf(field.flattenedFields), localized }
    default:
      // text, textarea, select, checkbox, number, json, code, point …: the stored value itself.
      return { kind: 'value', localized }
  }
}

function shapeOf(fields: FlattenedField[], only?: readonly string[]): Shape {
  const out: Record<string, FieldShape> = {}
  for (const field of fields) {
    if (!('name' in field) || (only && !only.includes(field.name))) continue
    if (field.type === 'join' || field.type === 'blocks' || field.type === 'tab') {
      if (only?.includes(field.name))
        throw new Error(`reviewed field "${field.name}" has a type the version hash does not read (${field.type})`)
      continue
    }
    out[field.name] = shapeOfField(field)
  }
  return out
}

const shapes = new WeakMap<object, Shape>()

/** The reviewed fields of a collection as the version hash reads them, from its field config. */
export const reviewShape = (req: PayloadRequest, slug: ReviewableSlug): Shape => {
  const config = req.payload.collections[slug].config
  let shape = shapes.get(config)
  if (!shape) {
    shape = shapeOf(config.flattenedFields, REVIEWABLE_FIELDS[slug])
    const missing = REVIEWABLE_FIELDS[slug].filter((name) => !(name in shape!))
    if (missing.length) throw new Error(`reviewed fields missing from ${slug}: ${missing.join(', ')}`)
    shapes.set(config, shape)
  }
  return shape
}

/**
 * The document as a write will leave it, in every locale: the stored all-locale version with
 * this write's values (given in one locale) laid over it.
 */
export const overlayWrite = (
  req: PayloadRequest,
  slug: ReviewableSlug,
  stored: AllLocales | null,
  write: SchemaDoc,
): SchemaDoc => {
  const locale = req.locale && req.locale !== 'all' ? req.locale : DEFAULT_LOCALE
  const shape = reviewShape(req, slug)
  const base: SchemaDoc = stored ?? {}
  const out: SchemaDoc = { ...base }
  for (const field of REVIEWABLE_FIELDS[slug]) {
    if (!(field in write)) continue
    out[field] = shape[field].localized ? { ...(base[field] ?? {}), [locale]: write[field] } : write[field]
  }
  return out
}

/** Every media file a reader sees of this document: cover, gallery, video and images in the body. */
export const mediaIdsOf = (slug: ReviewableSlug, doc: SchemaDoc): string[] => {
  const ids = [
    ...(slug === SLUGS.articles ? [idOf(doc.cover)] : idsOf(doc.media)),
    idOf(doc.video),
    ...richTextUploadIds(doc.body),
  ]
    .filter((id) => id !== null)
    .map(String)
  return [...new Set(ids)].sort()
}

/** Linked records in every locale, each field read as stored (localized ones as locale maps). */
const findAll = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  ids: (string | number)[],
): Promise<SchemaDoc[]> =>
  ids.length === 0
    ? []
    : inLocale(
        req,
        'all',
        async () =>
          (
            await req.payload.find({
              collection,
              where: { id: { in: ids } },
              locale: 'all',
              pagination: false,
              depth: 0,
              overrideAccess: true,
              req,
            })
          ).docs as unknown as SchemaDoc[],
      )

/** What the reader sees of the records a version links to, as part of what is signed. */
export const linkedRecords = async (req: PayloadRequest, slug: ReviewableSlug, doc: SchemaDoc) => {
  const shown = mediaIdsOf(slug, doc)
  const direct = await findAll(req, SLUGS.media, shown)
  // A video's poster frame is a media file of its own that readers see with it.
  const posterIds = direct
    .map((m) => idOf(m.poster))
    .filter((id) => id !== null)
    .map(String)
    .filter((id) => !shown.includes(id))
  const media = [...direct, ...(await findAll(req, SLUGS.media, posterIds))]
  const mediaIds = [...new Set([...shown, ...posterIds])].sort()
  const authors = slug === SLUGS.articles ? await findAll(req, SLUGS.doctors, idsOf(doc.authors)) : []
  const kolId = idOf(doc.kolPartner)
  const [kol] = kolId !== null ? await findAll(req, SLUGS.kolPartners, [kolId]) : []
  const byId = (a: SchemaDoc, b: SchemaDoc) => String(a.id).localeCompare(String(b.id))
  const missing = (id: string): SchemaDoc => ({ id, missing: true })
  return {
    mediaIds,
    linked: {
      // A missing record reads as missing, so deleting a linked record changes the version too.
      // `poster` is null for images, and a null is left out of the canonical form: images hash as before.
      media: mediaIds
        .map((id) => media.find((m) => String(m.id) === id) ?? missing(id))
        .map((m) => ({
          id: String(m.id),
          missing: m.missing,
          sha256: m.sha256 ?? null,
          filename: m.filename ?? null,
          alt: m.alt ?? null,
          focalX: m.focalX ?? null,
          focalY: m.focalY ?? null,
          poster: idOf(m.poster),
        })),
      authors: authors.sort(byId).map((d) => ({
        id: String(d.id),
        name: d.name ?? null,
        title: d.title ?? null,
        department: idOf(d.department),
        specialty: d.specialty ?? null,
        photo: idOf(d.photo),
        user: idOf(d.user),
      })),
      kol: kol
        ? { id: String(kol.id), name: kol.name ?? null, paid: Boolean(kol.paid), disclosure: kol.disclosure ?? null }
        : null,
    },
  }
}

/** The version hash of a document (all locales, as stored or as a write leaves it). */
export const hashVersion = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  doc: SchemaDoc,
): Promise<{ hash: string; mediaIds: string[] }> => {
  const { mediaIds, linked } = await linkedRecords(req, slug, doc)
  return { hash: versionHash(doc, reviewShape(req, slug), linked), mediaIds }
}
