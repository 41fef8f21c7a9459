// Appends one event to the audit trail, inside the caller's transaction when given its req.
import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../collections/slugs'

export type AuditInput = {
  action: string
  targetCollection?: string
  targetId?: string | number
  versionHash?: string
  /** Never personal data: field names, states and reasons, not a patient's name. */
  detail?: Record<string, unknown>
}

export const recordAuditEvent = async (req: PayloadRequest, input: AuditInput): Promise<void> => {
  await req.payload.create({
    collection: SLUGS.auditEvents,
    data: {
      action: input.action,
      actorId: req.user ? String(req.user.id) : null,
      actorEmail: (req.user as { email?: string } | null)?.email ?? null,
      at: new Date().toISOString(),
      targetCollection: input.targetCollection ?? null,
      targetId: input.targetId !== undefined ? String(input.targetId) : null,
      versionHash: input.versionHash ?? null,
      detail: input.detail ?? null,
      // Filled in by the collection's chain hook.
      seq: 0,
      prevHash: '',
      hash: '',
    },
    overrideAccess: true,
    req,
  })
}

/** The events with these actions recorded on one record, oldest first. */
export const auditEventsOn = async (
  req: PayloadRequest,
  targetCollection: string,
  targetId: string | number,
  actions: readonly string[],
) =>
  (
    await req.payload.find({
      collection: SLUGS.auditEvents,
      where: {
        and: [
          { targetCollection: { equals: targetCollection } },
          { targetId: { equals: String(targetId) } },
          { action: { in: [...actions] } },
        ],
      },
      sort: 'seq',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
  ).docs
