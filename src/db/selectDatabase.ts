// Decides which database adapter a DATABASE_URI means. Pure, so the choice is unit-tested.
import path from 'node:path'

export type DatabaseChoice =
  { kind: 'sqlite'; url: string; file: string } | { kind: 'postgres'; url: string } | { kind: 'mongodb'; url: string }

export const DEFAULT_SQLITE_FILE = 'data/cms.db'

export const selectDatabase = (uri: string | undefined, rootDir: string): DatabaseChoice => {
  const value = (uri ?? '').trim()
  if (value === '') {
    const file = path.join(rootDir, DEFAULT_SQLITE_FILE)
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (value.startsWith('file:')) {
    const given = value.slice('file:'.length)
    const file = path.isAbsolute(given) ? given : path.join(rootDir, given)
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: 'postgres', url: value }
  if (/^mongodb(\+srv)?:\/\//.test(value)) return { kind: 'mongodb', url: value }
  throw new Error(`DATABASE_URI "${value}" is not understood: use file:<path>, postgres://… or mongodb://…`)
}
