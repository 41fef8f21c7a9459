import type { CollectionBeforeChangeHook } from 'payload'

import type { Mention } from '@/payload-types'
import { classifyInRequest } from '@/opinion/payload/classifier'
import { engagementTotal, mentionKey } from '@/opinion/rules/mentionRows'

/** Every save keys the mention by platform and source id and classifies it again. */
export const classifyOnSave: CollectionBeforeChangeHook<Mention> = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const engagement = {
    likes: merged.engagement?.likes ?? 0,
    comments: merged.engagement?.comments ?? 0,
    shares: merged.engagement?.shares ?? 0,
    plays: merged.engagement?.plays ?? 0,
  }
  const c = await classifyInRequest(req, {
    text: String(merged.text ?? ''),
    url: merged.url,
    engagement: engagementTotal(engagement),
  })
  return {
    ...data,
    sourceKey: mentionKey(String(merged.platform), String(merged.sourceId ?? '').trim()),
    relevant: c.relevant,
    sentiment: c.sentiment,
    suggestedSeverity: c.suggestedSeverity,
    matchedRules: c.matchedRules,
    linkedContent: c.linkedContent,
  }
}
