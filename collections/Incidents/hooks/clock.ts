import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { recordAuditEvent } from '@/audit/recordAuditEvent'
import type { Incident } from '@/payload-types'
import { responseSettings } from '@/opinion/payload/incidentClock'
import { responseDueAt } from '@/opinion/rules/incidents'
import { SLUGS } from '../../slugs'

/**
 * The clock: an incident opens now; its first-response deadline follows its severity. An
 * escalation (the deadline job) starts a fresh clock at the new severity; a severity changed by
 * hand keeps the clock it has, so lowering it never buys time it would not have had.
 */
export const startIncidentClock: CollectionBeforeChangeHook<Incident> = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const now = new Date()
  const severity = data.severity ?? originalDoc?.severity ?? 'general'
  const settings = await responseSettings(req)
  if (operation === 'create') {
    return {
      ...data,
      status: 'open',
      openedAt: now.toISOString(),
      clockStartedAt: now.toISOString(),
      respondedAt: null,
      responseDueAt: responseDueAt({ severity, openedAt: now }, settings).toISOString(),
    }
  }
  const escalatedAt = ((context as { incidentEscalation?: string }).incidentEscalation ??
    req.context.incidentEscalation) as string | undefined
  const escalation = escalatedAt !== undefined
  const clockStartedAt = escalation
    ? new Date(escalatedAt)
    : new Date(originalDoc?.clockStartedAt ?? originalDoc?.openedAt ?? now)
  // Lowered by hand: the deadline stays the earlier of the two.
  const computed = responseDueAt({ severity, openedAt: clockStartedAt }, settings)
  const before = originalDoc?.responseDueAt ? new Date(originalDoc.responseDueAt) : null
  const due = !escalation && before && before < computed ? before : computed
  return { ...data, clockStartedAt: clockStartedAt.toISOString(), responseDueAt: due.toISOString() }
}

export const auditIncident: CollectionAfterChangeHook<Incident> = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'create')
    await recordAuditEvent(req, {
      action: 'incident.opened',
      targetCollection: SLUGS.incidents,
      targetId: doc.id,
      detail: { severity: doc.severity, responseDueAt: doc.responseDueAt },
    })
  else if (previousDoc?.severity !== doc.severity)
    await recordAuditEvent(req, {
      action: 'incident.severity-changed',
      targetCollection: SLUGS.incidents,
      targetId: doc.id,
      detail: { from: previousDoc?.severity ?? null, to: doc.severity, responseDueAt: doc.responseDueAt },
    })
  return doc
}
