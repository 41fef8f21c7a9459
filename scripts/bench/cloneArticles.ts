// Grows a seeded database to N published articles by cloning the demo's published ones at SQL
// level: the main row, its locales, relations and references, and its latest version with the
// version's own locales, relations and references — so the tables look like real use. Clones get
// unique slugs, publishedAt spread over time and topics spread over every topic. Each clone also
// gets its source's change-feed entries and search-index rows, as if it had been published
// through the workflow. Columns are read from the database, so the clone follows schema changes.
import { createClient } from '@libsql/client'
import pg from 'pg'

type Sql = {
  kind: 'sqlite' | 'postgres'
  run: (sql: string) => Promise<void>
  rows: (sql: string) => Promise<Record<string, unknown>[]>
  columns: (table: string) => Promise<string[]>
  close: () => Promise<void>
}

export const openSql = async (uri: string): Promise<Sql> => {
  if (uri.startsWith('file:')) {
    const client = createClient({ url: uri })
    return {
      kind: 'sqlite',
      run: async (sql) => void (await client.execute(sql)),
      rows: async (sql) => (await client.execute(sql)).rows.map((row) => ({ ...row })),
      columns: async (table) =>
        (await client.execute(`PRAGMA table_info("${table}")`)).rows
          .map((row) => row.name)
          .filter((name): name is string => typeof name === 'string'),
      close: () => {
        client.close()
        return Promise.resolve()
      },
    }
  }
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  return {
    kind: 'postgres',
    run: async (sql) => void (await client.query(sql)),
    rows: async (sql) => (await client.query(sql)).rows,
    columns: async (table) =>
      (
        await client.query(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
          [table],
        )
      ).rows.map((row: { column_name: string }) => row.column_name),
    close: () => client.end(),
  }
}

const q = (name: string) => `"${name}"`

/** INSERT INTO target SELECT every column of `alias`, some replaced by expressions, id left to the database unless overridden. */
const cloneInto = async (
  db: Sql,
  table: string,
  from: string,
  alias: string,
  overrides: Record<string, string>,
  keepId = false,
) => {
  const columns = (await db.columns(table)).filter((c) => keepId || c !== 'id' || overrides.id)
  const select = columns.map((c) => overrides[c] ?? `${alias}.${q(c)}`)
  await db.run(`INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) SELECT ${select.join(', ')} FROM ${from}`)
}

/** The clones' rows in the search index (src/public/payload/searchIndex.ts), copied from their sources'. */
const cloneSearchRows = async (db: Sql) => {
  if (db.kind === 'postgres') {
    await db.run(
      `INSERT INTO search_documents (collection, doc_id, locale, title, summary, body, terms)
       SELECT d.collection, m.new_id, d.locale, d.title, d.summary, d.body, d.terms
       FROM bench_map m JOIN search_documents d ON d.collection = 'articles' AND d.doc_id = m.src_id ORDER BY m.n, d.locale`,
    )
    return
  }
  // SQLite: the texts table's id is the FTS5 row's rowid.
  await db.run(
    `INSERT INTO search_texts (collection, doc_id, locale, title, summary, body)
     SELECT t.collection, m.new_id, t.locale, t.title, t.summary, t.body
     FROM bench_map m JOIN search_texts t ON t.collection = 'articles' AND t.doc_id = m.src_id ORDER BY m.n, t.locale`,
  )
  await db.run(
    `INSERT INTO search_documents (rowid, collection, doc_id, locale, title, summary, body)
     SELECT n.id, d.collection, n.doc_id, d.locale, d.title, d.summary, d.body
     FROM bench_map m
     JOIN search_texts n ON n.collection = 'articles' AND n.doc_id = m.new_id
     JOIN search_texts s ON s.collection = 'articles' AND s.doc_id = m.src_id AND s.locale = n.locale
     JOIN search_documents d ON d.rowid = s.id`,
  )
}

export type CloneResult = { published: number; cloned: number; seconds: number }

