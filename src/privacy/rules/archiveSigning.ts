// Signatures of subject-access archives (issue #13): an Ed25519 key derived from the master key
// signs the archive's manifest (a SHA-256 per file), so a person, a regulator or a court can check
// with openssl that the archive is what the hospital produced and that nothing was changed. Pure.
import crypto from 'node:crypto'

// DER header of a PKCS#8 Ed25519 private key; the 32-byte seed follows it.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')

export const signingKeyFrom = (masterKey: Buffer): crypto.KeyObject => {
  const seed = crypto.createHmac('sha256', masterKey).update('subject-access archive signing v1').digest()
  return crypto.createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' })
}

export type Manifest = {
  kind: 'subject-access-export'
  consent: string
  createdAt: string
  files: { path: string; bytes: number; sha256: string }[]
}

export const manifestOf = (files: Record<string, Uint8Array>, consent: string, createdAt: Date): Manifest => ({
  kind: 'subject-access-export',
  consent,
  createdAt: createdAt.toISOString(),
  files: Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, bytes]) => ({
      path,
      bytes: bytes.length,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    })),
})

/** The manifest's bytes, its raw Ed25519 signature and the public key (PEM) that checks it. */
export const signManifest = (manifest: Manifest, key: crypto.KeyObject) => {
  const bytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8')
  return {
    manifest: bytes,
    signature: crypto.sign(null, bytes, key),
    publicKey: crypto.createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString(),
  }
}

export const verifyManifest = (manifest: Buffer, signature: Buffer, publicKeyPem: string): boolean =>
  crypto.verify(null, manifest, crypto.createPublicKey(publicKeyPem), signature)
