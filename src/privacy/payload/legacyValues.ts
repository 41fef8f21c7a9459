// Rows written before encryption (issue #13) still hold plain names: at start they are encrypted
// in place under a new person key each, once; the query finds nothing to do afterwards.
import type { CollectionSlug, Payload } from 'payload'

import { blindIndex, encryptField, isEncryptedField } from '@/privacy/rules/envelope'
import { DATA_KEY_FIELD, hashFieldOf } from './encryptedFields'
import { createPersonKey, indexKey } from './keyring'

type Spec = { fields?: string[]; hashed?: string[]; files?: boolean }

export const encryptLegacyValues = async (payload: Payload, collections: Record<string, Spec>): Promise<number> => {
  let encrypted = 0
  for (const [slug, spec] of Object.entries(collections)) {
    const fields = spec.fields ?? []
    if (fields.length === 0) continue
    const rows = await payload.db.find({
      collection: slug as CollectionSlug,
      where: {
        and: [{ [DATA_KEY_FIELD]: { exists: false } }, { or: fields.map((field) => ({ [field]: { exists: true } })) }],
      },
      pagination: false,
    })
    for (const row of rows.docs as Record<string, unknown>[]) {
      const plain = fields.filter(
        (field) => typeof row[field] === 'string' && row[field] !== '' && !isEncryptedField(row[field]),
      )
      if (plain.length === 0) continue
      const req = { payload, context: {} } as Parameters<typeof createPersonKey>[0]
      const { keyId, key } = await createPersonKey(req)
      const data: Record<string, unknown> = { [DATA_KEY_FIELD]: keyId }
      for (const field of plain) {
        const value = row[field] as string
        data[field] = encryptField(key, keyId, `${slug}.${field}`, value)
        if (spec.hashed?.includes(field))
          data[hashFieldOf(field)] = blindIndex(await indexKey(payload), `${slug}.${field}`, value)
      }
      await payload.db.updateOne({ collection: slug as CollectionSlug, id: row.id as string | number, data })
      encrypted += 1
    }
  }
  if (encrypted > 0) payload.logger.info(`personal data: encrypted ${encrypted} record(s) written before encryption`)
  return encrypted
}
