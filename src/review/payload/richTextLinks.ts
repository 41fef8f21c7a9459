// Rich text is stored as written, except that a link to a record inside it (an upload or
// relationship node, an internal link) is stored as the record's id: whatever else a client
// attaches there is dropped before the version hash is taken, so what is hashed, stored and
// served is one and the same. Which fields are rich text is the schema's say.
import type { Shape } from '../rules/versionHash'
import { isReviewRichText, storedRelationValue } from '../rules/richTextLinks'

/** Rewrites, in place, the rich-text fields of a write (one locale's value, or a locale map). */
export const normaliseRichTextLinks = (data: Record<string, unknown>, shape: Shape): void => {
  for (const [name, field] of Object.entries(shape)) {
    if (field.kind !== 'richText') continue
    const value = data[name]
    if (isReviewRichText(value)) data[name] = storedRelationValue(value)
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [locale, inner] of Object.entries(value as Record<string, unknown>)) {
        if (isReviewRichText(inner)) (value as Record<string, unknown>)[locale] = storedRelationValue(inner)
      }
    }
  }
}
