// Demo distributions: each campaign's published content goes to the campaign's channels through
// the real guard (approval, consent scope, channel limits), scheduled over the past two weeks so
// the scheduler delivers them into the outbox on the first start. Pieces a channel refuses (a
// title too long for 小红书, a consent that excludes Weibo) are skipped, as a publisher would.
import type { Payload } from 'payload'

import { SLUGS } from '../../collections/slugs'
import { DistributionRefused } from '@/errors/DistributionRefused'
import { demoRequestAs } from './publishThroughReview'

type Doc = Record<string, any>

export const seedDemoDistributions = async (payload: Payload): Promise<{ created: number; refused: number }> => {
  const req = await demoRequestAs(payload, 'publisher@demo.hospital')
  const campaigns = await payload.find({
    collection: SLUGS.campaigns,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: 'startDate',
  })
  let created = 0
  let refused = 0
  for (const [campaignIndex, campaign] of campaigns.docs.entries()) {
    const items = ((campaign.contentItems as { relationTo: string; value: unknown }[]) ?? []).slice(0, 4)
    const channels = ((campaign.channels as unknown[]) ?? []).map((c) => (typeof c === 'object' ? (c as Doc).id : c))
    for (const [itemIndex, item] of items.entries()) {
      const contentId = typeof item.value === 'object' ? (item.value as Doc).id : item.value
      const content = await payload.findByID({
        collection: item.relationTo as 'articles',
        id: contentId as number,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      if (content?._status !== 'published') continue
      for (const [channelIndex, channel] of channels.entries()) {
        // Spread over the last 14 days at office hours, deterministically.
        const daysAgo = 1 + ((campaignIndex * 5 + itemIndex * 3 + channelIndex) % 13)
        const at = new Date(Date.now() - daysAgo * 86_400_000)
        at.setUTCHours(1 + ((itemIndex + channelIndex) % 8), 30, 0, 0)
        try {
          await payload.create({
            collection: SLUGS.distributions,
            data: {
              contentCollection: item.relationTo as 'articles',
              contentId: String(contentId),
              channel,
              campaign: campaign.id,
              scheduledAt: at.toISOString(),
            } as never,
            req,
          })
          created++
        } catch (error) {
          if (!(error instanceof DistributionRefused)) throw error
          refused++
        }
      }
    }
  }
  return { created, refused }
}
