import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { ClaimModel } from './claimModel'

let shipped: ClaimModel | undefined

/**
 * The claims model as `npm run claims:train` last wrote it (claimModel.json beside this file),
 * read once on first use. Read from disk rather than imported, so the type checker does not
 * infer a type for 25,000 keys.
 */
export function shippedClaimModel(): ClaimModel {
  shipped ??= JSON.parse(
    readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'claimModel.json'), 'utf8'),
  ) as ClaimModel
  return shipped
}
