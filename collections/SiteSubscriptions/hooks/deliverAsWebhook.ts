import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A subscription always delivers by webhook: said here, before the channel hook that checks the
 * URL and keeps the secret (it acts on webhook deliveries only), whatever a client sent.
 */
export const deliverAsWebhook: CollectionBeforeChangeHook = ({ data }) => {
  data.delivery = { ...(data.delivery ?? {}), adapter: 'webhook' }
  return data
}
