// Plain SQL on the SQL adapters' own connections, for what Payload's query API cannot say: a
// conditional UPDATE … RETURNING (claims) and GROUP BY sums (leaderboards, reach totals). Named
// `$name` placeholders become `$1…` on Postgres and `?` on SQLite; values are always bound, never
// spliced. Given a request inside a transaction, the statement runs in that transaction and sees
// its writes. MongoDB answers null, and its callers keep their Local API path.
import type { Payload, PayloadRequest } from 'payload'

type SqlPool = {
  query: (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>
}
type LibsqlClient = {
  execute: (stmt: {
    sql: string
    args: unknown[]
  }) => Promise<{ rows: Record<string, unknown>[]; rowsAffected: number }>
}

type DrizzleSql = { raw: (text: string) => unknown; join: (chunks: unknown[]) => unknown } & ((
  strings: TemplateStringsArray,
  ...values: unknown[]
) => unknown)
type Session = {
  execute?: (query: unknown) => Promise<{ rows: Record<string, unknown>[]; rowCount?: number | null }>
  run?: (query: unknown) => Promise<{ rows: Record<string, unknown>[]; rowsAffected: number }>
}

type SqlAdapter = {
  name: string
  pool?: SqlPool
  client?: LibsqlClient
  sessions?: Record<string, { db?: Session }>
}

type SqlResult = { rows: Record<string, unknown>[]; affected: number }

/** Numbered placeholders for Postgres, `?` for SQLite, in the order the names appear. */
const bindNamed = (text: string, values: Record<string, unknown>, style: 'pg' | 'sqlite') => {
  const args: unknown[] = []
  const sql = text.replace(/\$(\w+)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for $${name}`)
    args.push(values[name])
    return style === 'pg' ? `$${args.length}` : '?'
  })
  return { sql, args }
}

/** The request's open transaction on a SQL adapter, if it has one. */
const sessionOf = async (db: SqlAdapter, req?: PayloadRequest): Promise<Session | undefined> => {
  if (!req?.transactionID) return undefined
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  return id === undefined || id === null ? undefined : db.sessions?.[String(id)]?.db
}

/** The statement as the adapter's own drizzle `sql` object, each value a bound parameter. */
const drizzleQuery = (sql: DrizzleSql, text: string, values: Record<string, unknown>) =>
  sql.join(
    text.split(/\$(\w+)/).map((part, index) => {
      if (index % 2 === 0) return sql.raw(part)
      if (!(part in values)) throw new Error(`no value for $${part}`)
      return sql`${values[part]}`
    }),
  )

/**
 * Runs one statement: in the request's transaction when it has one, else on the adapter's own
 * connection. Null on an adapter without SQL.
 */
export const runSql = async (
  payload: Payload,
  text: string,
  values: Record<string, unknown> = {},
  req?: PayloadRequest,
): Promise<SqlResult | null> => {
  const db = payload.db as unknown as SqlAdapter
  if (db.name !== 'postgres' && db.name !== 'sqlite') return null
  const session = await sessionOf(db, req)
  if (session && db.name === 'postgres') {
    const { sql } = (await import('@payloadcms/db-postgres/drizzle')) as unknown as { sql: DrizzleSql }
    const result = await session.execute!(drizzleQuery(sql, text, values))
    return { rows: result.rows, affected: result.rowCount ?? 0 }
  }
  if (session) {
    const { sql } = (await import('@payloadcms/db-sqlite/drizzle')) as unknown as { sql: DrizzleSql }
    const result = await session.run!(drizzleQuery(sql, text, values))
    return { rows: result.rows, affected: result.rowsAffected }
  }
  if (db.name === 'postgres') {
    const { sql, args } = bindNamed(text, values, 'pg')
    const result = await db.pool!.query(sql, args)
    return { rows: result.rows, affected: result.rowCount ?? 0 }
  }
  const { sql, args } = bindNamed(text, values, 'sqlite')
  const result = await db.client!.execute({ sql, args })
  return { rows: result.rows, affected: result.rowsAffected }
}

/** `IN (…)` over a list, as named placeholders `$<prefix>0, $<prefix>1…` and their values. */
export const inList = (prefix: string, items: readonly unknown[]) => {
  const values: Record<string, unknown> = {}
  const names = items.map((item, index) => {
    values[`${prefix}${index}`] = item
    return `$${prefix}${index}`
  })
  return { sql: `(${names.join(', ')})`, values }
}
