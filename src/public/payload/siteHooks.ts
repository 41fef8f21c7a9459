// Site revalidation hooks: each public change becomes one `site.changed` distribution per site
// subscription that follows its collection and locale. The distribution engine then delivers it
// like any channel send — claimed with a lease, signed per Standard Webhooks with a webhook-id
// stable across retries, retried on the schedule, a 410 disabling the subscription.
import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { asSystem, channelUsable, newMessageId } from '@/distribution/payload/service'

export type PublicChange = {
  collection: string
  id: string | number
  slug: string | null
  locale: string
  type: 'published' | 'updated' | 'removed'
  at: string
}

/** What a subscriber receives: the event, its stable id, and the change as the feed shows it. */
export const siteChangedEnvelope = (messageId: string, change: PublicChange) => ({
  type: 'site.changed',
  id: messageId,
  occurredAt: change.at,
  change: {
    collection: change.collection,
    id: change.id,
    slug: change.slug,
    locale: change.locale,
    type: change.type,
    at: change.at,
  },
})

/** Queues the change for every enabled subscription of its collection and locale, in the caller's transaction. */
export const notifySubscribers = async (req: PayloadRequest, change: PublicChange): Promise<number> => {
  const subscriptions = await req.payload.find({
    collection: SLUGS.siteSubscriptions,
    where: { and: [{ enabled: { equals: true } }, { contentCollections: { in: [change.collection] } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const now = new Date().toISOString()
  let queued = 0
  for (const subscription of subscriptions.docs) {
    const locales: string[] = subscription.contentLocales ?? []
    if (!channelUsable(subscription) || (locales.length > 0 && !locales.includes(change.locale))) continue
    const messageId = newMessageId()
    await asSystem(req, () =>
      req.payload.create({
        collection: SLUGS.distributions,
        data: {
          contentCollection: change.collection,
          contentId: String(change.id),
          subscription: subscription.id,
          event: 'site.changed',
          title: `${change.type} · ${change.locale} · ${change.slug ?? change.id}`,
          scheduledAt: now,
          nextAttemptAt: now,
          status: 'scheduled',
          messageId,
          attemptCount: 0,
          rendered: {
            contentType: 'application/json',
            ext: 'json',
            body: JSON.stringify(siteChangedEnvelope(messageId, change)),
          },
        } as never,
        overrideAccess: true,
        depth: 0,
        req,
      }),
    )
    queued++
  }
  return queued
}
