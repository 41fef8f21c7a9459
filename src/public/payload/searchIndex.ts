// The public search index (tables from migrations/*/20261126_050000_search_index.ts): what each
// public piece's published row says, per locale, cut into terms by src/public/rules/searchText.ts.
// The review service reindexes a piece after every transition that changes its publication; a
// search joins the hits back to the main tables and applies the public read rule again, so a
// piece that lapsed or was withdrawn behind the index's back is never found. SQLite (FTS5, bm25)
// and Postgres (stored tsvector, GIN, ts_rank); MongoDB has no search here.
import { sql as pgSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { lexicalToText } from '@/distribution/rules/richText'
import { type AllLocales, type LocaleMap, loadAllLocales, type ReviewableSlug } from '@/review/payload/reviewable'
import { type QueryPart, indexText, toFts5Query, toTsQuery, toTsVector } from '../rules/searchText'

type Sql = ReturnType<typeof sqliteSql>

/** What indexing reads of a published row: its state and every locale of its text. */
type IndexedDoc = Pick<AllLocales, 'id' | 'title' | 'body' | '_status' | 'workflow'> & {
  summary?: LocaleMap<string> | null
}

export const SEARCHABLE_SLUGS = [SLUGS.articles, SLUGS.patientStories] as const
export type SearchableSlug = (typeof SEARCHABLE_SLUGS)[number]

/** The main table of each searchable collection (Payload's snake_case of the slug). */
const TABLES: Record<SearchableSlug, string> = { articles: 'articles', 'patient-stories': 'patient_stories' }

/** bm25 weights per FTS5 column (collection, doc_id, locale unindexed): a title hit counts most. */
const BM25 = 'bm25(search_documents, 0.0, 0.0, 0.0, 10.0, 4.0, 1.0)'

type Db = {
  kind: 'sqlite' | 'postgres'
  sql: typeof sqliteSql
  rows: (query: Sql) => Promise<Record<string, unknown>[]>
}

/** What the index calls on a drizzle database or transaction: `run` on SQLite, `execute` on Postgres. */
type Drizzle = { run: (query: Sql) => Promise<unknown>; execute: (query: Sql) => Promise<unknown> }
type Adapter = { name: string; drizzle: Drizzle; sessions?: Record<string | number, { db: Drizzle }> }

export const searchSupported = (payload: Payload): boolean => ['sqlite', 'postgres'].includes(payload.db.name)

/** The request's transaction when it has one (Payload's drizzle getTransaction), else the pool. */
const dbFor = async (payload: Payload, req?: Partial<PayloadRequest>): Promise<Db> => {
  const adapter = payload.db as unknown as Adapter
  const id = req?.transactionID ? await req.transactionID : undefined
  const db = (id !== undefined && adapter.sessions?.[id]?.db) || adapter.drizzle
  if (adapter.name === 'sqlite')
    return {
      kind: 'sqlite',
      sql: sqliteSql,
      rows: async (query) => ((await db.run(query)) as { rows: Record<string, unknown>[] }).rows,
    }
  return {
    kind: 'postgres',
    sql: pgSql as unknown as typeof sqliteSql,
    rows: async (query) => ((await db.execute(query)) as { rows: Record<string, unknown>[] }).rows,
  }
}

export type IndexRow = {
  collection: SearchableSlug
  docId: number
  locale: string
  title: string
  summary: string
  body: string
}

const localeCodes = (payload: Payload): string[] => {
  const localization = payload.config.localization
  return localization ? localization.localeCodes : ['zh-CN']
}

const localeValue = (value: unknown, locale: string): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) && !('root' in value)
    ? (value as LocaleMap<unknown>)[locale]
    : value

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '')

