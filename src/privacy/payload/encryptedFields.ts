// Field-level encryption for the identifying fields a collection names (issue #13): written as
// ciphertext under the record's person key, read back in plain only by someone the field's own
// read access admits who has stated a purpose, and each such read recorded in the audit trail.
import type {
  CollectionAfterReadHook,
  CollectionBeforeChangeHook,
  Field,
  FieldAccess,
  FieldHook,
  PayloadRequest,
  TextField,
} from 'payload'

import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { blindIndex, decryptField, encryptField, fieldKeyId, isEncryptedField } from '@/privacy/rules/envelope'
import { ACCESS_PURPOSES, type AccessPurpose, isAccessPurpose, statedPurpose } from '@/privacy/rules/purposes'
import { createPersonKey, indexKey, personKey } from './keyring'

export const DATA_KEY_FIELD = 'dataKeyId'
export const hashFieldOf = (name: string) => `${name}Hash`

const never = () => false

/** The record's person key id: hidden, never written or read through any API. */
export const dataKeyField: Field = {
  name: DATA_KEY_FIELD,
  type: 'text',
  index: true,
  hidden: true,
  access: { read: never, create: never, update: never },
}

/** The keyed hash of a field, for equality queries (src/privacy/rules/encryptedWhere.ts). */
export const hashField = (name: string): Field => ({
  name: hashFieldOf(name),
  type: 'text',
  index: true,
  hidden: true,
  access: { read: never, create: never, update: never },
})

type Reads = Map<string, { fields: Set<string>; purpose: AccessPurpose; list: boolean }>

const readsOf = (req: PayloadRequest): Reads => {
  const context = req.context as { personalDataReads?: Reads }
  context.personalDataReads ??= new Map()
  return context.personalDataReads
}

/** `slug:id:field` of every encrypted value this request actually changed (for the audit trail's field list). */
export const changedPersonalFields = (req: PayloadRequest): Set<string> => {
  const context = req.context as { personalDataChanged?: Set<string> }
  context.personalDataChanged ??= new Set()
  return context.personalDataChanged
}

const purposeOrThrow = (req: PayloadRequest, list: boolean): AccessPurpose | null => {
  const purpose = statedPurpose(req.headers, { list })
  if (purpose !== 'invalid') return purpose
  throw new CodedError('data-purpose-invalid', 400, pickLanguage(req.i18n?.language), {
    purpose: req.headers.get('x-data-purpose') ?? '',
    allowed: ACCESS_PURPOSES.map((p) => p.value).join(', '),
  })
}

type Options = { slug: string; field: TextField; hashed: boolean; maxLength?: number; readAccess?: FieldAccess }

export const encryptOnWrite =
  ({ slug, field, hashed, maxLength }: Options): FieldHook =>
  async ({ value, siblingData, siblingDocWithLocales, originalDoc, operation, req }) => {
    if (value === undefined) return undefined
    const name = field.name
    const language = pickLanguage(req.i18n?.language)
    const stored: unknown = siblingDocWithLocales?.[name]
    if (value === null || value === '') {
      // A form opened without a purpose shows these fields empty and sends them back empty:
      // clearing a stored value takes a stated purpose, like reading it.
      if (isEncryptedField(stored) && req.user && !isAccessPurpose(statedPurpose(req.headers, { list: false })))
        return stored
      if (hashed) siblingData[hashFieldOf(name)] = null
      return null
    }
    if (typeof value !== 'string') return value
    const text: string = value
    if (isEncryptedField(text)) {
      // Only the value already stored may come back as it is (a Local API caller copying a row).
      if (text === stored) return text
      throw new CodedError('encrypted-value-refused', 400, language, { field: name }, name)
    }
    if (maxLength !== undefined && text.length > maxLength)
      throw new CodedError('encrypted-value-too-long', 400, language, { field: name, max: maxLength }, name)
    const keyId = (siblingData[DATA_KEY_FIELD] ?? siblingDocWithLocales?.[DATA_KEY_FIELD]) as string | undefined
    if (!keyId) throw new Error(`${slug}.${name}: no data key assigned (assignDataKey did not run)`)
    const key = await personKey(req.payload, keyId, req)
    if (!key) throw new CodedError('personal-data-erased', 409, language)
    const context = `${slug}.${name}`
    // An unchanged value keeps its ciphertext: saving a form does not rewrite every field.
    if (isEncryptedField(stored) && fieldKeyId(stored) === keyId && decryptField(key, context, stored) === text)
      return stored
    if (hashed) siblingData[hashFieldOf(name)] = blindIndex(await indexKey(req.payload), context, text)
    if (operation === 'update' && originalDoc?.id !== undefined)
      changedPersonalFields(req).add(`${slug}:${String(originalDoc.id)}:${name}`)
    return encryptField(key, keyId, context, text)
  }

export const decryptOnRead =
  ({ slug, field, readAccess }: Options): FieldHook =>
  async ({ value, data, siblingData, overrideAccess, findMany, req }) => {
    if (!isEncryptedField(value)) return value
    // Internal reads (overrideAccess) keep the opaque ciphertext: rules can tell a value is there
    // (a guardian is named), and code that needs the plain value decrypts a raw row itself.
    if (overrideAccess || !req.user) return value
    const id = (data as { id?: string | number } | undefined)?.id
    const allowed = readAccess ? await readAccess({ req, id, data, siblingData, doc: data }) : true
    if (!allowed) return null
    const purpose = purposeOrThrow(req, Boolean(findMany))
    if (!purpose) return null
    const keyId = fieldKeyId(value)!
    const key = await personKey(req.payload, keyId, req)
    if (!key) return null
    const plain = decryptField(key, `${slug}.${field.name}`, value)
    const reads = readsOf(req)
    const entry = reads.get(`${slug}:${String(id)}`) ?? { fields: new Set<string>(), purpose, list: Boolean(findMany) }
    entry.fields.add(field.name)
    reads.set(`${slug}:${String(id)}`, entry)
    return plain
  }

/** One audit event per record whose identifying fields this request disclosed. */
export const recordPersonalDataReads =
  (slug: string): CollectionAfterReadHook =>
  async ({ doc, req }) => {
    const key = `${slug}:${String((doc as { id?: unknown }).id)}`
    const reads = readsOf(req)
    const entry = reads.get(key)
    if (!entry) return doc
    reads.delete(key)
    await recordAuditEvent(req, {
      action: 'personal-data.read',
      targetCollection: slug,
      targetId: (doc as { id: string | number }).id,
      detail: { fields: [...entry.fields].sort(), purpose: entry.purpose, via: entry.list ? 'list' : 'document' },
    })
    return doc
  }

/** Gives a record its person key the first time it holds an identifying value. */
export const assignDataKey =
  (fieldNames: string[]): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const existing = (originalDoc as Record<string, unknown> | undefined)?.[DATA_KEY_FIELD]
    if (typeof existing === 'string' && existing) {
      data[DATA_KEY_FIELD] = existing
      return data
    }
    const holdsValue = (value: unknown) => typeof value === 'string' && value !== ''
    if (fieldNames.some((name) => holdsValue(data[name]))) data[DATA_KEY_FIELD] = (await createPersonKey(req)).keyId
    return data
  }
