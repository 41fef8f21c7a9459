// `npm run audit:verify`: walks the audit trail's hash chain and names the first broken link.
// Exit 0 when intact, 1 when broken.
import { getPayload } from 'payload'

import config from '../payload.config'
import { SLUGS } from '../collections/slugs'
import { type StoredAuditEvent, verifyChain } from '../src/audit/chain'

const payload = await getPayload({ config: await config })
const { docs } = await payload.find({
  collection: SLUGS.auditEvents,
  sort: 'seq',
  pagination: false,
  depth: 0,
  overrideAccess: true,
})
const events: StoredAuditEvent[] = docs.map((doc) => ({
  seq: doc.seq,
  action: doc.action,
  actorId: doc.actorId ?? null,
  actorEmail: doc.actorEmail ?? null,
  at: doc.at,
  targetCollection: doc.targetCollection ?? null,
  targetId: doc.targetId ?? null,
  versionHash: doc.versionHash ?? null,
  detail: doc.detail ?? null,
  prevHash: doc.prevHash,
  hash: doc.hash,
}))
const verdict = verifyChain(events)
const line = verdict.ok
  ? `审计链完整 / audit chain intact: ${verdict.count} events`
  : `审计链断裂 / audit chain BROKEN at event #${verdict.brokenAt} (${verdict.reason}); ${verdict.count} events checked`
await payload.db.destroy?.()
// process.exit does not wait for a piped stdout to drain; write first, then exit.
await new Promise<void>((resolve) => process.stdout.write(`${line}\n`, () => resolve()))
process.exit(verdict.ok ? 0 : 1)
