import type { Endpoint, PayloadRequest } from 'payload'

import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { readJsonBody } from '@/http/readJsonBody'
import { acceptSubmission as accept, closeOrReturn } from '@/submissions/payload/service'

const idOf = (req: PayloadRequest) => (typeof req.routeParams?.id === 'string' ? req.routeParams.id : '')

/** POST /api/submissions/:id/accept — 采用: operations turn it into a draft. */
export const acceptSubmission: Endpoint = {
  path: '/:id/accept',
  method: 'post',
  handler: async (req) => Response.json(await accept(req, idOf(req))),
}

const withNote =
  (action: 'request-changes' | 'decline'): Endpoint['handler'] =>
  async (req) => {
    const body = (await readJsonBody(req)) as { note?: unknown } | undefined
    const note = typeof body?.note === 'string' ? body.note.trim() : ''
    if (note.length < 2 || note.length > 1000)
      throw new CodedError('submission-note-required', 400, pickLanguage(req.i18n?.language), {}, 'note')
    return Response.json(await closeOrReturn(req, idOf(req), action, note))
  }

/** POST /api/submissions/:id/request-changes {note} — 请补充修改. */
export const requestChanges: Endpoint = {
  path: '/:id/request-changes',
  method: 'post',
  handler: withNote('request-changes'),
}

/** POST /api/submissions/:id/decline {note} — 不予采用, with the reason the submitter reads. */
export const declineSubmission: Endpoint = { path: '/:id/decline', method: 'post', handler: withNote('decline') }
