// Reads a long run of ledger entries or metrics rows a page at a time, by key (seq or id) rather
// than by offset and without counting, so memory stays one page and no page costs more than the first.
import type { PayloadRequest, Where } from 'payload'

import { SLUGS } from '../../../collections/slugs'

const PAGE = 2000

export const eachLedgerPage = async <T extends Record<string, true>>(
  req: PayloadRequest,
  where: Where,
  select: T,
  onPage: (docs: Record<keyof T | 'id' | 'seq', unknown>[]) => void,
) => {
  for (let after = 0; ;) {
    const { docs } = await req.payload.find({
      collection: SLUGS.pointLedger,
      where: { and: [where, { seq: { greater_than: after } }] },
      select: { ...select, seq: true },
      sort: 'seq',
      limit: PAGE,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    onPage(docs as never)
    if (docs.length < PAGE) return
    after = Number(docs[docs.length - 1].seq)
  }
}

export const eachMetricsPage = async <T extends Record<string, true>>(
  req: PayloadRequest,
  where: Where,
  select: T,
  onPage: (docs: Record<keyof T | 'id', unknown>[]) => void,
) => {
  for (let after: number | string | null = null; ;) {
    const { docs }: { docs: { id: number | string }[] } = await req.payload.find({
      collection: SLUGS.channelMetrics,
      where: after === null ? where : { and: [where, { id: { greater_than: after } }] },
      select,
      sort: 'id',
      limit: PAGE,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    onPage(docs as never)
    if (docs.length < PAGE) return
    after = docs[docs.length - 1].id
  }
}
