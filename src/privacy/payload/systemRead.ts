// The product's own reads of a person's data — to send them the notice they asked for — past
// every access rule, decrypting only the named fields and recording the read in the audit trail.
import type { CollectionSlug, PayloadRequest } from 'payload'

import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { decryptField, isEncryptedField } from '@/privacy/rules/envelope'
import { DATA_KEY_FIELD } from './encryptedFields'
import { personKey } from './keyring'
import { findRaw } from './rawRows'

/** The named fields in clear (null where empty or erased), with the reason recorded. */
export const readPersonalFields = async <F extends string>(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | number,
  fields: readonly F[],
  reason: string,
): Promise<Record<F, string | null>> => {
  const raw = await findRaw(req, collection, id)
  const keyId = raw?.[DATA_KEY_FIELD]
  const key = typeof keyId === 'string' ? await personKey(req.payload, keyId, req) : null
  const values = {} as Record<F, string | null>
  for (const field of fields) {
    const stored = raw?.[field]
    // An encrypted value whose key was destroyed (erased) reads as null, like an empty one.
    if (isEncryptedField(stored)) values[field] = key ? decryptField(key, `${collection}.${field}`, stored) : null
    else values[field] = typeof stored === 'string' && stored !== '' ? stored : null
  }
  await recordAuditEvent(req, {
    action: 'personal-data.system-read',
    targetCollection: collection,
    targetId: id,
    detail: { fields: [...fields].sort(), reason },
  })
  return values
}
