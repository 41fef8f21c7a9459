import type { CollectionConfig } from 'payload'

import { SLUGS } from '../slugs'

const never = () => false

/**
 * 数据密钥: one AES-256 key per person whose identifying data the product holds, stored wrapped
 * (encrypted) under the master key DATA_KEY, and one for the keyed name hashes. Nobody reads or
 * writes it through any API; src/privacy/payload/keyring.ts is its only user. Deleting a row is
 * crypto-shredding: every copy of that person's data becomes unreadable.
 */
export const DataKeys: CollectionConfig = {
  slug: SLUGS.dataKeys,
  access: { read: never, create: never, update: never, delete: never },
  admin: { hidden: true },
  labels: { singular: { zh: '数据密钥', en: 'Data key' }, plural: { zh: '数据密钥', en: 'Data keys' } },
  fields: [
    { name: 'keyId', type: 'text', required: true, unique: true, index: true },
    {
      name: 'purpose',
      type: 'select',
      required: true,
      options: [
        { value: 'person', label: { zh: '个人数据', en: 'Person' } },
        { value: 'index', label: { zh: '姓名检索哈希', en: 'Name hash' } },
      ],
    },
    { name: 'wrapped', type: 'text', required: true },
    /** Fingerprint of the master key that wrapped it (src/privacy/rules/envelope.ts). */
    { name: 'masterKeyId', type: 'text', required: true, index: true },
  ],
  timestamps: true,
}
