// The lexicon as the scanners want it, read from the banned-claims collection; on an empty
// collection the shipped starting lexicon is written first, so a new install is never unguarded.
import type { Payload, PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { DEFAULT_LEXICON } from '../rules/scanners/defaultLexicon'
import type { LexiconEntry } from '../rules/scanners/types'

export const ensureDefaultLexicon = async (payload: Payload): Promise<number> => {
  const { totalDocs } = await payload.count({ collection: SLUGS.bannedClaims, overrideAccess: true })
  if (totalDocs > 0) return 0
  for (const entry of DEFAULT_LEXICON) {
    await payload.create({
      collection: SLUGS.bannedClaims,
      data: {
        term: entry.term,
        isPattern: entry.isPattern ?? false,
        category: entry.category,
        severity: entry.severity,
        suggestion: entry.suggestion,
        kinds: entry.kinds,
        enabled: true,
      },
      overrideAccess: true,
    })
  }
  return DEFAULT_LEXICON.length
}

export const loadLexicon = async (req: PayloadRequest): Promise<LexiconEntry[]> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.bannedClaims,
    where: { enabled: { equals: true } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({
    term: doc.term,
    isPattern: doc.isPattern ?? false,
    category: doc.category,
    severity: doc.severity,
    suggestion: doc.suggestion ?? undefined,
    kinds: doc.kinds?.length ? doc.kinds : undefined,
  }))
}
