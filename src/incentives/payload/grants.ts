// Grants, decisions and corrections on the points ledger. Every write is an appended entry with an
// idempotency key: automatic grants (on publish, on reach) are safe to repeat, a manager's award is
// refused a second time, and a monetary grant settles only through another manager's approval.
import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { idOf } from '@/db/relationIds'
import { CodedError } from '@/errors/CodedError'
import type { Contributor, IncentiveRule, PointLedger } from '@/payload-types'
import {
  type LedgerEntry,
  balanceOfTally,
  decisionKey,
  emptyTally,
  grantKey,
  pieceCause,
  reachCause,
  refuseDecision,
  refuseReversal,
  reversalKey,
  reversalOf,
  settlesAtOnce,
  tally,
  tallyFromSums,
} from '../rules/ledger'
import { piecesOverThreshold, viewsByPiece } from '../rules/reach'
import type { GrantRequest } from '../rules/requests'
import type { Trigger } from '../rules/vocabulary'
import { isManagerUser, language } from './access'
import { contributorsOfPiece } from './contributors'
import { awardHonour } from './honours'
import { appendEntry, findByKey } from './ledger'
import { eachLedgerPage, eachMetricsPage } from './pages'
import { type PieceViews, piecesOverViews, settledSumsOf } from './sums'

type PieceSlug = 'articles' | 'patient-stories'