/** Adds clones until the database holds `target` published articles. */
export const cloneArticles = async (uri: string, target: number): Promise<CloneResult> => {
  const started = Date.now()
  const db = await openSql(uri)
  try {
    const pgSql = db.kind === 'postgres'
    const latest = pgSql ? 'v.latest = true' : 'v.latest = 1'
    const sources = await db.rows(
      `SELECT a.id, (SELECT max(v.id) FROM _articles_v v WHERE v.parent_id = a.id AND ${latest}) AS vid FROM articles a
       WHERE a._status = 'published' AND a.workflow_state = 'published' ORDER BY a.id`,
    )
    const count = target - sources.length
    if (count <= 0) return { published: sources.length, cloned: 0, seconds: 0 }
    const [{ maxId, maxVid }] = (await db.rows(
      `SELECT (SELECT max(id) FROM articles) AS "maxId", (SELECT max(id) FROM _articles_v) AS "maxVid"`,
    )) as [{ maxId: number; maxVid: number }]
    const topics = (await db.rows(`SELECT id FROM topics ORDER BY id`)).map((row) => Number(row.id))

    // One transaction on Postgres; SQLite commits each statement (libsql's client manages its own).
    if (pgSql) await db.run('BEGIN')
    await db.run(`CREATE TEMP TABLE bench_src (idx integer PRIMARY KEY, id integer, vid integer)`)
    await db.run(
      `INSERT INTO bench_src VALUES ${sources.map((s, i) => `(${i}, ${Number(s.id)}, ${Number(s.vid)})`).join(', ')}`,
    )
    await db.run(`CREATE TEMP TABLE bench_topics (idx integer PRIMARY KEY, id integer)`)
    await db.run(`INSERT INTO bench_topics VALUES ${topics.map((id, i) => `(${i}, ${id})`).join(', ')}`)
    await db.run(
      `CREATE TEMP TABLE bench_map (n integer PRIMARY KEY, new_id integer, src_id integer, new_vid integer, src_vid integer)`,
    )
    const series = pgSql
      ? `SELECT n FROM generate_series(1, ${count}) AS n`
      : `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${count}) SELECT n FROM seq`
    await db.run(
      `INSERT INTO bench_map SELECT s.n, ${maxId} + s.n, src.id, ${maxVid} + s.n, src.vid FROM (${series}) s JOIN bench_src src ON src.idx = s.n % ${sources.length}`,
    )

    // Spread over about a year, in a scattered order so id order is not publishedAt order.
    const minutes = `((m.n * 7919) % ${count * 5})`
    const publishedAt = pgSql
      ? `now() - ${minutes} * interval '1 minute'`
      : `strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || ${minutes} || ' minutes')`
    const slug = (alias: string, column: string) => `${alias}.${q(column)} || '-c' || m.new_id`
    const topic = `CASE WHEN r.path = 'topics' THEN (SELECT t.id FROM bench_topics t WHERE t.idx = (m.n + coalesce(r."order", 0)) % ${topics.length}) ELSE r.topics_id END`

    await cloneInto(db, 'articles', 'bench_map m JOIN articles a ON a.id = m.src_id', 'a', {
      id: 'm.new_id',
      slug: slug('a', 'slug'),
      published_at: publishedAt,
    })
    await cloneInto(db, 'articles_locales', 'bench_map m JOIN articles_locales l ON l._parent_id = m.src_id', 'l', {
      _parent_id: 'm.new_id',
    })
    await cloneInto(db, 'articles_rels', 'bench_map m JOIN articles_rels r ON r.parent_id = m.src_id', 'r', {
      parent_id: 'm.new_id',
      topics_id: topic,
    })
    await cloneInto(
      db,
      'articles_references',
      'bench_map m JOIN articles_references x ON x._parent_id = m.src_id',
      'x',
      { _parent_id: 'm.new_id', id: `x.id || '-c' || m.new_id` },
    )
    await cloneInto(db, '_articles_v', 'bench_map m JOIN _articles_v v ON v.id = m.src_vid', 'v', {
      id: 'm.new_vid',
      parent_id: 'm.new_id',
      version_slug: slug('v', 'version_slug'),
      version_published_at: publishedAt,
    })
    await cloneInto(
      db,
      '_articles_v_locales',
      'bench_map m JOIN _articles_v_locales l ON l._parent_id = m.src_vid',
      'l',
      { _parent_id: 'm.new_vid' },
    )
    await cloneInto(db, '_articles_v_rels', 'bench_map m JOIN _articles_v_rels r ON r.parent_id = m.src_vid', 'r', {
      parent_id: 'm.new_vid',
      topics_id: topic,
    })
    await cloneInto(
      db,
      '_articles_v_version_references',
      'bench_map m JOIN _articles_v_version_references x ON x._parent_id = m.src_vid',
      'x',
      { _parent_id: 'm.new_vid' },
    )
    await cloneInto(
      db,
      'public_changes',
      "bench_map m JOIN public_changes c ON c.content_collection = 'articles' AND c.content_id = CAST(m.src_id AS text)",
      'c',
      {
        content_id: 'CAST(m.new_id AS text)',
        slug: slug('c', 'slug'),
        dedupe_key: `c.dedupe_key || '-c' || m.new_id`,
      },
    )
    await cloneSearchRows(db)
    await db.run('DROP TABLE bench_map')
    await db.run('DROP TABLE bench_src')
    await db.run('DROP TABLE bench_topics')
    if (pgSql) await db.run('COMMIT')
    if (pgSql) {
      for (const table of ['articles', '_articles_v', 'public_changes', 'search_documents'])
        await db.run(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`)
    }
    return { published: target, cloned: count, seconds: (Date.now() - started) / 1000 }
  } finally {
    await db.close()
  }
}
