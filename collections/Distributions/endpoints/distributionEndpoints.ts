// POST /api/distributions/:id/cancel and /retry — the publisher's two hands on a distribution.
import type { Endpoint, PayloadRequest } from 'payload'

import { cancelDistribution, retryDistribution } from '@/distribution/payload/service'
import { readJsonBody } from '@/http/readJsonBody'
import { withTransaction } from '@/http/withTransaction'

const inTransaction = async (req: PayloadRequest, work: () => Promise<unknown>): Promise<Response> =>
  Response.json({ doc: await withTransaction(req, work) })

const reasonOf = async (req: PayloadRequest): Promise<string> => {
  const body = await readJsonBody(req)
  return body && typeof body === 'object' && typeof (body as { reason?: unknown }).reason === 'string'
    ? (body as { reason: string }).reason.trim()
    : ''
}

export const distributionEndpoints: Endpoint[] = [
  {
    path: '/:id/cancel',
    method: 'post',
    handler: async (req) => {
      const reason = await reasonOf(req)
      return inTransaction(req, () => cancelDistribution(req, String(req.routeParams?.id), reason))
    },
  },
  {
    path: '/:id/retry',
    method: 'post',
    handler: (req) => inTransaction(req, () => retryDistribution(req, String(req.routeParams?.id))),
  },
]
