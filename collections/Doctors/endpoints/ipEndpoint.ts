import type { Endpoint } from 'payload'

import { checkRole } from '@/access/checkRole'
import { STAFF_ROLES } from '@/access/roles'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { isCampaignId } from '@/reports/payload/loadCampaignReport'
import { loadDoctorIp } from '@/reports/payload/loadDoctorIp'

const intIn = (raw: string | null, fallback: number, max: number): number | null => {
  if (raw === null) return fallback
  if (!/^\d{1,4}$/.test(raw)) return null
  const value = Number(raw)
  return value >= 1 && value <= max ? value : null
}

/**
 * GET /api/doctors/:id/ip — 医生IP: the doctor's published articles (`?page=&limit=`, 10 by
 * default, at most 50), each with the reach and engagement its distributions reported, the totals
 * over all of them, and the doctor's own accounts' followers by day. Hospital staff only.
 */
export const ipEndpoint: Endpoint = {
  path: '/:id/ip',
  method: 'get',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    if (!checkRole(STAFF_ROLES, req.user)) throw new CodedError('doctor-ip-forbidden', 403, language)
    const routeId = req.routeParams?.id
    const id = typeof routeId === 'string' ? routeId : ''
    // Doctors' ids have the same shape as campaigns' on each database.
    if (!isCampaignId(req, id)) throw new CodedError('doctor-bad-id', 400, language, { id: id.slice(0, 40) })
    const page = intIn(req.searchParams?.get('page') ?? null, 1, 1000)
    const limit = intIn(req.searchParams?.get('limit') ?? null, 10, 50)
    if (page === null || limit === null)
      throw new CodedError('doctor-ip-bad-page', 400, language, {
        value: `page=${String(req.searchParams?.get('page') ?? '').slice(0, 10)}, limit=${String(req.searchParams?.get('limit') ?? '').slice(0, 10)}`,
      })
    const ip = await loadDoctorIp(req, id, { page, limit })
    if (!ip) throw new CodedError('doctor-not-found', 404, language)
    return Response.json(ip, { headers: { 'cache-control': 'no-store' } })
  },
}
