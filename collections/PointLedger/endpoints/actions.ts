import type { Endpoint, PayloadRequest } from 'payload'

import { checkRole } from '@/access/checkRole'
import { CodedError } from '@/errors/CodedError'
import { asOfFrom } from '@/http/asOf'
import { readJsonBody } from '@/http/readJsonBody'
import { withTransaction } from '@/http/withTransaction'
import { language, requireManager } from '@/incentives/payload/access'
import { decideGrant, manualGrant, reverseEntryOf, runReachThresholds } from '@/incentives/payload/grants'
import { verifyStoredLedger } from '@/incentives/payload/verify'
import { pendingGrants } from '@/incentives/payload/views'
import { parseGrantRequest, parseReason } from '@/incentives/rules/requests'

const idOf = (req: PayloadRequest) => (typeof req.routeParams?.id === 'string' ? req.routeParams.id : '')

const badInput = (req: PayloadRequest, field: string) =>
  new CodedError('incentive-bad-input', 400, language(req), { field }, field)

/** POST /api/point-ledger/run {asOf?} — the reach-threshold check at once (admins); the job runs it on every maintenance tick. */
export const runLedgerChecks: Endpoint = {
  path: '/run',
  method: 'post',
  handler: async (req) => {
    if (!checkRole(['admin'], req.user)) throw new CodedError('incentive-forbidden', 403, language(req))
    const body = (await readJsonBody(req)) as { asOf?: unknown } | undefined
    const asOf = asOfFrom(req, body?.asOf)
    const granted = await withTransaction(req, () => runReachThresholds(req, asOf))
    return Response.json({ asOf: asOf.toISOString(), granted })
  },
}

/** GET /api/point-ledger/verify — walks the ledger's hash chain (admins). */
export const verifyLedgerEndpoint: Endpoint = {
  path: '/verify',
  method: 'get',
  handler: async (req) => {
    if (!checkRole(['admin'], req.user)) throw new CodedError('incentive-forbidden', 403, language(req))
    return Response.json(await verifyStoredLedger(req.payload))
  },
}

/** POST /api/point-ledger/grant {rule, contributor, piece?|occasion?, reason} — a manager's award. */
export const grantEntry: Endpoint = {
  path: '/grant',
  method: 'post',
  handler: async (req) => {
    requireManager(req)
    const parsed = parseGrantRequest(await readJsonBody(req))
    if (!parsed.ok) throw badInput(req, parsed.problem.field)
    const entry = await withTransaction(req, () => manualGrant(req, parsed.value))
    return Response.json({ doc: entry }, { status: 201 })
  },
}

const decision =
  (kind: 'approve' | 'reject'): Endpoint['handler'] =>
  async (req) => {
    requireManager(req)
    const reason = parseReason(await readJsonBody(req), kind === 'reject')
    if (!reason.ok) throw badInput(req, reason.problem.field)
    const entry = await withTransaction(req, () => decideGrant(req, idOf(req), kind, reason.value))
    return Response.json({ doc: entry }, { status: 201 })
  }

/** POST /api/point-ledger/:id/approve {reason?} — a manager other than the requester and the beneficiary. */
export const approveEntry: Endpoint = { path: '/:id/approve', method: 'post', handler: decision('approve') }

/** POST /api/point-ledger/:id/reject {reason} */
export const rejectEntry: Endpoint = { path: '/:id/reject', method: 'post', handler: decision('reject') }

/** POST /api/point-ledger/:id/reverse {reason} — a manager's correction: a reversing entry. */
export const reverseEntry: Endpoint = {
  path: '/:id/reverse',
  method: 'post',
  handler: async (req) => {
    requireManager(req)
    const reason = parseReason(await readJsonBody(req), true)
    if (!reason.ok) throw badInput(req, reason.problem.field)
    const entry = await withTransaction(req, () => reverseEntryOf(req, idOf(req), reason.value!))
    return Response.json({ doc: entry }, { status: 201 })
  },
}

/** GET /api/point-ledger/pending — rewards awaiting a manager's approval, oldest first (managers). */
export const pendingEntries: Endpoint = {
  path: '/pending',
  method: 'get',
  handler: async (req) => {
    requireManager(req)
    return Response.json({ docs: await pendingGrants(req) }, { headers: { 'cache-control': 'no-store' } })
  },
}
