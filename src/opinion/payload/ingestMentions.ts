// 舆情信息 from monitoring services: a batch checked row by row, each good row written on its own
// (created, updated when its text or figures moved, or unchanged), keyed by platform and source
// id, so sending a batch twice writes nothing new. A bad row is reported with its index and never
// stops the others.
import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { type ErrorCode, errorMessage, type Language } from '@/errors/messages'
import { isUniqueViolation } from '@/reports/payload/uniqueViolation'
import { type MentionProblem, type MentionRow, mentionKey, parseMentionRow } from '../rules/mentionRows'

export type MentionOutcome = 'created' | 'updated' | 'unchanged'
export type MentionIngestResult = {
  accepted: number
  rejected: { index: number; code: ErrorCode; message: string }[]
  results: { index: number; key: string; id: string | number; outcome: MentionOutcome }[]
}

type Stored = {
  id: string | number
  sourceKey?: string | null
  text?: string | null
  url?: string | null
  engagement?: Record<string, number | null | undefined> | null
}

const same = (row: MentionRow, doc: Stored) =>
  doc.text === row.text &&
  (doc.url ?? null) === row.url &&
  (['likes', 'comments', 'shares', 'plays'] as const).every((k) => (doc.engagement?.[k] ?? 0) === row.engagement[k])

export const ingestMentions = async (
  req: PayloadRequest,
  rows: unknown[],
  { language, now = new Date() }: { language: Language; now?: Date },
): Promise<MentionIngestResult> => {
  const rejected: MentionIngestResult['rejected'] = []
  const reject = (index: number, problem: MentionProblem) =>
    rejected.push({ index, code: problem.code, message: errorMessage(problem.code, language, problem.params) })
  const good: { index: number; row: MentionRow; key: string }[] = []
  const seen = new Set<string>()
  rows.forEach((raw, index) => {
    const parsed = parseMentionRow(raw, now)
    if ('problem' in parsed) return reject(index, parsed.problem)
    const key = mentionKey(parsed.row.platform, parsed.row.sourceId)
    if (seen.has(key)) return reject(index, { code: 'mentions-bad-field', params: { field: 'sourceId' } })
    seen.add(key)
    good.push({ index, row: parsed.row, key })
  })
  const existing = new Map<string, Stored>()
  if (good.length) {
    const found = await req.payload.find({
      collection: SLUGS.mentions,
      where: { sourceKey: { in: good.map((g) => g.key) } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of found.docs as Stored[]) if (doc.sourceKey) existing.set(doc.sourceKey, doc)
  }
  const results: MentionIngestResult['results'] = []
  const data = (row: MentionRow) => ({
    platform: row.platform,
    sourceId: row.sourceId,
    url: row.url,
    author: row.author,
    text: row.text,
    postedAt: row.postedAt,
    engagement: row.engagement,
  })
  for (const { index, row, key } of good) {
    const write = async (stored: Stored | undefined): Promise<void> => {
      if (stored) {
        if (same(row, stored)) {
          results.push({ index, key, id: stored.id, outcome: 'unchanged' })
          return
        }
        await req.payload.update({
          collection: SLUGS.mentions,
          id: stored.id,
          data: data(row),
          overrideAccess: true,
          req,
        })
        results.push({ index, key, id: stored.id, outcome: 'updated' })
        return
      }
      const created = await req.payload.create({
        collection: SLUGS.mentions,
        data: data(row),
        overrideAccess: true,
        req,
      })
      results.push({ index, key, id: created.id, outcome: 'created' })
    }
    try {
      try {
        await write(existing.get(key))
      } catch (error) {
        // Another batch created it a moment ago: this one is then an update of it.
        if (!isUniqueViolation(error, 'sourceKey')) throw error
        const { docs } = await req.payload.find({
          collection: SLUGS.mentions,
          where: { sourceKey: { equals: key } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          req,
        })
        await write(docs[0])
      }
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `mention ${index} (${key}) not written` })
      reject(index, { code: 'mentions-write-failed', params: {} })
    }
  }
  rejected.sort((a, b) => a.index - b.index)
  return { accepted: results.length, rejected, results }
}
