// Relationship values as ids: Payload gives a relation as an id or, when populated, as the
// document; both read the same here. Pure.
export type RelationId = string | number

export const idOf = (value: unknown): RelationId | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return (value as { id?: RelationId }).id ?? null
  return value as RelationId
}

export const idsOf = (value: unknown): RelationId[] =>
  Array.isArray(value) ? value.map(idOf).filter((id): id is RelationId => id !== null) : []
