import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from '@/audit/recordAuditEvent'
import type { IncentiveRule } from '@/payload-types'
import { SLUGS } from '../../slugs'

const AUDITED = ['name', 'trigger', 'points', 'rewardCny', 'threshold', 'honour', 'active'] as const

/** Every change of a rule is audited with what it was and what it became. */
export const auditRule: CollectionAfterChangeHook<IncentiveRule> = async ({ doc, previousDoc, operation, req }) => {
  const changes = Object.fromEntries(
    AUDITED.filter((field) => operation === 'create' || previousDoc?.[field] !== doc[field]).map((field) => [
      field,
      { from: operation === 'create' ? null : (previousDoc?.[field] ?? null), to: doc[field] ?? null },
    ]),
  )
  await recordAuditEvent(req, {
    action: operation === 'create' ? 'incentive-rule.created' : 'incentive-rule.updated',
    targetCollection: SLUGS.incentiveRules,
    targetId: doc.id,
    detail: changes,
  })
  return doc
}
