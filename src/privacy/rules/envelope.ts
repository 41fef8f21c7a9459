// Envelope encryption for personal data (issue #13): a master key from the environment wraps one
// data key per person; the data key encrypts that person's fields and files (AES-256-GCM).
// Destroying a data key makes every copy of the person's data unreadable (crypto-shredding).
// Pure: node:crypto only, no Payload.
import crypto from 'node:crypto'

export const KEY_BYTES = 32
const IV_BYTES = 12
const TAG_BYTES = 16

/** Stored field values start with this; anything else is plain text from before encryption. */
export const FIELD_PREFIX = 'pd1:'
/** Encrypted files start with these bytes, so a plain file is never mistaken for one. */
export const FILE_MAGIC = Buffer.from('CMSPD1\n', 'latin1')

export class MasterKeyError extends Error {}
export class DecryptionError extends Error {}

/**
 * A master key as configured: 64 hex digits or base64 of 32 bytes. Anything else is refused
 * loudly: a truncated or mistyped key must never be used to wrap data keys.
 */
export const parseMasterKey = (raw: string, name = 'DATA_KEY'): Buffer => {
  const value = raw.trim()
  if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, 'hex')
  if (/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(value)) {
    const bytes = Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
    if (bytes.length === KEY_BYTES) return bytes
  }
  throw new MasterKeyError(
    `${name} must be 32 random bytes, as 64 hex digits or base64 (openssl rand -base64 32); got ${value.length} characters`,
  )
}

/** A short public name of a master key: tells which key wrapped a data key without revealing it. */
export const fingerprint = (masterKey: Buffer): string =>
  crypto.createHmac('sha256', masterKey).update('cms data key fingerprint v1').digest('hex').slice(0, 16)

const seal = (key: Buffer, plain: Buffer, aad: string): Buffer => {
  const iv = crypto.randomBytes(IV_BYTES)
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(aad, 'utf8'))
  const body = Buffer.concat([cipher.update(plain), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body])
}

const open = (key: Buffer, sealed: Buffer, aad: string): Buffer => {
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new DecryptionError('ciphertext too short')
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES))
  decipher.setAAD(Buffer.from(aad, 'utf8'))
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
  try {
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()])
  } catch {
    throw new DecryptionError('wrong key, or the ciphertext was altered')
  }
}

export const newDataKey = (): Buffer => crypto.randomBytes(KEY_BYTES)

/** A data key sealed under the master key, bound to its own id (a wrapped key cannot be swapped). */
export const wrapKey = (masterKey: Buffer, keyId: string, dataKey: Buffer): string =>
  seal(masterKey, dataKey, `data-key:${keyId}`).toString('base64url')

export const unwrapKey = (masterKey: Buffer, keyId: string, wrapped: string): Buffer => {
  const key = open(masterKey, Buffer.from(wrapped, 'base64url'), `data-key:${keyId}`)
  if (key.length !== KEY_BYTES) throw new DecryptionError('unwrapped key has the wrong length')
  return key
}

/**
 * A field value as stored: `pd1:<key id>:<iv|tag|ciphertext>`. The associated data names the
 * field, so a name's ciphertext pasted into the contact column does not decrypt.
 */
export const encryptField = (dataKey: Buffer, keyId: string, field: string, plain: string): string =>
  `${FIELD_PREFIX}${keyId}:${seal(dataKey, Buffer.from(plain, 'utf8'), `${field}|${keyId}`).toString('base64url')}`

export const isEncryptedField = (value: unknown): value is `pd1:${string}` =>
  typeof value === 'string' && value.startsWith(FIELD_PREFIX)

/** The data key id a stored value needs, or null for plain or empty values. */
export const fieldKeyId = (stored: unknown): string | null => {
  if (!isEncryptedField(stored)) return null
  const rest = stored.slice(FIELD_PREFIX.length)
  const colon = rest.indexOf(':')
  return colon > 0 ? rest.slice(0, colon) : null
}

export const decryptField = (dataKey: Buffer, field: string, stored: string): string => {
  const keyId = fieldKeyId(stored)
  if (!keyId) throw new DecryptionError('not an encrypted field value')
  const body = stored.slice(FIELD_PREFIX.length + keyId.length + 1)
  return open(dataKey, Buffer.from(body, 'base64url'), `${field}|${keyId}`).toString('utf8')
}

/** A file as stored: magic, key id length and id, then iv|tag|ciphertext. */
export const encryptFile = (dataKey: Buffer, keyId: string, plain: Buffer): Buffer => {
  const id = Buffer.from(keyId, 'utf8')
  return Buffer.concat([FILE_MAGIC, Buffer.from([id.length]), id, seal(dataKey, plain, `file|${keyId}`)])
}

export const isEncryptedFile = (bytes: Buffer): boolean =>
  bytes.length > FILE_MAGIC.length && bytes.subarray(0, FILE_MAGIC.length).equals(FILE_MAGIC)

export const fileKeyId = (bytes: Buffer): string | null => {
  if (!isEncryptedFile(bytes)) return null
  const length = bytes[FILE_MAGIC.length]
  return bytes.subarray(FILE_MAGIC.length + 1, FILE_MAGIC.length + 1 + length).toString('utf8')
}

export const decryptFile = (dataKey: Buffer, bytes: Buffer): Buffer => {
  const keyId = fileKeyId(bytes)
  if (!keyId) throw new DecryptionError('not an encrypted file')
  const start = FILE_MAGIC.length + 1 + Buffer.byteLength(keyId, 'utf8')
  return open(dataKey, bytes.subarray(start), `file|${keyId}`)
}

/** Names compared the way people write them: width, case and spaces do not matter (张 三 is 张三). */
export const normalizeForIndex = (value: string): string => value.normalize('NFKC').replace(/\s+/g, '').toLowerCase()

/**
 * A keyed hash for equality queries (a "blind index"): the same name gives the same value under
 * one index key, and nothing about the name can be learnt from it without that key.
 */
export const blindIndex = (indexKey: Buffer, field: string, value: string): string =>
  crypto
    .createHmac('sha256', indexKey)
    .update(`${field}\u0000${normalizeForIndex(value)}`)
    .digest('base64url')
