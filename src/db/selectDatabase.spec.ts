import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { selectDatabase } from './selectDatabase'

const root = '/srv/cms'

describe(selectDatabase.name, () => {
  it('should default to the embedded SQLite file data/cms.db', () => {
    expect(selectDatabase(undefined, root)).toEqual({
      kind: 'sqlite',
      url: 'file:/srv/cms/data/cms.db',
      file: '/srv/cms/data/cms.db',
    })
    expect(selectDatabase('  ', root).kind).toBe('sqlite')
  })
  it('should resolve file: paths against the project root', () => {
    expect(selectDatabase('file:tmp/x.db', root)).toMatchObject({ kind: 'sqlite', file: path.join(root, 'tmp/x.db') })
    expect(selectDatabase('file:/var/lib/cms.db', root)).toMatchObject({ kind: 'sqlite', file: '/var/lib/cms.db' })
  })
  it('should pick Postgres for postgres:// and postgresql:// URIs', () => {
    expect(selectDatabase('postgres://u@h:5432/db', root)).toEqual({ kind: 'postgres', url: 'postgres://u@h:5432/db' })
    expect(selectDatabase('postgresql://u@h/db', root).kind).toBe('postgres')
  })
  it('should pick MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(selectDatabase('mongodb://127.0.0.1/cms', root).kind).toBe('mongodb')
    expect(selectDatabase('mongodb+srv://cluster.example/cms', root).kind).toBe('mongodb')
  })
  it('should refuse anything else with a message naming the accepted forms', () => {
    expect(() => selectDatabase('mysql://h/db', root)).toThrow(/file:<path>, postgres:\/\/… or mongodb:\/\/…/)
  })
})
