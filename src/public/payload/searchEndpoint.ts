// GET /api/search?q=&locale=&collection=&limit=&page= — public search over published articles and
// patient stories: one ranked query on the search index (public rule applied again in it), then
// the page's documents read through Payload as the caller, so collection and field access hold.
import type { Endpoint, PayloadRequest } from 'payload'

import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import type { Article } from '@/payload-types'
import type { ReviewableDoc } from '@/review/payload/reviewable'
import { highlight } from '../rules/searchHighlight'
import { parseSearchRequest } from '../rules/searchRequest'
import { type SearchableSlug, searchIndex, searchSupported } from './searchIndex'

/** What a hit shows of its document, in the locale searched (a story has no slug or summary). */
type HitDoc = Pick<ReviewableDoc, 'id' | 'title' | 'publishedAt'> & Partial<Pick<Article, 'slug' | 'summary'>>

const SELECT: Record<SearchableSlug, Record<string, true>> = {
  articles: { title: true, slug: true, summary: true, publishedAt: true },
  'patient-stories': { title: true, publishedAt: true },
}

const searchParamsOf = (req: PayloadRequest): URLSearchParams => {
  if (req.searchParams) return req.searchParams
  return new URL(req.url ?? '/', 'http://localhost').searchParams
}

export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const language = pickLanguage(req.i18n?.language)
    const localization = req.payload.config.localization
    const locales = localization ? localization.localeCodes : ['zh-CN']
    const parsed = parseSearchRequest(searchParamsOf(req), locales, localization ? localization.defaultLocale : 'zh-CN')
    if ('code' in parsed) {
      const { code, ...params } = parsed
      throw new CodedError(code, 400, language, params, code.startsWith('search-query') ? 'q' : undefined)
    }
    if (!searchSupported(req.payload))
      return Response.json({ docs: [], totalDocs: 0, page: parsed.page, limit: parsed.limit })
    const { hits, total } = await searchIndex(req.payload, parsed)

    // The page's documents through Payload as the caller: what access hides is left out.
    const loaded = new Map<string, HitDoc>()
    for (const collection of new Set(hits.map((hit) => hit.collection))) {
      const ids = hits.filter((hit) => hit.collection === collection).map((hit) => hit.id)
      const { docs } = await req.payload.find({
        collection: collection,
        where: { id: { in: ids } },
        locale: parsed.locale as never,
        fallbackLocale: false,
        depth: 0,
        limit: ids.length,
        pagination: false,
        overrideAccess: false,
        select: SELECT[collection] as never,
        req,
      })
      for (const doc of docs as HitDoc[]) loaded.set(`${collection}|${doc.id}`, doc)
    }

    const docs = hits.flatMap((hit) => {
      const doc = loaded.get(`${hit.collection}|${hit.id}`)
      if (!doc) return []
      const highlights: Record<string, string> = {}
      for (const field of ['title', 'summary', 'body'] as const) {
        const marked = highlight(hit[field], parsed.parts)
        if (marked !== undefined) highlights[field] = marked
      }
      return [
        {
          collection: hit.collection,
          id: doc.id,
          slug: doc.slug ?? null,
          locale: hit.locale,
          title: doc.title ?? null,
          summary: doc.summary ?? null,
          publishedAt: doc.publishedAt ?? null,
          highlights,
          score: hit.score,
        },
      ]
    })
    return Response.json({ docs, totalDocs: total, page: parsed.page, limit: parsed.limit })
  },
}
