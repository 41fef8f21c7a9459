// A document created over REST gets new ids for its array and block rows: a client that copies
// another document (the usual way to start from a template) also copies its rows' ids, which are
// primary keys on the SQL databases, and the insert fails on the other document's rows. Ids the
// client sends on create name nothing of the new document, so dropping them loses nothing;
// Payload generates fresh ones. (An update keeps its ids: they match the document's own rows.
// An update or GraphQL create carrying another document's row ids is answered 409 `conflict`.)
import type { RequestHandler } from 'express'
import type { FlattenedField, Payload } from 'payload'

type Loose = Record<string, unknown>
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Removes `id` from every array and block row in `data`, following the collection's fields. Returns whether it changed anything. */
export const dropRowIds = (data: unknown, fields: FlattenedField[]): boolean => {
  if (!isObject(data)) return false
  let changed = false
  for (const field of fields) {
    const value = data[field.name]
    if (value === undefined || value === null) continue
    if (field.type === 'group' || field.type === 'tab') {
      changed = dropRowIds(value, field.flattenedFields) || changed
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value) {
        if (!isObject(row)) continue
        if ('id' in row) {
          delete row.id
          changed = true
        }
        changed = dropRowIds(row, field.flattenedFields) || changed
      }
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      for (const row of value) {
        if (!isObject(row)) continue
        if ('id' in row) {
          delete row.id
          changed = true
        }
        const block = field.blocks.find((b) => b.slug === row.blockType)
        if (block) changed = dropRowIds(row, block.flattenedFields) || changed
      }
    }
  }
  return changed
}

export const freshRowIdsOnCreate =
  (payload: Payload): RequestHandler =>
  (req, _res, next) => {
    const match = /^\/api\/([^/]+)\/?$/.exec(req.path)
    const collection = match ? payload.collections[match[1] as keyof typeof payload.collections] : undefined
    if (req.method !== 'POST' || !collection || !Buffer.isBuffer(req.body) || !/^application\/json/i.test(req.headers['content-type'] ?? '')) {
      next()
      return
    }
    let data: unknown
    try {
      data = JSON.parse((req.body as Buffer).toString('utf8'))
    } catch {
      next()
      return
    }
    if (dropRowIds(data, collection.config.flattenedFields)) {
      req.body = Buffer.from(JSON.stringify(data))
      req.headers['content-length'] = String((req.body as Buffer).length)
    }
    next()
  }
