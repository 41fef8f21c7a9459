// Takes a demo draft through the real review workflow — submission, every sign-off its policy
// asks for, publication — as the demo accounts, so published demo content carries real sign-offs.
import { type Payload, type PayloadRequest, createLocalReq } from 'payload'

import { SLUGS } from '../../collections/slugs'
import type { ReviewableSlug } from '@/review/payload/reviewable'
import { decide, publish, submitForReview, workflowStatus } from '@/review/payload/service'

const requests = new Map<string, PayloadRequest>()

/** A Local API request acting as one demo account (cached per account for the seed's run). */
export const demoRequestAs = async (payload: Payload, email: string): Promise<PayloadRequest> => {
  const cached = requests.get(email)
  if (cached) return cached
  const { docs } = await payload.find({
    collection: SLUGS.users,
    where: { email: { equals: email } },
    limit: 1,
    overrideAccess: true,
  })
  const req = await createLocalReq({ user: { ...docs[0], collection: SLUGS.users } }, payload)
  requests.set(email, req)
  return req
}

/** Which demo reviewer signs which stage; dual-review topics add the public-health expert. */
const SIGNERS: Record<string, string[]> = {
  operations: ['operations@demo.hospital'],
  initial: ['reviewer@demo.hospital'],
  privacy: ['privacy@demo.hospital'],
  medical: ['reviewer3@demo.hospital'],
  compliance: ['compliance@demo.hospital'],
}

export const publishThroughReview = async (
  payload: Payload,
  slug: ReviewableSlug,
  id: number | string,
  dualReview: boolean,
  publishedAt?: string,
): Promise<void> => {
  const key = String(id)
  await submitForReview(await demoRequestAs(payload, 'editor@demo.hospital'), slug, key)
  const status = await workflowStatus(await demoRequestAs(payload, 'admin@demo.hospital'), slug, key)
  for (const stage of status.stages) {
    if (stage.automatic) continue
    const signers =
      stage.stage === 'medical' && dualReview
        ? ['reviewer3@demo.hospital', 'reviewer2@demo.hospital']
        : SIGNERS[stage.stage]
    for (const email of signers) {
      await decide(await demoRequestAs(payload, email), slug, key, {
        decision: 'approve',
        stage: stage.stage,
        versionHash: status.versionHash,
        comment: '内容准确，同意发布。',
      })
    }
  }
  await publish(await demoRequestAs(payload, 'publisher@demo.hospital'), slug, key, {
    versionHash: status.versionHash,
    publishedAt,
  })
}
