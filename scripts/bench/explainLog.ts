// Plans of the SQL Payload really sends: reads a server log written with DB_LOG=1 and prints each
// statement's plan — EXPLAIN QUERY PLAN on SQLite, EXPLAIN ANALYZE on Postgres.
//   node --conditions=production --import tsx scripts/bench/explainLog.ts <DATABASE_URI> <log file>
import fs from 'node:fs'

import { createClient } from '@libsql/client'
import pg from 'pg'

const [uri, logFile] = process.argv.slice(2)
if (!uri || !logFile) throw new Error('usage: explainLog.ts <DATABASE_URI> <log file>')

const statements = fs
  .readFileSync(logFile, 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('Query: '))
  .map((line) => {
    const [sql, params] = line.slice('Query: '.length).split(' -- params: ')
    return { sql: sql, params: (params ? JSON.parse(params) : []) as (string | number)[] }
  })

const shorten = (sql: string) => (sql.length > 300 ? `${sql.slice(0, 150)} … ${sql.slice(-150)}` : sql)

const main = async () => {
  if (uri.startsWith('file:')) {
    const client = createClient({ url: uri })
    for (const { sql, params } of statements) {
      const plan = await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params })
      const times: number[] = []
      for (let i = 0; i < 7; i++) {
        const start = performance.now()
        await client.execute({ sql, args: params })
        times.push(performance.now() - start)
      }
      times.sort((a, b) => a - b)
      console.log(`\n-- ${shorten(sql)}\n-- median ${times[3].toFixed(2)} ms`)
      const depth = new Map<number, number>()
      for (const row of plan.rows) {
        const level = (depth.get(Number(row.parent)) ?? -1) + 1
        depth.set(Number(row.id), level)
        // EXPLAIN QUERY PLAN's `detail` column is text.
        console.log(`${'  '.repeat(level)}${typeof row.detail === 'string' ? row.detail : ''}`)
      }
    }
    client.close()
    return
  }
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  for (const { sql, params } of statements) {
    const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)
    console.log(`\n-- ${shorten(sql)}`)
    for (const row of plan.rows as { 'QUERY PLAN': string }[]) console.log(row['QUERY PLAN'])
  }
  await client.end()
}

void main()
