// Every create — REST, GraphQL, the Local API — gets new ids for its array and block rows: ids a
// client copied from another document (the usual way to start from a template) name nothing of
// the new one, and on the SQL databases they are primary keys the insert would trip over after
// the parent row is written (SQLite runs without a transaction: a partial write). Dropping them
// loses nothing; Payload generates fresh ones. An update keeps its ids: they are its own rows.
import type { CollectionBeforeOperationHook, FlattenedField, Plugin } from 'payload'

type Loose = Record<string, unknown>
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Removes `id` from every array and block row in `data`, following the collection's fields. */
export const dropRowIds = (data: unknown, fields: FlattenedField[]): void => {
  if (!isObject(data)) return
  for (const field of fields) {
    const value = data[field.name]
    if (value === undefined || value === null) continue
    if (field.type === 'group' || field.type === 'tab') dropRowIds(value, field.flattenedFields)
    else if ((field.type === 'array' || field.type === 'blocks') && Array.isArray(value)) {
      for (const row of value) {
        if (!isObject(row)) continue
        delete row.id
        const rowFields =
          field.type === 'array'
            ? field.flattenedFields
            : field.blocks.find((b) => b.slug === row.blockType)?.flattenedFields
        if (rowFields) dropRowIds(row, rowFields)
      }
    }
  }
}

const freshRowIds: CollectionBeforeOperationHook = ({ args, operation, collection }) => {
  const write = args as { data?: unknown; duplicateFromID?: unknown }
  // A duplicate's rows come from the original, and Payload gives them new ids itself.
  if (operation === 'create' && write.duplicateFromID === undefined) dropRowIds(write.data, collection.flattenedFields)
  return args
}

export const freshRowIdsOnCreate = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [freshRowIds, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
})
