// Preflight: the automatic checks a version passes before a person reviews it — banned claims,
// personal information, disguised advertising (scanners) and completeness.
import type { PayloadRequest } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { patientNamesOf } from '@/privacy/payload/patientNames'
import { adCertificateProblems } from '@/compliance/rules/adCertificate'
import { articleCompleteness, certificateFindings, storyCompleteness } from '@/compliance/rules/completeness'
import { loadClaimChecks } from '@/compliance/payload/loadFrames'
import { loadLexicon } from '@/compliance/payload/loadLexicon'
import { lexicalToText } from '@/compliance/rules/richText'
import { scanText } from '@/compliance/rules/scanners'
import type { ContentKind, Finding } from '@/compliance/rules/scanners/types'
import { idOf, idsOf } from '@/db/relationIds'
import { env } from '@/env'
import { pickLanguage } from '@/errors/messages'
import { parseSubtitles, subtitleText } from '@/media/subtitles'
import {
  type AllLocales,
  DEFAULT_LOCALE,
  inLocale,
  type LocaleMap,
  type ReviewableFields,
  type ReviewableSlug,
} from './reviewable'
import type { ReviewContext } from './reviewContext'

export type PreflightFinding = {
  code: string
  severity: 'block' | 'warn'
  message: string
  field?: string
  locale?: string
  start?: number
  end?: number
  match?: string
  suggestion?: string
}

type TextField = { name: 'title' | 'summary' | 'pseudonym' | 'body' | 'subtitles'; read?: 'rich' | 'subtitles' }

// Subtitles are read as the viewer reads them: every cue's text, one per line, without timings.
const TEXT_FIELDS: Record<ReviewableSlug, TextField[]> = {
  articles: [
    { name: 'title' },
    { name: 'summary' },
    { name: 'body', read: 'rich' },
    { name: 'subtitles', read: 'subtitles' },
  ],
  'patient-stories': [
    { name: 'title' },
    { name: 'pseudonym' },
    { name: 'body', read: 'rich' },
    { name: 'subtitles', read: 'subtitles' },
  ],
}

/** Field values per locale: localised fields arrive as {locale: value}, others as the value. */
const perLocale = (value: unknown): [string, unknown][] =>
  value && typeof value === 'object' && !('root' in value) && !Array.isArray(value)
    ? Object.entries(value as Record<string, unknown>)
    : [[DEFAULT_LOCALE, value]]

const textOf = async (value: unknown, read: TextField['read']): Promise<string> => {
  if (read === 'rich') return lexicalToText(value)
  if (typeof value !== 'string') return ''
  if (read !== 'subtitles') return value
  // Saves refuse unreadable subtitles; one stored before that rule is still scanned, as it stands.
  const parsed = await parseSubtitles(value)
  return parsed.ok ? subtitleText(parsed.cues) : value
}

/** The reviewable text of a document read with every locale: field → locale → plain text. */
export const reviewableTexts = async (
  slug: ReviewableSlug,
  doc: AllLocales,
): Promise<Record<string, Record<string, string>>> => {
  const fields: ReviewableFields = doc
  const texts: Record<string, Record<string, string>> = {}
  for (const field of TEXT_FIELDS[slug]) {
    for (const [locale, value] of perLocale(fields[field.name])) {
      const text = await textOf(value, field.read)
      if (text) (texts[field.name] ??= {})[locale] = text
    }
  }
  return texts
}

export const contentKind = (slug: ReviewableSlug, promotional: boolean): ContentKind => {
  if (promotional) return 'campaign'
  return slug === SLUGS.articles ? 'article' : 'patient-story'
}

export const runPreflight = async (
  req: PayloadRequest,
  slug: ReviewableSlug,
  doc: AllLocales,
  context: ReviewContext,
): Promise<PreflightFinding[]> => {
  const language = pickLanguage(req.i18n?.language)
  const fields: ReviewableFields = doc
  const kind = contentKind(slug, context.promotional)
  const lexicon = await loadLexicon(req)
  const { frames, model } = await loadClaimChecks(req)

  const patientNames: string[] = []
  const consentId = slug === SLUGS.patientStories ? idOf(fields.consent) : null
  if (consentId !== null) {
    patientNames.push(...((await patientNamesOf(req, consentId)) ?? []))
  }

  const findings: PreflightFinding[] = []
  for (const [field, locales] of Object.entries(await reviewableTexts(slug, doc))) {
    for (const [locale, text] of Object.entries(locales)) {
      const found: Finding[] = scanText(text, {
        kind,
        lexicon,
        frames,
        model,
        patientNames,
        publishedNumbers: env.publishedNumbers,
      })
      findings.push(...found.map((f) => ({ ...f, field, locale })))
    }
  }

  const imageIds = slug === SLUGS.articles ? [idOf(fields.cover)].filter((id) => id !== null) : idsOf(fields.media)
  const images = imageIds.length
    ? (
        await inLocale(req, DEFAULT_LOCALE, () =>
          req.payload.find({
            collection: SLUGS.media,
            where: { id: { in: imageIds } },
            locale: DEFAULT_LOCALE,
            pagination: false,
            depth: 0,
            overrideAccess: true,
            req,
          }),
        )
      ).docs.map((m) => ({
        alt: typeof m.alt === 'string' ? m.alt : ((m.alt as LocaleMap<string> | null)?.[DEFAULT_LOCALE] ?? null),
      }))
    : []
  const completeness =
    slug === SLUGS.articles
      ? articleCompleteness(doc, images, language)
      : storyCompleteness(doc, context.consentProblems, images, language)
  findings.push(...completeness, ...certificateFindings(adCertificateProblems(doc, new Date()), language))
  return findings
}