/** A published row (every locale, as Payload reads it) as index rows: one per locale that has text. */
export const indexRowsOf = (payload: Payload, collection: SearchableSlug, doc: IndexedDoc): IndexRow[] => {
  const rows: IndexRow[] = []
  for (const locale of localeCodes(payload)) {
    const title = textOf(localeValue(doc.title, locale)).trim()
    const summary = textOf(localeValue(doc.summary, locale)).trim()
    const body = lexicalToText(localeValue(doc.body, locale), { linkUrls: false }).trim()
    if (title || summary || body) rows.push({ collection, docId: Number(doc.id), locale, title, summary, body })
  }
  return rows
}

const isPublished = <T extends IndexedDoc>(doc: T | null): doc is T =>
  doc?._status === 'published' && doc?.workflow?.state === 'published'

const removeRows = async (db: Db, collection: SearchableSlug, docId: number) => {
  const { sql } = db
  if (db.kind === 'sqlite') {
    await db.rows(
      sql`DELETE FROM search_documents WHERE rowid IN (SELECT id FROM search_texts WHERE collection = ${collection} AND doc_id = ${docId})`,
    )
    await db.rows(sql`DELETE FROM search_texts WHERE collection = ${collection} AND doc_id = ${docId}`)
  } else {
    await db.rows(sql`DELETE FROM search_documents WHERE collection = ${collection} AND doc_id = ${docId}`)
  }
}

const insertRows = async (db: Db, rows: IndexRow[]) => {
  if (rows.length === 0) return
  const { sql } = db
  if (db.kind === 'sqlite') {
    const values = sql.join(
      rows.map((r) => sql`(${r.collection}, ${r.docId}, ${r.locale}, ${r.title}, ${r.summary}, ${r.body})`),
      sql`, `,
    )
    const ids = await db.rows(
      sql`INSERT INTO search_texts (collection, doc_id, locale, title, summary, body) VALUES ${values} RETURNING id, collection, doc_id, locale`,
    )
    const idOf = new Map(
      ids.map((row) => [`${String(row.collection)}|${Number(row.doc_id)}|${String(row.locale)}`, Number(row.id)]),
    )
    const terms = sql.join(
      rows.map(
        (r) =>
          sql`(${idOf.get(`${r.collection}|${r.docId}|${r.locale}`)}, ${r.collection}, ${r.docId}, ${r.locale}, ${indexText(r.title)}, ${indexText(r.summary)}, ${indexText(r.body)})`,
      ),
      sql`, `,
    )
    await db.rows(
      sql`INSERT INTO search_documents (rowid, collection, doc_id, locale, title, summary, body) VALUES ${terms}`,
    )
  } else {
    const values = sql.join(
      rows.map((r) => {
        const terms = toTsVector([
          { text: r.title, weight: 'A' },
          { text: r.summary, weight: 'B' },
          { text: r.body, weight: 'D' },
        ])
        return sql`(${r.collection}, ${r.docId}, ${r.locale}, ${r.title}, ${r.summary}, ${r.body}, ${terms}::tsvector)`
      }),
      sql`, `,
    )
    await db.rows(
      sql`INSERT INTO search_documents (collection, doc_id, locale, title, summary, body, terms) VALUES ${values}`,
    )
  }
}

/**
 * Replaces one piece's index rows with what its published row says now, or removes them when the
 * piece is not published. Called by the review service after publish, withdraw and expiry, in the
 * transition's request (and transaction, where the database has one).
 */
export const reindexForSearch = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  id: string | number,
): Promise<void> => {
  if (!searchSupported(req.payload)) return
  const live = await loadAllLocales(req, slug, id, false)
  const db = await dbFor(req.payload, req)
  await removeRows(db, slug, Number(id))
  if (isPublished(live)) await insertRows(db, indexRowsOf(req.payload, slug, live))
}

const SELECT: Record<SearchableSlug, Record<string, true>> = {
  articles: { title: true, summary: true, body: true, _status: true, workflow: true },
  'patient-stories': { title: true, body: true, _status: true, workflow: true },
}

