// The keyring (issue #13): master keys from the environment, one wrapped data key per person in
// the `data-keys` collection, and the key of the keyed name hashes. Every other part of the privacy
// module asks it for keys; nothing else reads DATA_KEY.
import crypto from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { env } from '@/env'
import { fingerprint, MasterKeyError, newDataKey, parseMasterKey, unwrapKey, wrapKey } from '@/privacy/rules/envelope'
import { signingKeyFrom } from '@/privacy/rules/archiveSigning'

type MasterKey = { key: Buffer; id: string }
type DataKeyRow = { id: string | number; keyId: string; wrapped: string; masterKeyId: string; purpose: string }

export const INDEX_KEY_ID = 'name-index-v1'

/** Used only when DATA_KEY is unset outside production, with a warning at every start. */
const DEVELOPMENT_DATA_KEY = crypto
  .createHash('sha256')
  .update('development-only data key, never in production')
  .digest()

let masters: { current: MasterKey; previous: MasterKey[]; development: boolean } | undefined

/** The configured master keys, read once. Throws MasterKeyError for a missing (production) or malformed key. */
export const masterKeys = () => {
  if (masters) return masters
  if (!env.dataKey && env.isProduction) throw new MasterKeyError('DATA_KEY must be set when NODE_ENV=production')
  const current = env.dataKey ? parseMasterKey(env.dataKey, 'DATA_KEY') : DEVELOPMENT_DATA_KEY
  // `development` names the development key, to move a database made without DATA_KEY onto a real key.
  const previous = env.dataKeyPrevious.map((raw) =>
    raw === 'development' ? DEVELOPMENT_DATA_KEY : parseMasterKey(raw, 'DATA_KEY_PREVIOUS'),
  )
  masters = {
    current: { key: current, id: fingerprint(current) },
    previous: previous.map((key) => ({ key, id: fingerprint(key) })),
    development: !env.dataKey,
  }
  return masters
}

const masterById = (id: string): MasterKey | undefined => {
  const { current, previous } = masterKeys()
  return [current, ...previous].find((master) => master.id === id)
}

// Unwrapped keys, briefly: a destroyed key stays usable on another instance for at most this long,
// and the rows it could read are gone from the live database by then.
const CACHE_MS = 60_000
const CACHE_MAX = 2_000
const cache = new Map<string, { key: Buffer; at: number }>()

const remember = (keyId: string, key: Buffer) => {
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!)
  cache.set(keyId, { key, at: Date.now() })
}

const findRow = async (payload: Payload, keyId: string, req?: PayloadRequest): Promise<DataKeyRow | null> =>
  payload.db.findOne<DataKeyRow>({
    collection: SLUGS.dataKeys,
    where: { keyId: { equals: keyId } },
    ...(req ? { req } : {}),
  })

const unwrapRow = (row: DataKeyRow): Buffer => {
  const master = masterById(row.masterKeyId)
  if (!master)
    throw new MasterKeyError(
      `data key ${row.keyId} is wrapped by master key ${row.masterKeyId}, which is neither DATA_KEY nor in DATA_KEY_PREVIOUS`,
    )
  return unwrapKey(master.key, row.keyId, row.wrapped)
}

const insertKey = async (
  payload: Payload,
  keyId: string,
  purpose: 'person' | 'index',
  req?: PayloadRequest,
): Promise<Buffer> => {
  const key = newDataKey()
  const { current } = masterKeys()
  await payload.db.create({
    collection: SLUGS.dataKeys,
    data: { keyId, purpose, wrapped: wrapKey(current.key, keyId, key), masterKeyId: current.id },
    ...(req ? { req } : {}),
  })
  remember(keyId, key)
  return key
}

/** A new person's data key, stored in the caller's transaction. */
export const createPersonKey = async (req: PayloadRequest): Promise<{ keyId: string; key: Buffer }> => {
  const keyId = crypto.randomUUID()
  return { keyId, key: await insertKey(req.payload, keyId, 'person', req) }
}

/** A person's data key, or null once it was destroyed (the person was erased). */
export const personKey = async (payload: Payload, keyId: string, req?: PayloadRequest): Promise<Buffer | null> => {
  const hit = cache.get(keyId)
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.key
  const row = await findRow(payload, keyId, req)
  if (!row) {
    cache.delete(keyId)
    return null
  }
  const key = unwrapRow(row)
  remember(keyId, key)
  return key
}

