// Marks consents whose validity has ended as expired. Stories that rely on them are already
// hidden at read time; this makes the state explicit and lets the consent hook record the
// withdrawal of every linked story.
import type { TaskConfig, TaskHandler } from 'payload'

import { SLUGS } from '../../collections/slugs'

export const expireConsentsHandler: TaskHandler<'expireConsents'> = async ({ req }) => {
  const now = new Date().toISOString()
  const due = await req.payload.find({
    collection: SLUGS.consents,
    where: { and: [{ status: { equals: 'active' } }, { validUntil: { less_than_equal: now } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const consent of due.docs) {
    await req.payload.update({
      collection: SLUGS.consents,
      id: consent.id,
      data: { status: 'expired' },
      overrideAccess: true,
      req,
    })
  }
  return { output: { expired: due.docs.length } }
}

export const expireConsentsTask: TaskConfig<'expireConsents'> = {
  slug: 'expireConsents',
  label: '过期授权书处理 / Expire consents',
  handler: expireConsentsHandler,
  outputSchema: [{ name: 'expired', type: 'number', required: true }],
  retries: 3,
}
