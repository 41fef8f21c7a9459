// Honours (称号与徽章): a rule's title when its grant settles, and a balance rule's title when the
// settled balance reaches its threshold; each title once per contributor.
import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import type { IncentiveRule } from '@/payload-types'
import { exclusively } from './ledger'

/** Set on the system's own awards, which keep the rule they came from. */
export const SYSTEM_HONOUR = 'systemHonour'

export const honourKey = (contributor: string | number, title: string) => `${contributor}:${title.trim()}`

export const awardHonour = async (
  req: PayloadRequest,
  contributor: string | number,
  title: string,
  rule: IncentiveRule | null,
  reason: string,
) =>
  exclusively(req, async () => {
    const held = await req.payload.count({
      collection: SLUGS.honours,
      where: { key: { equals: honourKey(contributor, title) } },
      overrideAccess: true,
      req,
    })
    if (held.totalDocs > 0) return null
    return req.payload.create({
      collection: SLUGS.honours,
      data: { contributor: contributor as number, title, reason, rule: rule?.id ?? null },
      overrideAccess: true,
      req,
      context: { [SYSTEM_HONOUR]: true },
    })
  })

export const honoursOf = async (req: PayloadRequest, contributors: (string | number)[]) =>
  contributors.length === 0
    ? []
    : (
        await req.payload.find({
          collection: SLUGS.honours,
          where: { contributor: { in: contributors } },
          sort: 'at',
          pagination: false,
          depth: 0,
          overrideAccess: true,
          req,
        })
      ).docs
