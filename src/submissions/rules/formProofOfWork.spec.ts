// The form's own SHA-256 (src/submissions/form/sha256.js, run in the browser) must agree with
// Node's on every input, or a phone's solution would never verify on the server.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'

import { leadingZeroBits, workDigest } from './proofOfWork'

type FormPow = { sha256: (bytes: Uint8Array) => Uint8Array; leadingZeroBits: (digest: Uint8Array) => number }
let formPow: FormPow

beforeAll(() => {
  // Run as the browser runs it: a plain script that sets a global.
  const sandbox = vm.createContext({})
  vm.runInContext(fs.readFileSync(path.join(import.meta.dirname, '..', 'form', 'sha256.js'), 'utf8'), sandbox)
  formPow = (sandbox as { proofOfWork: FormPow }).proofOfWork
})

describe('the form’s SHA-256', () => {
  it('should agree with Node’s on any bytes, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const ours = Buffer.from(formPow.sha256(bytes)).toString('hex')
        expect(ours).toBe(createHash('sha256').update(bytes).digest('hex'))
      }),
      { numRuns: 300 },
    )
  })
  it('should find the same work the server checks', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 120 }), fc.nat(), (token, n) => {
        const nonce = n.toString(36)
        const digest = formPow.sha256(Buffer.from(`${token}:${nonce}`, 'utf8'))
        expect(formPow.leadingZeroBits(digest)).toBe(leadingZeroBits(workDigest(token, nonce)))
      }),
    )
  })
})
