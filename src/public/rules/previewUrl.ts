// The admin's live preview address: PREVIEW_URL_TEMPLATE with {locale}, {collection}, {slug} and
// {id} filled in (each URL-encoded). An empty template means no live preview. Pure.

export type PreviewTarget = { locale: string; collection: string; slug?: string | null; id?: string | number | null }

const PLACEHOLDER = /\{(locale|collection|slug|id)\}/g

/** The preview URL for a document, or null when there is no template or the document has no slug yet. */
export const previewUrl = (template: string, target: PreviewTarget): string | null => {
  if (!template.trim()) return null
  const values: Record<string, string> = {
    locale: target.locale,
    collection: target.collection,
    slug: target.slug ?? '',
    id: target.id === undefined || target.id === null ? '' : String(target.id),
  }
  const needed = [...template.matchAll(PLACEHOLDER)].map((m) => m[1])
  if (needed.some((name) => values[name] === '')) return null
  return template.replace(PLACEHOLDER, (_, name: string) => encodeURIComponent(values[name]))
}
