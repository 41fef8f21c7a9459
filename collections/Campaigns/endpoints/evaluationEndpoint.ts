import type { Endpoint, PayloadRequest } from 'payload'

import { checkRole } from '@/access/checkRole'
import { STAFF_ROLES } from '@/access/roles'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { isCampaignId } from '@/reports/payload/loadCampaignReport'
import { loadEvaluation } from '@/reports/payload/loadEvaluation'
import { findCjkFont } from '@/reports/pdf/cjkFont'
import { renderEvaluationPdf } from '@/reports/pdf/evaluationPdf'
import { evaluationCsv } from '@/reports/rules/evaluationCsv'

const FORMATS = ['json', 'csv', 'pdf'] as const

const respond = async (req: PayloadRequest, format: string): Promise<Response> => {
  const language = pickLanguage(req.i18n?.language)
  if (!checkRole(STAFF_ROLES, req.user)) throw new CodedError('report-forbidden', 403, language)
  const routeId = req.routeParams?.id
  const id = typeof routeId === 'string' ? routeId : ''
  if (!isCampaignId(req, id)) throw new CodedError('report-bad-id', 400, language, { id: id.slice(0, 40) })
  if (!(FORMATS as readonly string[]).includes(format))
    throw new CodedError('evaluation-bad-format', 400, language, { format: format.slice(0, 20) })
  // Before the work: without a font the PDF cannot be made, whatever the data.
  const font = format === 'pdf' ? await findCjkFont() : null
  if (format === 'pdf' && !font) throw new CodedError('pdf-font-missing', 503, language)
  const evaluation = await loadEvaluation(req, id, language)
  if (!evaluation) throw new CodedError('campaign-not-found', 404, language)
  if (format === 'json') return Response.json({ ...evaluation, generatedAt: new Date().toISOString() })
  const name = `campaign-${(evaluation.campaign.slug ?? id).replace(/[^\w.-]+/g, '_')}-evaluation`
  const download = (body: BodyInit, type: string, extension: string) =>
    new Response(body, {
      headers: {
        'content-type': type,
        'content-disposition': `attachment; filename="${name}.${extension}"`,
        'cache-control': 'no-store',
      },
    })
  if (format === 'csv') return download(evaluationCsv(evaluation, language), 'text/csv; charset=utf-8', 'csv')
  try {
    const pdf = await renderEvaluationPdf(evaluation, font!, { language })
    return download(new Uint8Array(pdf), 'application/pdf', 'pdf')
  } catch (error) {
    if ((error as { fontUnusable?: boolean }).fontUnusable) {
      req.payload.logger.warn({ err: error, msg: 'evaluation PDF: the Chinese font could not be used' })
      throw new CodedError('pdf-font-missing', 503, language)
    }
    throw error
  }
}

/**
 * GET /api/campaigns/:id/evaluation — the campaign in four dimensions (brand, reach, business,
 * social): indicators against targets, trends by day, breakdowns by channel, content format,
 * author and KOL (src/reports/rules/evaluation.ts). `?format=csv` or /evaluation.csv for Excel,
 * `?format=pdf` or /evaluation.pdf for a printable report. Hospital staff only.
 */
export const evaluationEndpoint: Endpoint = {
  path: '/:id/evaluation',
  method: 'get',
  handler: (req) => respond(req, String(req.searchParams?.get('format') ?? 'json').toLowerCase()),
}

export const evaluationCsvEndpoint: Endpoint = {
  path: '/:id/evaluation.csv',
  method: 'get',
  handler: (req) => respond(req, 'csv'),
}

export const evaluationPdfEndpoint: Endpoint = {
  path: '/:id/evaluation.pdf',
  method: 'get',
  handler: (req) => respond(req, 'pdf'),
}
