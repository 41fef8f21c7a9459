// Signed consent documents encrypted at rest (issue #13), on disk and in S3 alike: the upload is
// encrypted under the record's person key before any storage sees it, and the access-checked file
// route decrypts it for a privacy officer who has stated a purpose, recording the read.
import fs from 'node:fs/promises'
import path from 'node:path'

import type {
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { decryptFile, encryptFile, fileKeyId, isEncryptedFile } from '@/privacy/rules/envelope'
import { statedPurpose } from '@/privacy/rules/purposes'
import { DATA_KEY_FIELD } from './encryptedFields'
import { createPersonKey, personKey } from './keyring'

type UploadHandler = NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']>[number]

const insideDir = (dir: string, filename: string): string | null => {
  const resolvedDir = path.resolve(dir)
  const file = path.resolve(resolvedDir, filename)
  return file.startsWith(resolvedDir + path.sep) ? file : null
}

/** Replaces the upload's bytes by their ciphertext; writes it to `staticDir` itself when no cloud storage does. */
export const encryptUpload =
  ({ staticDir, local }: { staticDir: string; local: boolean }): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const file = req.file
    if (!file?.data?.length) return data
    const existing = (originalDoc as Record<string, unknown> | undefined)?.[DATA_KEY_FIELD]
    const keyId = typeof existing === 'string' && existing ? existing : (await createPersonKey(req)).keyId
    const key = await personKey(req.payload, keyId, req)
    if (!key) throw new CodedError('personal-data-erased', 409, pickLanguage(req.i18n?.language))
    const sealed = encryptFile(key, keyId, file.data)
    data[DATA_KEY_FIELD] = keyId
    // Cloud storage uploads req.file in its afterChange hook: it now holds only ciphertext.
    req.file = { ...file, data: sealed, size: sealed.length, tempFilePath: undefined }
    if (local && typeof data.filename === 'string') {
      const target = insideDir(staticDir, data.filename)
      if (!target) throw new Error(`unsafe upload filename ${data.filename}`)
      await fs.mkdir(path.dirname(target), { recursive: true })
      await fs.writeFile(target, sealed)
      const previous = (originalDoc as { filename?: string } | undefined)?.filename
      const old = previous && previous !== data.filename ? insideDir(staticDir, previous) : null
      if (old) await fs.rm(old, { force: true })
    }
    return data
  }

/** Local storage is ours (Payload's is off for this collection): remove the file with its record. */
export const removeLocalFile =
  ({ staticDir }: { staticDir: string }): CollectionAfterDeleteHook =>
  async ({ doc }) => {
    const filename = (doc as { filename?: string }).filename
    const target = filename ? insideDir(staticDir, filename) : null
    if (target) await fs.rm(target, { force: true })
    return doc
  }

const readLocal = async (staticDir: string, filename: string): Promise<Buffer | null> => {
  const target = insideDir(staticDir, filename)
  if (!target) return null
  try {
    return await fs.readFile(target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

type Storage = { slug: CollectionSlug; staticDir: string; storage: UploadHandler[] }

// Each encrypted collection's storage, for code that reads a stored file outside the file route.
const storages = new Map<string, Storage>()

/** The stored bytes of one file (ciphertext, or plain bytes from before encryption), or null. */
const storedBytes = async (
  req: PayloadRequest,
  { slug, staticDir, storage }: Storage,
  filename: string,
  doc: unknown,
): Promise<Buffer | Response | null> => {
  // A byte range of ciphertext cannot be decrypted: always fetch the whole object.
  try {
    req.headers.delete('range')
  } catch {
    // Immutable headers: nothing sent a range then.
  }
  for (const handler of storage) {
    const response = await handler(req, {
      doc: doc as never,
      headers: new Headers(),
      params: { collection: slug, filename },
    })
    if (response instanceof Response) return response.ok ? Buffer.from(await response.arrayBuffer()) : response
  }
  return readLocal(staticDir, filename)
}

/** A personal file decrypted, for the subject-access export: null when missing, `erased` when its key is gone. */
export const readPersonalFile = async (
  req: PayloadRequest,
  slug: CollectionSlug,
  doc: { filename?: string | null },
): Promise<Buffer | 'erased' | null> => {
  const storage = storages.get(slug)
  if (!storage || !doc.filename) return null
  const bytes = await storedBytes(req, storage, doc.filename, doc)
  if (!bytes || bytes instanceof Response) return null
  if (!isEncryptedFile(bytes)) return bytes
  const key = await personKey(req.payload, fileKeyId(bytes)!, req)
  return key ? decryptFile(key, bytes) : 'erased'
}

/**
 * The file route's handler: reads the stored bytes (through the cloud storage's own handlers,
 * else from disk), decrypts them, and records who read which document and why.
 */
export const decryptingHandler = (storage: Storage): UploadHandler => {
  storages.set(storage.slug, storage)
  return async (req: PayloadRequest, args) => {
    const language = pickLanguage(req.i18n?.language)
    const purpose = statedPurpose(req.headers, { list: false })
    if (purpose === 'invalid' || purpose === null) throw new CodedError('data-purpose-required', 403, language)
    const filename = args.params.filename
    // Access returned `true` for a privacy officer, so Payload looked nothing up: find the record.
    const record = await req.payload.db.findOne<{ id: string | number; mimeType?: string }>({
      collection: storage.slug,
      where: { filename: { equals: filename } },
      req,
    })
    if (!record) throw new CodedError('file-not-found', 404, language)
    const bytes = await storedBytes(req, storage, filename, record)
    if (bytes instanceof Response) return bytes
    if (!bytes) throw new CodedError('file-not-found', 404, language)
    let plain = bytes
    if (isEncryptedFile(bytes)) {
      const key = await personKey(req.payload, fileKeyId(bytes)!, req)
      if (!key) throw new CodedError('personal-data-erased', 410, language)
      plain = decryptFile(key, bytes)
    }
    await recordAuditEvent(req, {
      action: 'personal-data.read',
      targetCollection: storage.slug,
      targetId: record.id,
      detail: { fields: ['file'], purpose, via: 'document' },
    })
    return new Response(new Uint8Array(plain), {
      status: 200,
      headers: {
        'content-type': record.mimeType ?? 'application/octet-stream',
        'content-length': String(plain.length),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    })
  }
}
