// GET /api/channels/:id/preview?collection=articles&id=12 — the current version of a piece as this
// channel would receive it, with every rule it breaks. Staff only; drafts preview too.
import type { Endpoint } from 'payload'

import { SLUGS } from '../../slugs'
import { checkRole } from '@/access/checkRole'
import { STAFF_ROLES } from '@/access/roles'
import { loadSnapshot } from '@/distribution/payload/contentSnapshot'
import { renderForChannel } from '@/distribution/payload/renderer'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'

export const previewEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    if (!checkRole(STAFF_ROLES, req.user)) throw new CodedError('workflow-forbidden', req.user ? 403 : 401, language)
    const collection = req.searchParams.get('collection')
    const contentId = req.searchParams.get('id')
    if (
      (collection !== SLUGS.articles && collection !== SLUGS.patientStories) ||
      !contentId ||
      !/^\d+$|^[0-9a-f]{24}$/.test(contentId)
    ) {
      throw new CodedError('preview-bad-request', 400, language)
    }
    const routeId = req.routeParams?.id
    const channelId = typeof routeId === 'string' ? routeId : ''
    const channel = /^\d+$|^[0-9a-f]{24}$/.test(channelId)
      ? await req.payload.findByID({
          collection: SLUGS.channels,
          id: channelId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
      : null
    if (!channel) throw new CodedError('channel-not-found', 404, language)
    const snapshot = await loadSnapshot(req, collection, contentId, 'latest')
    if (!snapshot) throw new CodedError('document-not-found', 404, language)
    const campaign = req.searchParams.get('campaign')
    const rendering = await renderForChannel(req, snapshot, channel, {
      distributionId: 'preview',
      campaignId: campaign && /^\d+$/.test(campaign) ? campaign : null,
    })
    return Response.json({
      channel: { id: channel.id, name: channel.name, kind: channel.kind },
      contentType: rendering.contentType,
      output: rendering.body,
      fields: rendering.fields,
      violations: rendering.violations.map((v) => ({
        code: v.code,
        message: v.message,
        ...(v.field ? { field: v.field } : {}),
        ...(v.limit !== undefined ? { limit: v.limit, actual: v.actual } : {}),
      })),
      versionHash: snapshot.hash,
      approved: snapshot.approved,
    })
  },
}