const activeRules = async (req: PayloadRequest, trigger: Trigger) =>
  (
    await req.payload.find({
      collection: SLUGS.incentiveRules,
      where: { and: [{ trigger: { equals: trigger } }, { active: { equals: true } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs

const asLedgerEntry = (e: Partial<PointLedger> & { id: PointLedger['id'] }): LedgerEntry => ({
  id: e.id,
  kind: e.kind!,
  contributor: idOf(e.contributor)!,
  points: Number(e.points ?? 0),
  amountCny: Number(e.amountCny ?? 0),
  settled: Boolean(e.settled),
  refersTo: idOf(e.refersTo),
})

/**
 * A contributor's whole history: the database sums the settled entries and only the open ones and
 * the decisions are read (on MongoDB, every entry a page at a time).
 */
export const tallyOfContributor = async (req: PayloadRequest, contributor: string | number) => {
  const select = {
    kind: true,
    contributor: true,
    points: true,
    amountCny: true,
    settled: true,
    refersTo: true,
  } as const
  const sums = await settledSumsOf(req, contributor)
  if (sums) {
    const open: LedgerEntry[] = []
    await eachLedgerPage(
      req,
      {
        and: [
          { contributor: { equals: contributor } },
          { or: [{ settled: { equals: false } }, { kind: { in: ['approval', 'rejection'] } }] },
        ],
      },
      select,
      (docs) => open.push(...docs.map((d) => asLedgerEntry(d as never))),
    )
    return tallyFromSums(sums, open)
  }
  const into = emptyTally()
  await eachLedgerPage(req, { contributor: { equals: contributor } }, select, (docs) =>
    tally(
      into,
      docs.map((d) => asLedgerEntry(d as never)),
    ),
  )
  return into
}

export const balanceOfContributor = async (req: PayloadRequest, contributor: string | number) =>
  balanceOfTally(await tallyOfContributor(req, contributor))

/** After points settle: the rule's own honour, then any balance honour now reached. */
const afterSettlement = async (req: PayloadRequest, contributor: string | number, rule: IncentiveRule | null) => {
  if (rule?.honour?.trim()) await awardHonour(req, contributor, rule.honour, rule, rule.name)
  const balanceRules = await activeRules(req, 'balance')
  if (balanceRules.length === 0) return
  const { points } = await balanceOfContributor(req, contributor)
  for (const r of balanceRules)
    if (r.honour && r.threshold && points >= r.threshold)
      await awardHonour(req, contributor, r.honour, r, `${r.name}（累计 ${points} 分）`)
}

const contributorUser = (contributor: Contributor) => idOf(contributor.user)

type Cause = { collection: string; id: string; label: string; key: string }

const grant = async (
  req: PayloadRequest,
  rule: IncentiveRule,
  contributor: Contributor,
  cause: Cause,
  extra: { reason?: string | null; requestedBy?: string | number | null; at?: Date } = {},
) => {
  const amountCny = Number(rule.rewardCny ?? 0)
  const settled = settlesAtOnce(amountCny)
  const result = await appendEntry(req, {
    kind: 'grant',
    key: grantKey(rule.id, contributor.id, cause.key),
    contributor: contributor.id,
    beneficiaryUser: contributorUser(contributor),
    rule: rule.id,
    points: rule.points,
    amountCny,
    settled,
    causeCollection: cause.collection,
    causeId: cause.id,
    cause: cause.label,
    reason: extra.reason ?? rule.name,
    requestedBy: extra.requestedBy ?? null,
    at: extra.at,
  })
  if (result.created && settled) await afterSettlement(req, contributor.id, rule)
  return result
}

/**
 * Called by the publish transition, in its transaction: a piece went public, so each active
 * 稿件发布 rule grants its points to the piece's contributors — once per piece, however often it
 * is published again.
 */
export const grantForPublication = async (req: PayloadRequest, collection: PieceSlug, pieceId: string | number) => {
  const rules = await activeRules(req, 'published')
  if (rules.length === 0) return []
  const contributors = await contributorsOfPiece(req, collection, pieceId)
  const created: PointLedger[] = []
  for (const rule of rules)
    for (const contributor of contributors) {
      const result = await grant(
        req,
        rule,
        contributor,
        { collection, id: String(pieceId), label: '稿件发布', key: pieceCause(collection, pieceId) },
        { requestedBy: idOf(req.user?.id) },
      )
      if (result.created) created.push(result.entry)
    }
  return created
}

/** On MongoDB: every metrics row with views, a page at a time (by id), only the fields needed. */
const piecesOverViewsPaged = async (req: PayloadRequest, threshold: number): Promise<PieceViews[]> => {
  const totals = new Map<string, number>()
  const kols = new Map<string, Set<string>>()
  await eachMetricsPage(
    req,
    { views: { greater_than: 0 } },
    { contentCollection: true, contentId: true, views: true, kolPartner: true },
    (docs) => {
      const rows = docs as {
        contentCollection?: string | null
        contentId?: string | null
        views?: number | null
        kolPartner?: unknown
      }[]
      viewsByPiece(rows, totals)
      for (const row of rows) {
        const kol = idOf(row.kolPartner)
        if (kol === null || !row.contentCollection || !row.contentId) continue
        const key = `${row.contentCollection}/${row.contentId}`
        kols.set(key, (kols.get(key) ?? new Set()).add(String(kol)))
      }
    },
  )
  return piecesOverThreshold(totals, threshold).map((piece) => ({
    ...piece,
    kols: [...(kols.get(`${piece.collection}/${piece.id}`) ?? [])],
  }))
}

/**
 * The reach check (job and POST /api/point-ledger/run): each piece's views summed over its
 * channel-metrics rows (by the database on SQL, in pages on MongoDB); a piece over an active reach
 * rule's threshold grants to its contributors and to the KOL/KOC it was placed with.
 */
export const runReachThresholds = async (req: PayloadRequest, asOf: Date) => {
  const rules = await activeRules(req, 'reach')
  if (rules.length === 0) return []
  const lowest = Math.min(...rules.map((rule) => rule.threshold ?? Number.POSITIVE_INFINITY))
  if (!Number.isFinite(lowest)) return []
  const pieces = (await piecesOverViews(req, lowest)) ?? (await piecesOverViewsPaged(req, lowest))
  const created: { entry: string | number; rule: string | number; contributor: string | number; piece: string }[] = []
  for (const rule of rules) {
    for (const piece of pieces) {
      if (!(piece.views > (rule.threshold ?? Number.POSITIVE_INFINITY))) continue
      if (piece.collection !== SLUGS.articles && piece.collection !== SLUGS.patientStories) continue
      const contributors = await contributorsOfPiece(req, piece.collection, piece.id)
      for (const kol of piece.kols) {
        const { docs } = await req.payload.find({
          collection: SLUGS.contributors,
          where: { kolPartner: { equals: kol } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          pagination: false,
          req,
        })
        if (docs[0]) contributors.push(docs[0])
      }
      for (const contributor of contributors) {
        const result = await grant(
          req,
          rule,
          contributor,
          {
            collection: piece.collection,
            id: piece.id,
            label: `累计播放/阅读 ${piece.views} 次（阈值 ${rule.threshold}）`,
            key: reachCause(piece.collection, piece.id),
          },
          { at: asOf },
        )
        if (result.created)
          created.push({
            entry: result.entry.id,
            rule: rule.id,
            contributor: contributor.id,
            piece: `${piece.collection}/${piece.id}`,
          })
      }
    }
  }
  return created
}

const notFound = (req: PayloadRequest, what: string) =>
  new CodedError('incentive-not-found', 404, language(req), { what })

const loadDoc = async <T>(req: PayloadRequest, collection: string, id: string | number, what: string): Promise<T> => {
  const doc = await req.payload.findByID({
    collection: collection as typeof SLUGS.pointLedger,
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!doc) throw notFound(req, what)
  return doc as T
}

/** A manager's award (e.g. 月度最佳作品) under an active manual rule, once per contributor and cause. */
export const manualGrant = async (req: PayloadRequest, input: GrantRequest) => {
  const rule = await loadDoc<IncentiveRule>(
    req,
    SLUGS.incentiveRules,
    input.rule,
    language(req) === 'en' ? 'rule' : '激励规则',
  )
  if (!rule.active || rule.trigger !== 'manual')
    throw new CodedError('incentive-rule-mismatch', 409, language(req), { trigger: rule.trigger }, 'rule')
  const contributor = await loadDoc<Contributor>(
    req,
    SLUGS.contributors,
    input.contributor,
    language(req) === 'en' ? 'contributor' : '共创者',
  )
  let cause: Cause
  if (input.piece) {
    const piece = await loadDoc<{ id: number; title?: string }>(
      req,
      input.piece.collection,
      input.piece.id,
      language(req) === 'en' ? 'piece' : '稿件',
    )
    cause = {
      collection: input.piece.collection,
      id: String(piece.id),
      label: piece.title ? `作品《${piece.title}》` : `${input.piece.collection}/${piece.id}`,
      key: pieceCause(input.piece.collection, piece.id),
    }
  } else cause = { collection: 'award', id: input.occasion!, label: input.occasion!, key: `award/${input.occasion}` }
  if (await findByKey(req, grantKey(rule.id, contributor.id, cause.key)))
    throw new CodedError('incentive-duplicate', 409, language(req))
  const { entry } = await grant(req, rule, contributor, cause, {
    reason: input.reason,
    requestedBy: idOf(req.user?.id),
  })
  await recordAuditEvent(req, {
    action: 'ledger.granted',
    targetCollection: SLUGS.pointLedger,
    targetId: entry.id,
    detail: {
      rule: rule.id,
      contributor: contributor.id,
      cause: cause.key,
      points: entry.points,
      amountCny: entry.amountCny,
    },
  })
  return entry
}

const refuse = (req: PayloadRequest, refusal: NonNullable<ReturnType<typeof refuseDecision>>) =>
  new CodedError(refusal.code, refusal.status, language(req), 'state' in refusal ? { state: refusal.state } : {})

const actor = (req: PayloadRequest) => ({ id: idOf(req.user?.id) ?? '', manager: isManagerUser(req.user) })

/** A manager's approval or rejection of a pending monetary grant: itself an appended entry. */
export const decideGrant = async (
  req: PayloadRequest,
  id: string,
  decision: 'approve' | 'reject',
  reason: string | null,
) => {
  if (!isManagerUser(req.user)) throw new CodedError('incentive-forbidden', 403, language(req))
  const target = await loadDoc<PointLedger>(
    req,
    SLUGS.pointLedger,
    id,
    language(req) === 'en' ? 'ledger entry' : '积分记录',
  )
  const decided = await findByKey(req, decisionKey(target.id))
  const refusal = refuseDecision(
    actor(req),
    {
      kind: target.kind,
      settled: Boolean(target.settled),
      requestedBy: idOf(target.requestedBy),
      beneficiaryUser: idOf(target.beneficiaryUser),
    },
    decided !== null,
  )
  if (refusal) throw refuse(req, refusal)
  const approve = decision === 'approve'
  const { entry } = await appendEntry(req, {
    kind: approve ? 'approval' : 'rejection',
    key: decisionKey(target.id),
    contributor: idOf(target.contributor)!,
    beneficiaryUser: idOf(target.beneficiaryUser),
    rule: idOf(target.rule),
    points: approve ? target.points : 0,
    amountCny: approve ? target.amountCny : 0,
    settled: approve,
    refersTo: target.id,
    causeCollection: target.causeCollection ?? null,
    causeId: target.causeId ?? null,
    cause: target.cause ?? null,
    reason,
    requestedBy: idOf(target.requestedBy),
  })
  if (approve) {
    const rule = idOf(target.rule)
    await afterSettlement(
      req,
      idOf(target.contributor)!,
      rule === null ? null : await loadDoc<IncentiveRule>(req, SLUGS.incentiveRules, rule, 'rule'),
    )
  }
  await recordAuditEvent(req, {
    action: approve ? 'ledger.approved' : 'ledger.rejected',
    targetCollection: SLUGS.pointLedger,
    targetId: target.id,
    detail: { entry: entry.id, points: entry.points, amountCny: entry.amountCny, reason },
  })
  return entry
}

/** A manager's correction: a reversal entry cancelling one settled entry exactly, with the reason. */
export const reverseEntryOf = async (req: PayloadRequest, id: string, reason: string) => {
  if (!isManagerUser(req.user)) throw new CodedError('incentive-forbidden', 403, language(req))
  const target = await loadDoc<PointLedger>(
    req,
    SLUGS.pointLedger,
    id,
    language(req) === 'en' ? 'ledger entry' : '积分记录',
  )
  const reversed = await findByKey(req, reversalKey(target.id))
  const refusal = refuseReversal(actor(req), { kind: target.kind, settled: Boolean(target.settled) }, reversed !== null)
  if (refusal) throw refuse(req, refusal)
  const reversal = reversalOf(asLedgerEntry(target))
  const { entry } = await appendEntry(req, {
    ...reversal,
    key: reversalKey(target.id),
    beneficiaryUser: idOf(target.beneficiaryUser),
    rule: idOf(target.rule),
    causeCollection: target.causeCollection ?? null,
    causeId: target.causeId ?? null,
    cause: target.cause ?? null,
    reason,
    requestedBy: idOf(req.user?.id),
  })
  await recordAuditEvent(req, {
    action: 'ledger.reversed',
    targetCollection: SLUGS.pointLedger,
    targetId: target.id,
    detail: { entry: entry.id, points: entry.points, amountCny: entry.amountCny, reason },
  })
  return entry
}
