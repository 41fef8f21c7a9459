import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { retractContent, retractFromChannelKinds } from '@/distribution/payload/service'
import type { Consent } from '@/payload-types'
import { changedPersonalFields } from '@/privacy/payload/encryptedFields'
import { ENCRYPTED_CONSENT_FIELDS } from '@/privacy/payload/personalFields'
import { linkedMediaOf, refreshMediaVisibility } from '@/review/payload/mediaVisibility'
import { withdraw } from '@/review/payload/service'
import { canTransition } from '@/review/rules/states'
import { SLUGS } from '../../slugs'

// Field names only: the audit trail must not become a second copy of the patient's identity.
// Encrypted fields read back as null or plain depending on who asks: the encrypting hook says
// which of them this write really changed.
const changedFields = (doc: Consent, previous: Partial<Consent>, req: PayloadRequest) => {
  const encrypted = [...changedPersonalFields(req)]
    .filter((key) => key.startsWith(`${SLUGS.consents}:${String(doc.id)}:`))
    .map((key) => key.split(':')[2])
  const plain = (Object.keys(doc) as (keyof Consent)[]).filter(
    (key) =>
      !['updatedAt', 'createdAt', ...ENCRYPTED_CONSENT_FIELDS].includes(key) &&
      JSON.stringify(doc[key]) !== JSON.stringify(previous[key]),
  )
  return [...plain, ...encrypted]
}

/**
 * Records every consent change. When a consent stops covering publication (revoked or expired)
 * each linked story is withdrawn: readers stop seeing it at once (the read rule checks the
 * consent), and a `story.withdrawn` event is recorded for distribution to retract it.
 */
export const auditConsentChange: CollectionAfterChangeHook<Consent> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  const ended =
    operation === 'update' && previousDoc?.status === 'active' && (doc.status === 'revoked' || doc.status === 'expired')
  const erasure = (context as { personalDataErasure?: { reason: string; keysDestroyed: number } }).personalDataErasure
  let action = 'consent.updated'
  if (operation === 'create') action = 'consent.created'
  else if (ended) action = `consent.${doc.status}`
  else if (erasure) action = 'consent.erased'
  await recordAuditEvent(req, {
    action,
    targetCollection: SLUGS.consents,
    targetId: doc.id,
    detail: {
      status: doc.status,
      ...(operation === 'update' ? { fields: changedFields(doc, previousDoc ?? {}, req) } : {}),
      ...(doc.status === 'revoked' && ended && doc.revocationReason ? { reason: doc.revocationReason } : {}),
      ...(erasure ? { reason: erasure.reason, keysDestroyed: erasure.keysDestroyed } : {}),
    },
  })
  if (!ended) {
    // Still valid, but narrowed: the linked stories leave the channel kinds it no longer allows.
    const before: string[] = previousDoc?.allowedChannels ?? []
    const after: string[] = doc.allowedChannels ?? []
    const removed = operation === 'update' ? before.filter((kind) => !after.includes(kind)) : []
    const linked =
      operation === 'update'
        ? await req.payload.find({
            collection: SLUGS.patientStories,
            where: { consent: { equals: doc.id } },
            pagination: false,
            depth: 0,
            overrideAccess: true,
            req,
          })
        : { docs: [] }
    if (removed.length) {
      for (const story of linked.docs) {
        await retractFromChannelKinds(
          req,
          SLUGS.patientStories,
          story.id,
          removed,
          `授权渠道范围已缩小（${removed.join('、')}）`,
        )
      }
    }
    // A changed period moves the instant the stories' photos stop being public.
    await refreshMediaVisibility(req, linked.docs.flatMap(linkedMediaOf))
    return doc
  }
  const stories = await req.payload.find({
    collection: SLUGS.patientStories,
    where: { consent: { equals: doc.id } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const cause = doc.status === 'revoked' ? 'consent-revoked' : 'consent-expired'
  for (const story of stories.docs) {
    const state = story.workflow?.state ?? 'draft'
    if (canTransition(state, 'withdraw')) {
      await withdraw(req, SLUGS.patientStories, String(story.id), { reason: doc.revocationReason || cause, cause })
    } else {
      // Not withdrawable (say, still in review) yet possibly sent somewhere: retract it all the same.
      await retractContent(req, SLUGS.patientStories, story.id, doc.revocationReason || cause)
    }
    await recordAuditEvent(req, {
      action: 'story.withdrawn',
      targetCollection: SLUGS.patientStories,
      targetId: story.id,
      detail: { cause, consent: String(doc.id) },
    })
  }
  return doc
}
