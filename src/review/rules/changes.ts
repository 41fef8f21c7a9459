// What changed in the reviewable text since the last round a reviewer saw: per field and
// locale, the runs of text kept, added and removed (character by character: Chinese has no spaces).
import { diffChars } from 'diff'

/** Reviewable text: field → locale → plain text. */
export type ReviewableTexts = Record<string, Record<string, string>>

export type ChangeOp = { op: 'equal' | 'insert' | 'delete'; text: string }
export type FieldChange = { field: string; locale: string; ops: ChangeOp[] }

/** Long unchanged runs are cut to their ends, so a one-word edit in a long body stays readable. */
const KEEP_AROUND = 40

const shorten = (text: string): string =>
  text.length <= KEEP_AROUND * 2 + 1 ? text : `${text.slice(0, KEEP_AROUND)}…${text.slice(-KEEP_AROUND)}`

/** The fields and locales whose text differs, in the order of `after` (then fields only `before` had). */
export function textChanges(before: ReviewableTexts, after: ReviewableTexts): FieldChange[] {
  const changes: FieldChange[] = []
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])]
  for (const field of fields) {
    const locales = [...new Set([...Object.keys(after[field] ?? {}), ...Object.keys(before[field] ?? {})])]
    for (const locale of locales) {
      const was = before[field]?.[locale] ?? ''
      const now = after[field]?.[locale] ?? ''
      if (was === now) continue
      const ops: ChangeOp[] = diffChars(was, now).map((part) => {
        if (part.added) return { op: 'insert', text: part.value }
        if (part.removed) return { op: 'delete', text: part.value }
        return { op: 'equal', text: shorten(part.value) }
      })
      changes.push({ field, locale, ops })
    }
  }
  return changes
}