/** Indexes every published row from scratch (the index must be empty). Returns the rows written. */
export const backfillSearchIndex = async (payload: Payload, pageSize = 200): Promise<number> => {
  const db = await dbFor(payload)
  let written = 0
  for (const collection of SEARCHABLE_SLUGS) {
    for (let page = 1; ; page++) {
      const result = await payload.find({
        collection: collection,
        where: { and: [{ _status: { equals: 'published' } }, { 'workflow.state': { equals: 'published' } }] },
        locale: 'all',
        depth: 0,
        limit: pageSize,
        page,
        sort: 'id',
        overrideAccess: true,
        select: SELECT[collection] as never,
      })
      // Read with `locale: 'all'`: the text fields come as locale maps.
      const rows = (result.docs as unknown as IndexedDoc[])
        .filter(isPublished)
        .flatMap((doc) => indexRowsOf(payload, collection, doc))
      // Chunks keep each statement under SQLite's bound-parameter limit.
      for (let i = 0; i < rows.length; i += 100) await insertRows(db, rows.slice(i, i + 100))
      written += rows.length
      if (!result.hasNextPage) break
    }
  }
  // Postgres would plan the next searches on the empty table's statistics until autovacuum runs.
  if (db.kind === 'postgres' && written > 0) await db.rows(db.sql`ANALYZE search_documents`)
  return written
}

const ready = new WeakMap<Payload, Promise<void>>()

/**
 * One pass per process, before the first search: an empty index over a database that has public
 * content (one made before the index existed, or filled behind Payload's back) is filled from the
 * published rows. Afterwards the review transitions keep it current.
 */
export const ensureSearchIndex = (payload: Payload): Promise<void> => {
  let pending = ready.get(payload)
  if (!pending) {
    pending = (async () => {
      const db = await dbFor(payload)
      const table = db.kind === 'sqlite' ? 'search_texts' : 'search_documents'
      const [any] = await db.rows(db.sql`SELECT 1 AS present FROM ${db.sql.raw(table)} LIMIT 1`)
      if (any) return
      const started = Date.now()
      const written = await backfillSearchIndex(payload)
      if (written > 0)
        payload.logger.info(`search index: ${written} rows from the published content in ${Date.now() - started} ms`)
    })()
    ready.set(payload, pending)
    // A failure is retried by the next search rather than remembered.
    pending.catch(() => ready.delete(payload))
  }
  return pending
}

export type SearchHit = {
  collection: SearchableSlug
  id: number
  locale: string
  title: string
  summary: string
  body: string
  score: number
}

export type SearchInput = {
  parts: QueryPart[]
  locale: string
  collection?: SearchableSlug
  limit: number
  page: number
  now?: Date
}

