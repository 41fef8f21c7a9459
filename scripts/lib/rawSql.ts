// Direct SQL on the server's database, past every API: only for proving that tampering is caught.
import { createClient } from '@libsql/client'
import pg from 'pg'

export const rawSql = async (
  databaseUri: string,
  sql: string,
  params: (string | number)[] = [],
): Promise<Record<string, unknown>[]> => {
  if (databaseUri.startsWith('file:')) {
    const client = createClient({ url: databaseUri })
    try {
      // The servers write to the same file (jobs run every few seconds): wait for their lock
      // instead of failing at once with SQLITE_BUSY.
      await client.execute('PRAGMA busy_timeout = 10000')
      const result = await client.execute({ sql: sql.replace(/\$\d+/g, '?'), args: params })
      return result.rows.map((row) => ({ ...row }))
    } finally {
      client.close()
    }
  }
  const client = new pg.Client({ connectionString: databaseUri })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}
