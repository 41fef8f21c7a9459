// Every create — REST, GraphQL, the Local API — gets new ids for its array and block rows: ids a
// client copied from another document name nothing of the new one, and on the SQL databases they
// are primary keys the insert would trip over after the parent row is written (SQLite runs
// without a transaction, so that would leave a partial write). The Express layer does the same
// for REST before validation (src/http/freshRowIdsOnCreate.ts); this covers every other way in.
import type { CollectionBeforeOperationHook, Plugin } from 'payload'

import { dropRowIds } from '../http/freshRowIdsOnCreate'

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
