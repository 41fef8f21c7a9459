import type { Endpoint } from 'payload'

import { handleIngest } from '@/reports/payload/ingestHandler'
import { ingestBusinessEvents } from '@/reports/payload/ingestEvaluation'

/**
 * POST /api/business-events/ingest — `{rows: [...]}` or a bare array, at most 1,000 rows, upserted on a
 * stable key. Needs an API key with the metrics-write scope (or an admin); answers per-row results
 * and rejections by index, 422 when no row could be written.
 */
export const ingestEndpoint: Endpoint = {
  path: '/ingest',
  method: 'post',
  handler: (req) => handleIngest(req, ingestBusinessEvents),
}
