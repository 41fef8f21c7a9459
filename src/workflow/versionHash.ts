// A content version's identity for review: SHA-256 over a canonical form of the fields a
// reviewer signs. Formatting noise (key order, whitespace, editor bookkeeping, array row ids,
// populated vs unpopulated relationships) does not change the hash; any change of wording,
// media, references, consent or channels does.
import { createHash } from 'node:crypto'

/** Fields whose change voids sign-offs, per collection. Everything else (notes, timestamps) is free. */
export const REVIEWABLE_FIELDS = {
  articles: ['title', 'summary', 'body', 'layer', 'format', 'cover', 'topics', 'audiences', 'department', 'authors', 'references', 'promotional', 'medicalAd', 'adCertificateNumber', 'adCertificateValidUntil', 'kolPartner'],
  'patient-stories': ['title', 'pseudonym', 'body', 'topics', 'department', 'media', 'consent', 'intendedChannels', 'deidentification', 'promotional', 'medicalAd', 'adCertificateNumber', 'adCertificateValidUntil', 'kolPartner'],
} as const satisfies Record<string, readonly string[]>

export type ReviewableCollection = keyof typeof REVIEWABLE_FIELDS

// Lexical bookkeeping that does not change what a reader sees or a reviewer signs.
const EDITOR_NOISE = new Set(['version', 'direction', 'indent', 'textFormat', 'textStyle', 'detail', 'mode', 'style'])

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const normaliseText = (text: string) => text.replace(/\s+/g, ' ').trim()

const canonicalValue = (value: unknown, inArrayRow = false): unknown => {
  if (value === undefined || value === null) return null
  if (typeof value === 'string') return normaliseText(value)
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map((item) => canonicalValue(item, true))
  if (isPlainObject(value)) {
    // A populated relationship counts as its id; a polymorphic one as "collection:id".
    if ('relationTo' in value && 'value' in value && Object.keys(value).length === 2) {
      return `${String(value.relationTo)}:${String(canonicalValue(value.value))}`
    }
    if ('id' in value && ('createdAt' in value || 'updatedAt' in value)) return canonicalValue(value.id)
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      if (EDITOR_NOISE.has(key)) continue
      if (inArrayRow && key === 'id') continue // array rows get fresh random ids
      const item = canonicalValue(value[key])
      if (item === null || (key === 'format' && item === '')) continue
      out[key] = item
    }
    return out
  }
  return String(value)
}

/** Deterministic JSON for the reviewable fields of a document. */
export const canonicalForm = (doc: Record<string, unknown>, fields: readonly string[]): string => {
  const picked: Record<string, unknown> = {}
  for (const field of [...fields].sort()) picked[field] = canonicalValue(doc[field])
  return JSON.stringify(picked)
}

export const versionHash = (doc: Record<string, unknown>, fields: readonly string[]): string =>
  createHash('sha256').update(canonicalForm(doc, fields)).digest('hex')
