import type { Endpoint, PayloadRequest } from 'payload'

import { checkRole } from '@/access/checkRole'
import { STAFF_ROLES } from '@/access/roles'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { isCampaignId, loadCampaignReport } from '@/reports/payload/loadCampaignReport'
import { campaignReportCsv } from '@/reports/rules/reportCsv'

const respond = async (req: PayloadRequest, format: string): Promise<Response> => {
  const language = pickLanguage(req.i18n?.language)
  if (!checkRole(STAFF_ROLES, req.user)) throw new CodedError('report-forbidden', 403, language)
  const routeId = req.routeParams?.id
  const id = typeof routeId === 'string' ? routeId : ''
  if (!isCampaignId(req, id)) throw new CodedError('report-bad-id', 400, language, { id: id.slice(0, 40) })
  if (format !== 'json' && format !== 'csv')
    throw new CodedError('report-bad-format', 400, language, { format: format.slice(0, 20) })
  const report = await loadCampaignReport(req, id, language)
  if (!report) throw new CodedError('campaign-not-found', 404, language)
  if (format === 'json') return Response.json({ ...report, generatedAt: new Date().toISOString() })
  const name = `campaign-${(report.campaign.slug ?? id).replace(/[^\w.-]+/g, '_')}-report.csv`
  return new Response(campaignReportCsv(report, language), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    },
  })
}

/**
 * GET /api/campaigns/:id/report — the campaign's performance as JSON (see src/reports/
 * campaignReport.ts); `?format=csv` or /report.csv gives the same as one flat CSV table for Excel.
 * Hospital staff only.
 */
export const reportEndpoint: Endpoint = {
  path: '/:id/report',
  method: 'get',
  handler: (req) => respond(req, String(req.searchParams?.get('format') ?? 'json').toLowerCase()),
}

export const reportCsvEndpoint: Endpoint = {
  path: '/:id/report.csv',
  method: 'get',
  handler: (req) => respond(req, 'csv'),
}
