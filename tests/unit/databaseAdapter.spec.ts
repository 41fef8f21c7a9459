// Config test: each DATABASE_URI form builds the adapter it names. MongoDB cannot run on these
// machines, so this is where its adapter is proven to be compiled in and selected.
import { describe, expect, it } from 'vitest'

import { databaseAdapter } from '@/db/adapter'
import { selectDatabase } from '@/db/selectDatabase'

const root = '/tmp/cms-adapter-test'

describe(databaseAdapter.name, () => {
  it('should build the MongoDB (mongoose) adapter for mongodb:// without connecting', () => {
    const adapter = databaseAdapter(selectDatabase('mongodb://127.0.0.1:27017/cms', root), root)
    expect(adapter.name).toBe('mongoose')
    expect(adapter.defaultIDType).toBe('text')
  })
  it('should build the Postgres adapter for postgres://', () => {
    const adapter = databaseAdapter(selectDatabase('postgres://postgres@127.0.0.1/x', root), root)
    expect(adapter.name).toBe('postgres')
    expect(adapter.defaultIDType).toBe('number')
  })
  it('should build the SQLite adapter by default', () => {
    const adapter = databaseAdapter(selectDatabase(undefined, root), root)
    expect(adapter.name).toBe('sqlite')
  })
})
