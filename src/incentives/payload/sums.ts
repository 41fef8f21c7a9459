// The ledger's and the metrics' sums, added up by the database (GROUP BY on the SQL adapters)
// instead of a page of rows at a time in Node: a year's leaderboard, a long-standing contributor's
// balance and the reach check each cost one indexed aggregate. On MongoDB these answer null and
// the callers keep their paged Local API reads.
import type { PayloadRequest } from 'payload'

import { inList, runSql } from '@/db/sql'
import type { Totals } from '../rules/leaderboard'

const num = (value: unknown) => Number(value ?? 0)

/** Settled points per contributor over the given months (index on month and settled). */
export const settledTotalsByMonths = async (req: PayloadRequest, months: readonly string[]): Promise<Totals | null> => {
  if (months.length === 0) return new Map()
  const list = inList('m', months)
  const result = await runSql(
    req.payload,
    `SELECT contributor_id AS contributor, SUM(points) AS points, MAX(seq) AS last_seq
     FROM point_ledger WHERE month IN ${list.sql} AND settled = true GROUP BY contributor_id`,
    list.values,
    req,
  )
  if (!result) return null
  return new Map(
    result.rows.map((row) => [String(row.contributor), { points: num(row.points), lastSeq: num(row.last_seq) }]),
  )
}

/** A contributor's settled points and whole cents (index on contributor). */
export const settledSumsOf = async (
  req: PayloadRequest,
  contributor: string | number,
): Promise<{ points: number; cents: number } | null> => {
  const result = await runSql(
    req.payload,
    `SELECT SUM(points) AS points, SUM(ROUND(amount_cny * 100)) AS cents
     FROM point_ledger WHERE contributor_id = $contributor AND settled = true`,
    { contributor: Number(contributor) },
    req,
  )
  if (!result) return null
  return { points: num(result.rows[0]?.points), cents: num(result.rows[0]?.cents) }
}

export type PieceViews = { collection: string; id: string; views: number; kols: string[] }

/**
 * Pieces whose channel-metrics views sum above `threshold`, with the KOL/KOC partners their rows
 * name. One GROUP BY over the rows with views, then the partners of those pieces only.
 */
export const piecesOverViews = async (req: PayloadRequest, threshold: number): Promise<PieceViews[] | null> => {
  const totals = await runSql(
    req.payload,
    `SELECT content_collection AS collection, content_id AS id, SUM(views) AS views
     FROM channel_metrics
     WHERE views > 0 AND content_collection IS NOT NULL AND content_id IS NOT NULL
     GROUP BY content_collection, content_id HAVING SUM(views) > $threshold`,
    { threshold },
    req,
  )
  if (!totals) return null
  const pieces = new Map<string, PieceViews>()
  for (const row of totals.rows) {
    const piece = { collection: String(row.collection), id: String(row.id), views: num(row.views), kols: [] }
    pieces.set(`${piece.collection}/${piece.id}`, piece)
  }
  const ids = [...new Set([...pieces.values()].map((p) => p.id))]
  // A few hundred ids at a time keeps every statement well under SQLite's bound-parameter limit.
  for (let start = 0; start < ids.length; start += 500) {
    const list = inList('p', ids.slice(start, start + 500))
    const partners = await runSql(
      req.payload,
      `SELECT DISTINCT content_collection AS collection, content_id AS id, kol_partner_id AS kol
       FROM channel_metrics WHERE views > 0 AND kol_partner_id IS NOT NULL AND content_id IN ${list.sql}`,
      list.values,
      req,
    )
    for (const row of partners?.rows ?? [])
      pieces.get(`${String(row.collection)}/${String(row.id)}`)?.kols.push(String(row.kol))
  }
  return [...pieces.values()]
}
