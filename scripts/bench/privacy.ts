// What personal-data protection costs: the envelope operations in process (per call), and key
// rotation over 10,000 person keys on a fresh SQLite database (rows re-wrapped per second).
//   DATA_KEY=<new> DATA_KEY_PREVIOUS=<old> are set by the script itself.
//   node --conditions=production --import tsx scripts/bench/privacy.ts [--keys 10000]
import crypto from 'node:crypto'
import { parseArgs } from 'node:util'

import { createTestDatabase } from '../lib/testDatabase'

const { values } = parseArgs({ options: { keys: { type: 'string', default: '10000' } } })
const keyCount = Number(values.keys)

const oldKey = crypto.randomBytes(32).toString('base64')
const newKey = crypto.randomBytes(32).toString('base64')
const database = await createTestDatabase('sqlite', 'bench-privacy')
process.env.DATABASE_URI = database.uri
process.env.DATA_KEY = oldKey
process.env.SEED_DEMO = '0'

const envelope = await import('../../src/privacy/rules/envelope')

const perCall = (label: string, count: number, fn: () => unknown) => {
  for (let i = 0; i < 1000; i++) fn()
  const started = process.hrtime.bigint()
  for (let i = 0; i < count; i++) fn()
  const ns = Number(process.hrtime.bigint() - started) / count
  console.log(`${label.padEnd(44)} ${(ns / 1000).toFixed(2).padStart(8)} µs/call`)
}

const dataKey = envelope.newDataKey()
const stored = envelope.encryptField(dataKey, 'k', 'consents.patientName', '欧阳晓澜')
const pdf = crypto.randomBytes(512 * 1024)
const sealedPdf = envelope.encryptFile(dataKey, 'k', pdf)
const master = Buffer.from(oldKey, 'base64')
const wrapped = envelope.wrapKey(master, 'k', dataKey)
console.log(
  `envelope operations (Node ${process.version}, ${crypto.getCiphers().includes('aes-256-gcm') ? 'AES-256-GCM' : '?'})`,
)
perCall('encrypt a name', 50_000, () => envelope.encryptField(dataKey, 'k', 'consents.patientName', '欧阳晓澜'))
perCall('decrypt a name', 50_000, () => envelope.decryptField(dataKey, 'consents.patientName', stored))
perCall('keyed hash of a name', 50_000, () => envelope.blindIndex(dataKey, 'consents.patientName', '欧阳晓澜'))
perCall('unwrap a data key', 50_000, () => envelope.unwrapKey(master, 'k', wrapped))
perCall('encrypt a 512 KiB document', 200, () => envelope.encryptFile(dataKey, 'k', pdf))
perCall('decrypt a 512 KiB document', 200, () => envelope.decryptFile(dataKey, sealedPdf))

const { getPayload } = await import('payload')
const config = (await import('../../payload.config')).default
const keyring = await import('../../src/privacy/payload/keyring')
const payload = await getPayload({ config: await config })
await payload.db.migrate()
await keyring.ensureKeyring(payload)
const req = { payload, context: {} } as Parameters<typeof keyring.createPersonKey>[0]
let started = Date.now()
for (let i = 0; i < keyCount; i++) await keyring.createPersonKey(req)
console.log(`created ${keyCount} person keys in ${((Date.now() - started) / 1000).toFixed(1)} s`)

process.env.DATA_KEY = newKey
process.env.DATA_KEY_PREVIOUS = oldKey
const { env } = await import('../../src/env')
env.dataKey = newKey
env.dataKeyPrevious = [oldKey]
keyring.resetKeyringForTests()
started = Date.now()
const done = await keyring.rewrapAll(payload)
const seconds = (Date.now() - started) / 1000
console.log(`rotation: ${done} keys re-wrapped in ${seconds.toFixed(1)} s (${Math.round(done / seconds)} keys/s)`)
await payload.db.destroy?.()
await database.drop()
process.exit(0)
