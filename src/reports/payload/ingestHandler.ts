// The HTTP side every evaluation ingest shares with channel metrics: an API key with the
// metrics-write scope (or an admin), a batch body of at most 1,000 rows, 200 with per-row results
// when any row was written, 422 when none was.
import type { Payload, PayloadRequest } from 'payload'

import { hasApiScope } from '../../access/roles'
import { env } from '../../env'
import { CodedError } from '../../errors/CodedError'
import { errorMessage, type Language, pickLanguage } from '../../errors/messages'
import { readJsonBody } from '../../http/readJsonBody'
import { batchRows } from '../rules/metricRows'
import type { IngestResult } from './keyedUpsert'

export type Ingest = (
  payload: Payload,
  rows: unknown[],
  options: { language: Language; timeZone: string },
) => Promise<IngestResult>

export const handleIngest = async (req: PayloadRequest, ingest: Ingest): Promise<Response> => {
  const language = pickLanguage(req.i18n?.language)
  if (!req.user) throw new CodedError('metrics-unauthenticated', 401, language)
  if (!hasApiScope(req.user, 'metrics-write')) throw new CodedError('metrics-forbidden', 403, language)
  const batch = batchRows(await readJsonBody(req))
  if ('problem' in batch) throw new CodedError(batch.problem.code, batch.status, language, batch.problem.params)
  const result = await ingest(req.payload, batch.rows, { language, timeZone: env.timezone })
  if (result.accepted === 0) {
    const message = errorMessage('metrics-no-valid-rows', language, { count: batch.rows.length })
    return Response.json({ ...result, errors: [{ message, data: { code: 'metrics-no-valid-rows' } }] }, { status: 422 })
  }
  return Response.json(result)
}
