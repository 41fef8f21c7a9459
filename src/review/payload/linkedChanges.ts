// When a linked record that readers see beside content changes (an author's name or title, a
// KOL's disclosure), the signed versions that show it are no longer what was signed: pieces in
// review or approved go back to draft, published ones are withdrawn (and retracted from their
// channels) until they are reviewed again with the new details.
import type { PayloadRequest } from 'payload'

import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { type LinkedRecord, signedUsesOf } from './linkedUse'
import { voidReview, withdraw } from './service'

export const voidSignedUses = async (req: PayloadRequest, record: LinkedRecord, changed: string[]): Promise<void> => {
  const uses = await signedUsesOf(req, record)
  await recordAuditEvent(req, {
    action: 'linked-record.changed',
    targetCollection: record.collection,
    targetId: record.id,
    detail: { fields: changed, affected: uses.map((u) => `${u.slug}:${u.id}`) },
  })
  const reason = `关联记录（${record.collection} #${record.id}：${changed.join('、')}）已修改，需重新审核`
  for (const use of uses) {
    if (use.live)
      await withdraw(req, use.slug, String(use.id), { reason, cause: 'linked-record-changed', bySystem: true })
    else await voidReview(req, use.slug, use.id, reason)
  }
}
