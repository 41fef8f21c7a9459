// The names a consent protects, in plain, for the preflight's comparison with a story's text
// (issue #13). Processing, not disclosure: the names are compared in memory and never returned
// (findings blank the matched text), so this is not a read for the access record.
import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { decryptField, fieldKeyId, isEncryptedField } from '@/privacy/rules/envelope'
import { personKey } from './keyring'
import { findRaw } from './rawRows'

const NAME_FIELDS = ['patientName', 'guardianName'] as const

/** Null when there is no such consent; an empty list once the person was erased. */
export const patientNamesOf = async (req: PayloadRequest, consentId: string | number): Promise<string[] | null> => {
  const raw = await findRaw(req, SLUGS.consents, consentId)
  if (!raw) return null
  const names: string[] = []
  for (const field of NAME_FIELDS) {
    const stored = raw[field]
    if (typeof stored !== 'string' || stored === '') continue
    if (!isEncryptedField(stored)) {
      names.push(stored)
      continue
    }
    const key = await personKey(req.payload, fieldKeyId(stored)!, req)
    if (key) names.push(decryptField(key, `${SLUGS.consents}.${field}`, stored))
  }
  return names
}
