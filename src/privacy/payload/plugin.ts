// Personal data protection as a Payload plugin (issue #13): given each collection's identifying
// fields (and whether its uploads are personal), it adds the person key and name-hash fields,
// the encrypting and decrypting hooks, the read record, the query rewrite and the encrypted file
// storage, so a collection file keeps declaring plain text fields with their access.
import type { CollectionConfig, CollectionSlug, Field, FieldAccess, Plugin, TextField } from 'payload'

import { encryptedQueries } from './encryptedQueries'
import {
  assignDataKey,
  DATA_KEY_FIELD,
  dataKeyField,
  decryptOnRead,
  encryptOnWrite,
  hashField,
  recordPersonalDataReads,
} from './encryptedFields'
import { decryptingHandler, encryptUpload, removeLocalFile } from './encryptedFiles'

export type PersonalDataOptions = {
  collections: Record<
    string,
    {
      /** Text fields holding identifying values, stored encrypted. */
      fields?: string[]
      /** Of those, the ones privacy officers look people up by (exact match through a keyed hash). */
      hashed?: string[]
      /** The uploads are personal documents: encrypted on disk and in cloud storage. */
      files?: boolean
    }
  >
  /** True when no cloud storage adapter stores the files: the plugin writes them to `staticDir` itself. */
  localFiles: boolean
}

type Named = { field: TextField; readAccess?: FieldAccess }

/** 查阅目的, at the top of the edit view (src/components/privacy/DataPurpose.tsx). */
const purposeField: Field = {
  name: 'dataPurpose',
  type: 'ui',
  admin: { components: { Field: '/src/components/privacy/DataPurpose#DataPurpose' } },
}

/** Applies `fn` to the named fields, also inside rows and collapsibles (which hold no data of their own). */
const mapNamed = (fields: Field[], names: string[], fn: (field: TextField) => Field, found: Named[]): Field[] =>
  fields.map((field) => {
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field)
      return { ...field, fields: mapNamed(field.fields, names, fn, found) }
    if ('name' in field && names.includes(field.name)) {
      if (field.type !== 'text') throw new Error(`personalData: ${field.name} must be a text field to be encrypted`)
      found.push({ field, readAccess: field.access?.read })
      return fn(field)
    }
    return field
  })

const withFields = (collection: CollectionConfig, fields: string[], hashed: string[]): CollectionConfig => {
  const slug = collection.slug as CollectionSlug
  const found: Named[] = []
  const mapped = mapNamed(
    collection.fields,
    fields,
    (field) => {
      const options = {
        slug,
        field,
        hashed: hashed.includes(field.name),
        maxLength: field.maxLength,
        readAccess: field.access?.read,
      }
      return {
        ...field,
        // Lengths are checked on the plain value by the hook; the column holds the longer ciphertext.
        maxLength: undefined,
        hooks: {
          ...field.hooks,
          beforeChange: [...(field.hooks?.beforeChange ?? []), encryptOnWrite(options)],
          afterRead: [decryptOnRead(options), ...(field.hooks?.afterRead ?? [])],
        },
      }
    },
    found,
  )
  const missing = fields.filter((name) => !found.some((f) => f.field.name === name))
  if (missing.length) throw new Error(`personalData: ${slug} has no field ${missing.join(', ')}`)
  const readAccess = Object.fromEntries(found.map(({ field, readAccess }) => [field.name, readAccess]))
  return {
    ...collection,
    fields: [purposeField, ...mapped, dataKeyField, ...hashed.map(hashField)],
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        encryptedQueries({ slug, fields, hashed, readAccess }),
        ...(collection.hooks?.beforeOperation ?? []),
      ],
      // Before the collection's own hooks: they may already need the key.
      beforeChange: [assignDataKey(fields), ...(collection.hooks?.beforeChange ?? [])],
      afterRead: [...(collection.hooks?.afterRead ?? []), recordPersonalDataReads(slug)],
    },
  }
}

const withFiles = (collection: CollectionConfig, localFiles: boolean): CollectionConfig => {
  const upload = typeof collection.upload === 'object' ? collection.upload : {}
  const staticDir = upload.staticDir ?? collection.slug
  const hasKeyField = collection.fields.some(
    (field) => 'name' in field && (field as { name?: string }).name === DATA_KEY_FIELD,
  )
  return {
    ...collection,
    fields: hasKeyField ? collection.fields : [purposeField, ...collection.fields, dataKeyField],
    upload: {
      ...upload,
      // Payload's own disk storage would write the plain bytes: the hook stores the ciphertext instead.
      disableLocalStorage: true,
      handlers: [
        decryptingHandler({ slug: collection.slug as CollectionSlug, staticDir, storage: upload.handlers ?? [] }),
      ],
    },
    hooks: {
      ...collection.hooks,
      // First: every storage after it (the cloud adapter's afterChange) sees only ciphertext.
      beforeChange: [encryptUpload({ staticDir, local: localFiles }), ...(collection.hooks?.beforeChange ?? [])],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), ...(localFiles ? [removeLocalFile({ staticDir })] : [])],
    },
  }
}

export const personalData =
  ({ collections, localFiles }: PersonalDataOptions): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      const options = collections[collection.slug]
      if (!options) return collection
      let result = collection
      if (options.fields?.length) result = withFields(result, options.fields, options.hashed ?? [])
      if (options.files) result = withFiles(result, localFiles)
      return result
    }),
  })
