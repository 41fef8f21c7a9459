// Every distribution made through the API is checked here, where it is written: approved content,
// a usable channel, consent scope, and a rendering within the channel's rules. After creation only
// the scheduled time of a pending distribution may change; the engine's own writes pass through.
import type { CollectionBeforeChangeHook } from 'payload'

import { prepareDistribution, SYSTEM_WRITE } from '@/distribution/payload/service'
import { DistributionRefused } from '@/errors/DistributionRefused'
import { pickLanguage } from '@/errors/messages'
import type { Distribution } from '@/payload-types'

export const guardDistribution: CollectionBeforeChangeHook<Distribution> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (req.context[SYSTEM_WRITE]) return data
  if (operation === 'create') return await prepareDistribution(req, data)
  if (originalDoc?.status !== 'scheduled') {
    throw new DistributionRefused('distribution-not-pending', 409, pickLanguage(req.i18n?.language), {
      status: originalDoc?.status ?? '',
    })
  }
  if (data.scheduledAt) data.nextAttemptAt = data.scheduledAt
  return data
}
