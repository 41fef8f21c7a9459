import type { Endpoint } from 'payload'

import { hasApiScope } from '@/access/roles'
import { CodedError } from '@/errors/CodedError'
import { errorMessage, pickLanguage } from '@/errors/messages'
import { readJsonBody } from '@/http/readJsonBody'
import { ingestMentions } from '@/opinion/payload/ingestMentions'
import { mentionBatch } from '@/opinion/rules/mentionRows'

/**
 * POST /api/mentions/ingest — mentions from a monitoring service: `{mentions: [...]}` or a bare
 * array, at most 500. Needs an API key with the mentions-write scope (or an admin). Answers 200
 * whenever one was written or found unchanged, listing rejected rows by index; 422 when none could
 * be; 400 / 413 for a body that is not a batch. Idempotent by platform and source id.
 */
export const ingestMentionsEndpoint: Endpoint = {
  path: '/ingest',
  method: 'post',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    if (!req.user) throw new CodedError('mentions-unauthenticated', 401, language)
    if (!hasApiScope(req.user, 'mentions-write')) throw new CodedError('mentions-forbidden', 403, language)
    const batch = mentionBatch(await readJsonBody(req))
    if ('problem' in batch) throw new CodedError(batch.problem.code, batch.status, language, batch.problem.params)
    const result = await ingestMentions(req, batch.rows, { language })
    if (result.accepted === 0) {
      const message = errorMessage('mentions-no-valid-rows', language, { count: batch.rows.length })
      return Response.json(
        { ...result, errors: [{ message, data: { code: 'mentions-no-valid-rows' } }] },
        { status: 422 },
      )
    }
    return Response.json(result)
  },
}
