import type { CollectionBeforeChangeHook } from 'payload'

import type { SiteSubscription } from '@/payload-types'

/**
 * A subscription always delivers by webhook: said here, before the channel hook that checks the
 * URL and keeps the secret (it acts on webhook deliveries only), whatever a client sent.
 */
export const deliverAsWebhook: CollectionBeforeChangeHook<SiteSubscription> = ({ data }) => {
  // Payload types a write's group as the whole group; a client may send only part of it.
  data.delivery = { ...(data.delivery ?? {}), adapter: 'webhook' } as SiteSubscription['delivery']
  return data
}
