import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  blindIndex,
  decryptField,
  decryptFile,
  DecryptionError,
  encryptField,
  encryptFile,
  fieldKeyId,
  fileKeyId,
  fingerprint,
  isEncryptedField,
  MasterKeyError,
  newDataKey,
  parseMasterKey,
  unwrapKey,
  wrapKey,
} from './envelope'

const master = Buffer.alloc(32, 7)
const other = Buffer.alloc(32, 8)

describe(parseMasterKey.name, () => {
  it('should read 64 hex digits and base64 of 32 bytes to the same key', () => {
    const key = newDataKey()
    expect(parseMasterKey(key.toString('hex'))).toEqual(key)
    expect(parseMasterKey(key.toString('base64'))).toEqual(key)
    expect(parseMasterKey(key.toString('base64url'))).toEqual(key)
  })

  it('should refuse anything that is not exactly 32 bytes, naming the variable', () => {
    for (const bad of [
      '',
      'secret',
      'a'.repeat(63),
      'a'.repeat(65),
      Buffer.alloc(31).toString('base64'),
      'z'.repeat(64),
    ])
      expect(() => parseMasterKey(bad, 'DATA_KEY')).toThrow(MasterKeyError)
    expect(() => parseMasterKey('short', 'DATA_KEY_PREVIOUS')).toThrow(/DATA_KEY_PREVIOUS/)
  })
})

describe(fingerprint.name, () => {
  it('should tell keys apart without containing them', () => {
    expect(fingerprint(master)).toMatch(/^[0-9a-f]{16}$/)
    expect(fingerprint(master)).not.toBe(fingerprint(other))
    expect(master.toString('hex')).not.toContain(fingerprint(master))
  })
})

describe(wrapKey.name, () => {
  it('should unwrap only with the same master key and the same key id', () => {
    const dataKey = newDataKey()
    const wrapped = wrapKey(master, 'k1', dataKey)
    expect(unwrapKey(master, 'k1', wrapped)).toEqual(dataKey)
    expect(() => unwrapKey(other, 'k1', wrapped)).toThrow(DecryptionError)
    expect(() => unwrapKey(master, 'k2', wrapped)).toThrow(DecryptionError)
  })

  it('should never write the data key in the clear', () => {
    const dataKey = newDataKey()
    const wrapped = Buffer.from(wrapKey(master, 'k1', dataKey), 'base64url')
    expect(wrapped.includes(dataKey)).toBe(false)
  })
})

describe(encryptField.name, () => {
  it('should give back any text, and never contain it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }), (plain) => {
        const key = newDataKey()
        const stored = encryptField(key, 'person-1', 'consents.patientName', plain)
        expect(isEncryptedField(stored)).toBe(true)
        expect(fieldKeyId(stored)).toBe('person-1')
        expect(decryptField(key, 'consents.patientName', stored)).toBe(plain)
        if (plain.length >= 2) expect(stored).not.toContain(plain)
      }),
    )
  })

  it('should encrypt the same value differently each time', () => {
    const key = newDataKey()
    expect(encryptField(key, 'a', 'f', '张三')).not.toBe(encryptField(key, 'a', 'f', '张三'))
  })

  it('should refuse a value moved to another field, a wrong key and any altered byte', () => {
    const key = newDataKey()
    const stored = encryptField(key, 'a', 'consents.patientName', '张三')
    expect(() => decryptField(key, 'consents.patientContact', stored)).toThrow(DecryptionError)
    expect(() => decryptField(newDataKey(), 'consents.patientName', stored)).toThrow(DecryptionError)
    fc.assert(
      // The last base64 character carries padding bits: changing it may not change a byte.
      fc.property(fc.integer({ min: 'pd1:a:'.length, max: stored.length - 2 }), (index) => {
        const flipped = stored[index] === 'A' ? 'B' : 'A'
        const altered = stored.slice(0, index) + flipped + stored.slice(index + 1)
        expect(() => decryptField(key, 'consents.patientName', altered)).toThrow(DecryptionError)
      }),
    )
  })

  it('should treat plain and empty values as not encrypted', () => {
    expect(isEncryptedField('张三')).toBe(false)
    expect(isEncryptedField(null)).toBe(false)
    expect(fieldKeyId('pd1:')).toBeNull()
    expect(() => decryptField(newDataKey(), 'f', '张三')).toThrow(DecryptionError)
  })
})

describe(encryptFile.name, () => {
  it('should give back any bytes, carry its key id, and contain no run of the original', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 4096 }), (bytes) => {
        const key = newDataKey()
        const plain = Buffer.from(bytes)
        const sealed = encryptFile(key, 'doc-7', plain)
        expect(fileKeyId(sealed)).toBe('doc-7')
        expect(decryptFile(key, sealed)).toEqual(plain)
      }),
    )
    const pdf = Buffer.from('%PDF-1.4 患者张三 签名')
    expect(encryptFile(newDataKey(), 'k', pdf).includes(pdf.subarray(0, 8))).toBe(false)
  })

  it('should refuse plain files and a wrong key', () => {
    expect(fileKeyId(Buffer.from('%PDF-1.4'))).toBeNull()
    expect(() => decryptFile(newDataKey(), encryptFile(newDataKey(), 'k', Buffer.from('x')))).toThrow(DecryptionError)
  })
})

describe(blindIndex.name, () => {
  it('should match the same name however it is spaced, cased or in full width', () => {
    const key = newDataKey()
    expect(blindIndex(key, 'n', ' 张 三 ')).toBe(blindIndex(key, 'n', '张 三'))
    expect(blindIndex(key, 'n', 'Li  Wei')).toBe(blindIndex(key, 'n', 'ｌｉwei'))
    expect(blindIndex(key, 'n', '张三')).not.toBe(blindIndex(key, 'n', '张四'))
    expect(blindIndex(key, 'n', '张三')).not.toBe(blindIndex(newDataKey(), 'n', '张三'))
    expect(blindIndex(key, 'a', '张三')).not.toBe(blindIndex(key, 'b', '张三'))
  })
})
