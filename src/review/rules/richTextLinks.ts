// Pure rules for records linked from inside Lexical rich text: an upload or relationship node's
// `value`, and an internal link's `fields.doc.value`, are stored as the linked record's id.
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A Lexical editor state: `{ root: { … } }`. */
export const isReviewRichText = (value: unknown): value is { root: unknown } => isObject(value) && isObject(value.root)

const idOnly = (value: unknown): unknown => (isObject(value) && 'id' in value ? value.id : value)

/** A copy of a Lexical state with every linked record reduced to its id. */
export const storedRelationValue = <T>(state: T): T => {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk)
    if (!isObject(node)) return node
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(node)) out[key] = walk(child)
    if ((node.type === 'upload' || node.type === 'relationship') && 'value' in node) out.value = idOnly(node.value)
    if (
      (node.type === 'link' || node.type === 'autolink') &&
      isObject(out.fields) &&
      isObject(out.fields.doc) &&
      'value' in out.fields.doc
    ) {
      out.fields = { ...out.fields, doc: { ...out.fields.doc, value: idOnly(out.fields.doc.value) } }
    }
    return out
  }
  return walk(state) as T
}
