// Which adapter delivers for a target. A new kind of destination is one adapter file and one
// line here.
import { outboxAdapter } from './outbox'
import { s3Adapter } from './s3'
import type { DeliveryAdapter, DeliveryTarget } from './types'
import { webhookAdapter } from './webhook'

export const ADAPTERS: Record<DeliveryTarget['adapter'], DeliveryAdapter> = {
  webhook: webhookAdapter,
  s3: s3Adapter,
  outbox: outboxAdapter,
}

export const adapterFor = (target: Pick<DeliveryTarget, 'adapter'>): DeliveryAdapter => {
  const adapter = Object.hasOwn(ADAPTERS, target.adapter) ? ADAPTERS[target.adapter] : undefined
  if (!adapter) throw new Error(`未知的投递方式 / Unknown delivery adapter "${String(target.adapter)}"`)
  return adapter
}
