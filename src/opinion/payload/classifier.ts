// The opinion desk's classifier in the product: the enabled monitoring rules, the hospital's and
// its doctors' names, and the pieces a mention links to, read once per request.
import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { env } from '@/env'
import { type Classification, type ContentKey, type MonitoringRule, classifyMention } from '../rules/classify'
import { linkedSlugs } from '../rules/mentionRows'

type Classifier = { rules: MonitoringRule[]; hospitalNames: string[]; doctorNames: string[] }

const CONTEXT_KEY = 'opinionClassifier'

const loadClassifier = async (req: PayloadRequest): Promise<Classifier> => {
  const [rules, doctors] = await Promise.all([
    req.payload.find({
      collection: SLUGS.monitoringRules,
      where: { enabled: { equals: true } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    }),
    req.payload.find({
      collection: SLUGS.doctors,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { name: true },
    }),
  ])
  return {
    rules: rules.docs.map((rule) => ({
      id: rule.id,
      terms: rule.terms ?? [],
      exclude: Boolean(rule.exclude),
      severityFloor: rule.severityFloor ?? undefined,
    })),
    hospitalNames: [env.hospitalName],
    doctorNames: doctors.docs.map((d) => String(d.name ?? '')).filter((n) => n.length >= 2),
  }
}

/** Our published pieces the text links to by path: articles by slug, stories by id. */
const linkedPieces = async (req: PayloadRequest, text: string): Promise<ContentKey[]> => {
  const links = linkedSlugs(text, [SLUGS.articles, SLUGS.patientStories])
  const slugs = links.filter((l) => l.collection === SLUGS.articles).map((l) => l.slug)
  const storyIds = links
    .filter((l) => l.collection === SLUGS.patientStories && /^\d{1,15}$/.test(l.slug))
    .map((l) => l.slug)
  const keys: ContentKey[] = []
  if (slugs.length) {
    const articles = await req.payload.find({
      collection: SLUGS.articles,
      where: { slug: { in: slugs } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { slug: true },
    })
    for (const a of articles.docs)
      keys.push({ collection: SLUGS.articles, id: a.id, keys: [`/${SLUGS.articles}/${a.slug}`] })
  }
  if (storyIds.length) {
    const stories = await req.payload.find({
      collection: SLUGS.patientStories,
      where: { id: { in: storyIds } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { pseudonym: true },
    })
    for (const s of stories.docs)
      keys.push({ collection: SLUGS.patientStories, id: s.id, keys: [`/${SLUGS.patientStories}/${s.id}`] })
  }
  return keys
}

export const classifyInRequest = async (
  req: PayloadRequest,
  mention: { text: string; url?: string | null; engagement?: number | null },
): Promise<Classification> => {
  const context = req.context as { [CONTEXT_KEY]?: Classifier }
  context[CONTEXT_KEY] ??= await loadClassifier(req)
  const content = await linkedPieces(req, `${mention.text}\n${mention.url ?? ''}`)
  return classifyMention(mention, { ...context[CONTEXT_KEY], content })
}
