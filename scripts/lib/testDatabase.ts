// Fresh, throwaway databases for one test run: a SQLite file in a temp folder, or a new
// Postgres database on the local server.
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type TestDbKind = 'sqlite' | 'postgres' | 'mongodb'

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

/** Undefined when something accepts a connection at the URL's host and port, else why not. */
export const postgresUnreachableBecause = (url = POSTGRES_ADMIN_URL): Promise<string | undefined> =>
  new Promise((resolve) => {
    const { hostname, port } = new URL(url)
    const socket = net.connect({ host: hostname, port: Number(port || 5432) })
    socket.setTimeout(2000)
    socket.once('connect', () => {
      socket.destroy()
      resolve(undefined)
    })
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
    socket.once('timeout', () => {
      socket.destroy()
      resolve('no answer within 2 s')
    })
  })

export const postgresReachable = async (url = POSTGRES_ADMIN_URL): Promise<boolean> =>
  (await postgresUnreachableBecause(url)) === undefined

export type TestDatabase = { uri: string; drop: () => Promise<void> }

export const createTestDatabase = async (kind: TestDbKind, label: string): Promise<TestDatabase> => {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cms-${label}-`))
    return {
      uri: `file:${path.join(dir, 'cms.db')}`,
      drop: () => {
        fs.rmSync(dir, { recursive: true, force: true })
        return Promise.resolve()
      },
    }
  }
  if (kind === 'mongodb') {
    const base = process.env.TEST_MONGODB_URL
    if (!base) throw new Error('TEST_MONGODB_URL is not set')
    const url = new URL(base)
    url.pathname = `/cms_${label}_${Date.now()}`
    return { uri: url.toString(), drop: async () => {} }
  }
  const name = `cms_${label}_${process.pid}_${Date.now()}`.replace(/[^a-z0-9_]/g, '_')
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(POSTGRES_ADMIN_URL)
  url.pathname = `/${name}`
  return {
    uri: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}
