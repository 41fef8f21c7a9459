import type { Endpoint } from 'payload'

import { CodedError } from '@/errors/CodedError'
import { language, requireStaff } from '@/incentives/payload/access'
import { contributorStatement, leaderboard } from '@/incentives/payload/views'
import { parsePeriod } from '@/incentives/rules/periods'
import { SLUGS } from '../../slugs'

/** GET /api/contributors/leaderboard?period=2026-11|2026-Q4|2026 — top contributors of the period (staff). */
export const contributorLeaderboard: Endpoint = {
  path: '/leaderboard',
  method: 'get',
  handler: async (req) => {
    requireStaff(req)
    const period = parsePeriod(req.searchParams.get('period'))
    if (!period) throw new CodedError('incentive-period-invalid', 400, language(req), {}, 'period')
    const limitParam = req.searchParams.get('limit')
    const limit = limitParam === null ? 20 : Number(limitParam)
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      throw new CodedError('incentive-bad-input', 400, language(req), { field: 'limit' }, 'limit')
    return Response.json(await leaderboard(req, period, limit), { headers: { 'cache-control': 'no-store' } })
  },
}

/** GET /api/contributors/me — the signed-in member of staff's own balance, honours and history. */
export const myIncentives: Endpoint = {
  path: '/me',
  method: 'get',
  handler: async (req) => {
    requireStaff(req)
    const { docs } = await req.payload.find({
      collection: SLUGS.contributors,
      where: { user: { equals: req.user!.id } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
    })
    const statement = docs[0] ? { id: docs[0].id, ...(await contributorStatement(req, docs[0])) } : null
    return Response.json({ contributor: statement }, { headers: { 'cache-control': 'no-store' } })
  },
}
