// What people see of the ledger: the leaderboard of a period (staff), a contributor's own balance,
// honours and history (staff in the admin, external contributors on their tracking page).
import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { idOf } from '@/db/relationIds'
import type { Contributor, IncentiveRule, PointLedger, Submission } from '@/payload-types'
import { type Period } from '../rules/periods'
import { ENTRY_KIND_LABELS, balanceOfTally } from '../rules/ledger'
import { type Totals, addToTotals, rankTotals } from '../rules/leaderboard'
import { contributorOfSubmission } from './contributors'
import { tallyOfContributor } from './grants'
import { honoursOf } from './honours'
import { eachLedgerPage } from './pages'
import { settledTotalsByMonths } from './sums'

/**
 * Settled points earned in the period, from the entries stored under its months only (an index on
 * month and settled), never the whole ledger: summed by the database on SQL, a page at a time on
 * MongoDB.
 */
export const leaderboard = async (req: PayloadRequest, period: Period, limit = 20) => {
  let totals = await settledTotalsByMonths(req, period.months)
  if (!totals) {
    const paged: Totals = new Map()
    await eachLedgerPage(
      req,
      { and: [{ month: { in: period.months } }, { settled: { equals: true } }] },
      { contributor: true, points: true, settled: true },
      (docs) =>
        addToTotals(
          paged,
          docs.map((e) => ({
            contributor: idOf(e.contributor)!,
            points: Number(e.points),
            settled: Boolean(e.settled),
            seq: Number(e.seq),
          })),
        ),
    )
    totals = paged
  }
  const standings = rankTotals(totals, limit)
  const ids = standings.map((s) => s.contributor)
  const [contributors, honours] = await Promise.all([
    ids.length
      ? req.payload.find({
          collection: SLUGS.contributors,
          where: { id: { in: ids } },
          select: { displayName: true, kind: true },
          pagination: false,
          depth: 0,
          overrideAccess: true,
          req,
        })
      : { docs: [] as Contributor[] },
    honoursOf(req, ids),
  ])
  return {
    period: period.label,
    months: period.months,
    rows: standings.map((s) => {
      const c = contributors.docs.find((d) => String(d.id) === s.contributor)
      return {
        rank: s.rank,
        points: s.points,
        contributor: { id: c?.id ?? s.contributor, displayName: c?.displayName ?? null, kind: c?.kind ?? null },
        honours: honours.filter((h) => String(idOf(h.contributor)) === s.contributor).map((h) => h.title),
      }
    }),
  }
}

const ruleNames = async (req: PayloadRequest, entries: PointLedger[]) => {
  const ids = [...new Set(entries.map((e) => idOf(e.rule)).filter((id) => id !== null))]
  if (ids.length === 0) return new Map<string, IncentiveRule>()
  const { docs } = await req.payload.find({
    collection: SLUGS.incentiveRules,
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((r) => [String(r.id), r]))
}

/**
 * One contributor's balance, honours and latest history. Only what concerns them: the rule, the
 * cause and the amounts — never who recorded, requested or approved an entry.
 */
export const contributorStatement = async (req: PayloadRequest, contributor: Contributor, historyLimit = 50) => {
  const [counted, latest] = await Promise.all([
    tallyOfContributor(req, contributor.id),
    req.payload.find({
      collection: SLUGS.pointLedger,
      where: { contributor: { equals: contributor.id } },
      sort: '-seq',
      limit: historyLimit,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  ])
  const entries = latest.docs
  const rules = await ruleNames(req, entries)
  const balance = balanceOfTally(counted)
  return {
    displayName: contributor.displayName,
    kind: contributor.kind,
    balance,
    honours: (await honoursOf(req, [contributor.id])).map((h) => ({ title: h.title, at: h.at ?? null })),
    history: entries.map((e) => ({
      id: e.id,
      at: e.at,
      kind: e.kind,
      kindLabel: ENTRY_KIND_LABELS[e.kind].zh,
      rule: rules.get(String(idOf(e.rule)))?.name ?? null,
      cause: e.cause ?? null,
      points: e.points,
      amountCny: e.amountCny,
      settled: Boolean(e.settled),
      pending: e.kind === 'grant' && !e.settled && !counted.decided.has(String(e.id)),
    })),
  }
}

/** The tracking page's part: the sender's own statement, if they took part; null otherwise. */
export const submitterStatement = async (req: PayloadRequest, submission: Submission) => {
  if (submission.source === 'staff') return null
  const contributor = await contributorOfSubmission(req, submission)
  if (!contributor) return null
  const statement: Partial<Awaited<ReturnType<typeof contributorStatement>>> = await contributorStatement(
    req,
    contributor,
  )
  // Their own record only, without even the label staff screens use for them.
  delete statement.displayName
  return statement
}

/**
 * Monetary grants still waiting for a manager's decision, oldest first: unsettled grants (an
 * index on settled) less those an approval or rejection already answers.
 */
export const pendingGrants = async (req: PayloadRequest, limit = 50) => {
  // Decided grants stay unsettled too, so read unsettled grants in pages until enough are open.
  const open: PointLedger[] = []
  for (let after = 0; open.length < limit;) {
    const { docs } = await req.payload.find({
      collection: SLUGS.pointLedger,
      where: { and: [{ kind: { equals: 'grant' } }, { settled: { equals: false } }, { seq: { greater_than: after } }] },
      sort: 'seq',
      limit: 200,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (docs.length === 0) break
    const decided = await req.payload.find({
      collection: SLUGS.pointLedger,
      where: { and: [{ kind: { in: ['approval', 'rejection'] } }, { refersTo: { in: docs.map((d) => d.id) } }] },
      select: { refersTo: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const answered = new Set(decided.docs.map((d) => String(idOf(d.refersTo))))
    open.push(...docs.filter((d) => !answered.has(String(d.id))))
    if (docs.length < 200) break
    after = docs[docs.length - 1].seq
  }
  open.splice(limit)
  const contributorIds = [...new Set(open.map((d) => idOf(d.contributor)!))]
  const contributors = contributorIds.length
    ? (
        await req.payload.find({
          collection: SLUGS.contributors,
          where: { id: { in: contributorIds } },
          select: { displayName: true },
          pagination: false,
          depth: 0,
          overrideAccess: true,
          req,
        })
      ).docs
    : []
  const rules = await ruleNames(req, open)
  return open.map((d) => ({
    id: d.id,
    at: d.at,
    points: d.points,
    amountCny: d.amountCny,
    cause: d.cause ?? null,
    rule: rules.get(String(idOf(d.rule)))?.name ?? null,
    contributor: {
      id: idOf(d.contributor),
      displayName: contributors.find((c) => String(c.id) === String(idOf(d.contributor)))?.displayName ?? null,
    },
    requestedBy: idOf(d.requestedBy),
  }))
}
