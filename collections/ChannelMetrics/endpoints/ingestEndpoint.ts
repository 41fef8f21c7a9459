import type { Endpoint } from 'payload'

import { hasApiScope } from '@/access/roles'
import { env } from '@/env'
import { CodedError } from '@/errors/CodedError'
import { errorMessage, pickLanguage } from '@/errors/messages'
import { readJsonBody } from '@/http/readJsonBody'
import { batchRows } from '@/reports/rules/metricRows'
import { ingestMetrics } from '@/reports/payload/upsertMetrics'

/**
 * POST /api/channel-metrics/ingest — 数据回流 from channel integrators: `{rows: [...]}` or a bare
 * array of daily rows, at most 1,000. Needs an API key with the metrics-write scope (or an admin).
 * Answers 200 whenever at least one row was written, listing the rejected rows by index (clients
 * check `rejected`); 422 when none could be written; 400 / 413 for a body that is not a batch.
 */
export const ingestEndpoint: Endpoint = {
  path: '/ingest',
  method: 'post',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    if (!req.user) throw new CodedError('metrics-unauthenticated', 401, language)
    if (!hasApiScope(req.user, 'metrics-write')) throw new CodedError('metrics-forbidden', 403, language)
    const body = await readJsonBody(req)
    const batch = batchRows(body)
    if ('problem' in batch) throw new CodedError(batch.problem.code, batch.status, language, batch.problem.params)
    const result = await ingestMetrics(req.payload, batch.rows, { language, timeZone: env.timezone })
    if (result.accepted === 0) {
      const message = errorMessage('metrics-no-valid-rows', language, { count: batch.rows.length })
      return Response.json(
        { ...result, errors: [{ message, data: { code: 'metrics-no-valid-rows' } }] },
        { status: 422 },
      )
    }
    return Response.json(result)
  },
}
