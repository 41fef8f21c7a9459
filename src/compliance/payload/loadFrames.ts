// The claim frames in force: the shipped frames with the compliance reviewers' settings (switched
// off, reworded) from the claim-frames collection. A frame a release adds gets its row at start.
import type { Payload, PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { type ClaimFrame, DEFAULT_FRAMES, framesInForce } from '../rules/scanners/claimFrames'
import { type ClaimModel, LIKELY_CLAIM } from '../rules/scanners/claimModel'
import { shippedClaimModel } from '../rules/scanners/shippedClaimModel'

/**
 * Writes a row for each shipped frame that has none and refreshes the titles of the others (a
 * release may rename a frame); returns how many rows were written.
 */
export const ensureFrameSettings = async (payload: Payload): Promise<number> => {
  const { docs } = await payload.find({
    collection: SLUGS.claimFrames,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { frameId: true, title: true },
  })
  const rows = new Map(docs.map((doc) => [doc.frameId, doc]))
  let written = 0
  for (const frame of [...DEFAULT_FRAMES, LIKELY_CLAIM]) {
    const row = rows.get(frame.id)
    if (!row) {
      await payload.create({
        collection: SLUGS.claimFrames,
        data: { frameId: frame.id, title: frame.title, enabled: true },
        overrideAccess: true,
      })
      written++
    } else if (row.title !== frame.title) {
      await payload.update({
        collection: SLUGS.claimFrames,
        id: row.id,
        data: { title: frame.title },
        overrideAccess: true,
        context: { frameTitleOnly: true },
      })
    }
  }
  return written
}

export type ClaimChecks = { frames: ClaimFrame[]; model: ClaimModel | null }

export const loadClaimChecks = async (req: PayloadRequest): Promise<ClaimChecks> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.claimFrames,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { frameId: true, enabled: true, suggestion: true },
    req,
  })
  const settings = docs.map((doc) => ({ id: doc.frameId, enabled: doc.enabled !== false, suggestion: doc.suggestion }))
  const modelSetting = settings.find((setting) => setting.id === LIKELY_CLAIM.id)
  const model = modelSetting?.enabled === false ? null : shippedClaimModel()
  return {
    frames: framesInForce(settings),
    model: model && modelSetting?.suggestion ? { ...model, suggestion: modelSetting.suggestion } : model,
  }
}
