import { createHash } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

import { env, payloadSecret } from '@/env'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { CLIENT_ADDRESS_HEADER } from '@/http/clientAddress'
import { idOf } from '@/db/relationIds'
import type { Correction } from '@/payload-types'
import { SLUGS } from '../../slugs'

/**
 * A reader's report is accepted only for a published article or patient story, and at most
 * CORRECTION_RATE_LIMIT times per address per window. Addresses are kept as keyed hashes, never
 * in clear; counting in the database makes the limit hold across instances and restarts.
 */
/**
 * Set (to the submission's id) by the submitter's feedback endpoint: the tracking token is the
 * authority, so the note is counted against its submission, not against the sender's address.
 */
export const SUBMITTER_FEEDBACK = 'submitterFeedback'

export const acceptReport: CollectionBeforeChangeHook<Correction> = async ({ data, operation, req, context }) => {
  if (operation !== 'create') return data
  const language = pickLanguage(req.i18n?.language)
  // Exactly one piece: an article or a patient story, published (the read rule decides the rest).
  const articleId = idOf(data.article)
  const storyId = idOf(data.story)
  if ((articleId === null) === (storyId === null))
    throw new CodedError('correction-article-unavailable', 400, language, {}, 'article')
  const visible = await req.payload.count({
    collection: articleId !== null ? SLUGS.articles : SLUGS.patientStories,
    where: { and: [{ id: { equals: articleId ?? storyId } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  if (visible.totalDocs === 0)
    throw new CodedError('correction-article-unavailable', 400, language, {}, articleId !== null ? 'article' : 'story')

  const submission = context[SUBMITTER_FEEDBACK] as string | number | undefined
  const address =
    submission !== undefined ? `submission:${submission}` : (req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown')
  const clientHash = createHash('sha256').update(`${payloadSecret()}:${address}`).digest('hex')
  const since = new Date(Date.now() - env.correctionWindowMinutes * 60_000).toISOString()
  const recent = await req.payload.count({
    collection: SLUGS.corrections,
    where: { and: [{ clientHash: { equals: clientHash } }, { createdAt: { greater_than: since } }] },
    overrideAccess: true,
    req,
  })
  if (recent.totalDocs >= env.correctionLimit) {
    throw new CodedError('correction-rate-limited', 429, language, { minutes: env.correctionWindowMinutes })
  }
  return { ...data, clientHash, status: 'open' }
}