/** The query's SQL with the public read rule on the main tables, for EXPLAIN and for search. */
export const searchStatement = (kind: 'sqlite' | 'postgres', input: SearchInput): Sql => {
  const now = (input.now ?? new Date()).toISOString()
  const offset = (input.page - 1) * input.limit
  if (kind === 'sqlite') {
    const sql = sqliteSql
    const onlyCollection = input.collection ? sql`AND h.collection = ${input.collection}` : sql``
    // FTS5 ranks only in a query of its own (bm25 refuses a join or window context): the matches
    // are scored on the index alone, then checked against the public rule, counted and cut to the
    // page; only the page's rows are joined to their original text.
    return sql`WITH hits AS MATERIALIZED (
      SELECT rowid AS rid, collection, doc_id, locale, -${sql.raw(BM25)} AS score
      FROM search_documents WHERE search_documents MATCH ${toFts5Query(input.parts)}
    )
    SELECT p.collection, p.doc_id, p.score, p.total, t.title, t.summary, t.body FROM (
      SELECT h.rid, h.collection, h.doc_id, h.score, count(*) OVER () AS total
      FROM hits h
      LEFT JOIN ${sql.raw(TABLES.articles)} a ON h.collection = ${SLUGS.articles} AND a.id = h.doc_id
      LEFT JOIN ${sql.raw(TABLES['patient-stories'])} s ON h.collection = ${SLUGS.patientStories} AND s.id = h.doc_id
      LEFT JOIN consents c ON c.id = s.consent_id
      WHERE h.locale = ${input.locale} ${onlyCollection}
        AND ((a._status = 'published' AND a.workflow_state = 'published' AND a.workflow_review_expires_at > ${now})
          OR (s._status = 'published' AND s.workflow_state = 'published' AND s.workflow_review_expires_at > ${now}
              AND c.status = 'active' AND c.valid_from <= ${now} AND c.valid_until > ${now}))
      ORDER BY h.score DESC, h.collection, h.doc_id DESC
      LIMIT ${input.limit} OFFSET ${offset}
    ) p JOIN search_texts t ON t.id = p.rid
    ORDER BY p.score DESC, p.collection, p.doc_id DESC`
  }
  const sql = pgSql as unknown as typeof sqliteSql
  const onlyCollection = input.collection ? sql`AND d.collection = ${input.collection}` : sql``
  // The GIN index finds the matches; each is checked against the public rule by its primary key
  // (EXISTS, so the planner starts from the index instead of joining every article), ranked, counted
  // and cut to the page; only the page's rows are read again for their original text.
  return sql`SELECT p.collection, p.doc_id, p.score, p.total, t.title, t.summary, t.body FROM (
    SELECT d.id, d.collection, d.doc_id, ts_rank(d.terms, q.query) AS score, count(*) OVER () AS total
    FROM search_documents d
    CROSS JOIN (SELECT ${toTsQuery(input.parts)}::tsquery AS query) q
    WHERE d.terms @@ q.query AND d.locale = ${input.locale} ${onlyCollection}
      AND ((d.collection = ${SLUGS.articles} AND EXISTS (
            SELECT 1 FROM ${sql.raw(TABLES.articles)} a WHERE a.id = d.doc_id
              AND a._status = 'published' AND a.workflow_state = 'published' AND a.workflow_review_expires_at > ${now}::timestamptz))
        OR (d.collection = ${SLUGS.patientStories} AND EXISTS (
            SELECT 1 FROM ${sql.raw(TABLES['patient-stories'])} s JOIN consents c ON c.id = s.consent_id WHERE s.id = d.doc_id
              AND s._status = 'published' AND s.workflow_state = 'published' AND s.workflow_review_expires_at > ${now}::timestamptz
              AND c.status = 'active' AND c.valid_from <= ${now}::timestamptz AND c.valid_until > ${now}::timestamptz)))
    ORDER BY score DESC, d.collection, d.doc_id DESC
    LIMIT ${input.limit} OFFSET ${offset}
  ) p JOIN search_documents t ON t.id = p.id
  ORDER BY p.score DESC, p.collection, p.doc_id DESC`
}

/** One indexed query: the page of public hits, ranked, with their original text and the total. */
export const searchIndex = async (
  payload: Payload,
  input: SearchInput,
): Promise<{ hits: SearchHit[]; total: number }> => {
  if (input.parts.length === 0) return { hits: [], total: 0 }
  await ensureSearchIndex(payload)
  const db = await dbFor(payload)
  const rows = await db.rows(searchStatement(db.kind, input))
  let total = rows.length ? Number(rows[0].total) : 0
  // Past the last page the window count is not seen; count again only then.
  if (rows.length === 0 && input.page > 1) total = (await searchIndex(payload, { ...input, page: 1, limit: 1 })).total
  return {
    total,
    hits: rows.map((row) => ({
      collection: row.collection as SearchableSlug,
      id: Number(row.doc_id),
      locale: input.locale,
      title: textOf(row.title),
      summary: textOf(row.summary),
      body: textOf(row.body),
      score: Number(row.score),
    })),
  }
}