/** The key of the name hashes (made at start by ensureKeyring). */
export const indexKey = async (payload: Payload): Promise<Buffer> => {
  const key = await personKey(payload, INDEX_KEY_ID)
  if (!key) throw new MasterKeyError('the name-hash key is missing: the server did not start through ensureKeyring')
  return key
}

/** Crypto-shredding: the keys are deleted in the caller's transaction and forgotten here. */
export const destroyKeys = async (req: PayloadRequest, keyIds: string[]): Promise<void> => {
  if (keyIds.length === 0) return
  await req.payload.db.deleteMany({ collection: SLUGS.dataKeys, where: { keyId: { in: keyIds } }, req })
  for (const keyId of keyIds) cache.delete(keyId)
}

const unknownMasterKeys = async (payload: Payload): Promise<string[]> => {
  const { current, previous } = masterKeys()
  const known = [current.id, ...previous.map((master) => master.id)]
  const found = await payload.db.find({
    collection: SLUGS.dataKeys,
    where: { masterKeyId: { not_in: known } },
    limit: 1,
    pagination: false,
  })
  return (found.docs as unknown as DataKeyRow[]).map((row) => row.masterKeyId)
}

/**
 * At every start (server, worker, scripts): the master key must be the one the stored data keys
 * were wrapped with, proven by unwrapping one, and the name-hash key must exist. A wrong, missing
 * or malformed key stops the process here with the reason, before anything is served.
 */
export const ensureKeyring = async (payload: Payload): Promise<void> => {
  const { current, development } = masterKeys()
  const unknown = await unknownMasterKeys(payload)
  if (unknown.length > 0)
    throw new MasterKeyError(
      `DATA_KEY is not the master key this database was encrypted with: stored data keys are wrapped by ${unknown.join(', ')}, ` +
        `the configured key is ${current.id}${development ? ' (the development default: DATA_KEY is unset)' : ''}. ` +
        'Start with the right DATA_KEY (and DATA_KEY_PREVIOUS during a rotation).',
    )
  let row = await findRow(payload, INDEX_KEY_ID)
  if (!row) {
    try {
      await insertKey(payload, INDEX_KEY_ID, 'index')
    } catch (error) {
      // Another instance made it first: use theirs.
      if (!(await findRow(payload, INDEX_KEY_ID))) throw error
    }
    row = await findRow(payload, INDEX_KEY_ID)
  }
  try {
    unwrapRow(row!)
  } catch (error) {
    throw new MasterKeyError(`DATA_KEY does not unwrap the stored keys: ${(error as Error).message}`)
  }
  if (development)
    payload.logger.warn(
      '!!! DATA_KEY 未设置：个人数据使用开发用主密钥加密，切勿用于真实患者数据 / DATA_KEY is unset: personal data is encrypted with the DEVELOPMENT master key. Never use this with real patient data; set DATA_KEY (openssl rand -base64 32). !!!',
    )
}

/**
 * Key rotation: every data key not yet under DATA_KEY is unwrapped with its old master key and
 * wrapped again under DATA_KEY, one row at a time (each row is readable throughout, by servers
 * that know both keys). Returns how many were re-wrapped.
 */
export const rewrapAll = async (
  payload: Payload,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<number> => {
  const { current } = masterKeys()
  const stale = { masterKeyId: { not_equals: current.id } }
  const unknown = await unknownMasterKeys(payload)
  if (unknown.length > 0)
    throw new MasterKeyError(`some data keys are wrapped by ${unknown.join(', ')}: add that key to DATA_KEY_PREVIOUS`)
  const total = (await payload.db.count({ collection: SLUGS.dataKeys, where: stale })).totalDocs
  let done = 0
  onProgress(done, total)
  for (;;) {
    const batch = (
      await payload.db.find({ collection: SLUGS.dataKeys, where: stale, limit: 200, pagination: false, sort: 'id' })
    ).docs as unknown as DataKeyRow[]
    if (batch.length === 0) break
    for (const row of batch) {
      const key = unwrapRow(row)
      await payload.db.updateOne({
        collection: SLUGS.dataKeys,
        id: row.id,
        data: { wrapped: wrapKey(current.key, row.keyId, key), masterKeyId: current.id },
      })
      done += 1
    }
    onProgress(done, total)
  }
  return done
}

/** For tests and the rotation script: forget the keys read from the environment. */
export const resetKeyringForTests = () => {
  masters = undefined
  cache.clear()
}

/** The key that signs subject-access archives, derived from the current master key. */
export const archiveSigningKey = () => signingKeyFrom(masterKeys().current.key)
