// A content version's identity for review: SHA-256 over a canonical form of what a reviewer
// signs. The canonical form is defined by the schema — which fields are reviewed, which are
// relationships, rich text, rows or plain values — never by the shape of the JSON a client
// sends: a relationship counts as its id because the schema says it is a relationship, and
// nothing inside rich text or a JSON value is ever collapsed. Formatting noise (key order,
// whitespace runs, array row ids, Lexical bookkeeping with its harmless values) does not change
// the hash; any change of wording, media, references, consent, channels or of what the reader
// sees of linked records does.
import { createHash } from 'node:crypto'

import type { ReviewableSlug } from './reviewable'

/** Fields whose change voids sign-offs, per collection. Everything else (notes, timestamps) is free. */
export const REVIEWABLE_FIELDS = {
  articles: [
    'title',
    'slug',
    'summary',
    'body',
    'layer',
    'format',
    'cover',
    'video',
    'subtitles',
    'topics',
    'audiences',
    'department',
    'authors',
    'references',
    'promotional',
    'medicalAd',
    'adCertificateNumber',
    'adCertificateValidUntil',
    'kolPartner',
  ],
  'patient-stories': [
    'title',
    'pseudonym',
    'body',
    'topics',
    'department',
    'media',
    'video',
    'subtitles',
    'consent',
    'intendedChannels',
    'deidentification',
    'promotional',
    'medicalAd',
    'adCertificateNumber',
    'adCertificateValidUntil',
    'kolPartner',
  ],
} as const satisfies Record<ReviewableSlug, readonly string[]>

/** How one field is read into the canonical form; built from the collection's field config. */
export type FieldShape = { localized?: boolean } & (
  | { kind: 'value' }
  | { kind: 'date' }
  | { kind: 'richText' }
  | { kind: 'relation'; polymorphic?: boolean; hasMany?: boolean }
  | { kind: 'rows'; fields: Shape }
  | { kind: 'group'; fields: Shape }
)
export type Shape = Readonly<Record<string, FieldShape>>

// Lexical bookkeeping that does not change what a reader sees — dropped only while it holds one
// of these harmless values, so nothing can hide under a bookkeeping key.
// Maps, not object literals: a client's key such as `constructor` must never find a rule.
const LEXICAL_NOISE = new Map<string, (value: unknown) => boolean>([
  ['version', (v) => typeof v === 'number'],
  ['direction', (v) => v === null || v === 'ltr' || v === 'rtl'],
  ['textFormat', (v) => typeof v === 'number'],
  ['textStyle', (v) => v === ''],
  ['detail', (v) => typeof v === 'number'],
  ['mode', (v) => v === 'normal' || v === 'token' || v === 'segmented'],
])
// Lexical writes these defaults or leaves them out; both mean the same to a reader.
const LEXICAL_DEFAULTS = new Map<string, unknown[]>([
  ['format', ['', 0]],
  ['indent', [0]],
  ['style', ['']],
])

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const normaliseText = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Any JSON value, every key kept (sorted), strings with whitespace runs folded. */
const canonicalJson = (value: unknown): unknown => {
  if (value === undefined || value === null) return null
  if (typeof value === 'string') return normaliseText(value)
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') return String(value)
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(canonicalJson)
  // Only objects are left.
  const object = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(object).sort()) {
    const item = canonicalJson(object[key])
    if (item !== null) out[key] = item
  }
  return out
}

const canonicalLexical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonicalLexical)
  if (!isPlainObject(value)) return canonicalJson(value)
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) {
    const item = value[key]
    if (LEXICAL_NOISE.get(key)?.(item)) continue
    if (LEXICAL_DEFAULTS.get(key)?.includes(item)) continue
    const canonical = canonicalLexical(item)
    if (canonical !== null) out[key] = canonical
  }
  return out
}

const relationId = (value: unknown): string | null => {
  if (value === undefined || value === null) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value)
  // The schema says this is a relationship: a populated document stands for its id.
  if (isPlainObject(value)) return 'id' in value ? relationId(value.id) : JSON.stringify(canonicalJson(value))
  // No id at all (an array, a date): its canonical JSON, as for an unrecognised object.
  return JSON.stringify(canonicalJson(value))
}

const canonicalRelation = (value: unknown, polymorphic: boolean): unknown => {
  if (value === undefined || value === null) return null
  if (Array.isArray(value)) return value.map((item) => canonicalRelation(item, polymorphic))
  if (polymorphic && isPlainObject(value)) return `${String(value.relationTo)}:${relationId(value.value)}`
  return relationId(value)
}

const canonicalDate = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return null
  let time = NaN
  if (value instanceof Date) time = value.getTime()
  else if (typeof value === 'string' || typeof value === 'number') time = Date.parse(String(value))
  return Number.isNaN(time) ? canonicalJson(value) : new Date(time).toISOString()
}

const canonicalShape = (value: unknown, shape: Shape): Record<string, unknown> => {
  const source = isPlainObject(value) ? value : {}
  const out: Record<string, unknown> = {}
  for (const name of Object.keys(shape).sort()) {
    const item = canonicalField(source[name], shape[name])
    if (item !== null) out[name] = item
  }
  return out
}

const canonicalOne = (value: unknown, shape: FieldShape): unknown => {
  switch (shape.kind) {
    case 'value':
      return canonicalJson(value)
    case 'date':
      return canonicalDate(value)
    case 'richText':
      return value === undefined || value === null ? null : canonicalLexical(value)
    case 'relation':
      return canonicalRelation(value, Boolean(shape.polymorphic))
    case 'group':
      return value === undefined || value === null ? null : canonicalShape(value, shape.fields)
    case 'rows':
      // A row's `id` is not in its shape, so fresh row ids never change the hash.
      return Array.isArray(value) ? value.map((row) => canonicalShape(row, shape.fields)) : null
  }
}

function canonicalField(value: unknown, shape: FieldShape): unknown {
  if (!shape.localized) return canonicalOne(value, shape)
  // Localised fields are read with every locale: { 'zh-CN': …, en: … }.
  if (!isPlainObject(value)) return canonicalOne(value, shape)
  const out: Record<string, unknown> = {}
  for (const locale of Object.keys(value).sort()) {
    const item = canonicalOne(value[locale], shape)
    if (item !== null && !(typeof item === 'string' && item === '')) out[locale] = item
  }
  return Object.keys(out).length ? out : null
}

/**
 * Deterministic JSON for what a reviewer signs: the reviewed fields of a document (every
 * locale), read through their schema, plus what the reader sees of linked records (media
 * digests and alt text, author credentials …), which the caller loads.
 */
export const canonicalForm = (doc: Record<string, unknown>, shape: Shape, linked: unknown = null): string =>
  JSON.stringify({ fields: canonicalShape(doc, shape), linked: canonicalJson(linked) })

export const versionHash = (doc: Record<string, unknown>, shape: Shape, linked: unknown = null): string =>
  createHash('sha256')
    .update(canonicalForm(doc, shape, linked))
    .digest('hex')

/** Ids of media an upload node inside Lexical rich text shows, in every locale given. */
export const richTextUploadIds = (value: unknown): string[] => {
  const out: string[] = []
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk)
    if (!isPlainObject(node)) return
    if (node.type === 'upload') {
      const id = relationId(node.value)
      if (id !== null) out.push(id)
    }
    for (const child of Object.values(node)) if (typeof child === 'object') walk(child)
  }
  walk(value)
  return out
}
