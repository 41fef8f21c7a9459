// What every template sees: the RenderInput flattened into display strings (dates in the hospital's
// zone, authors as lines, only safe reference links), with every user string made inert by
// plainSafe. Keys ending in `Html` are reserved for HTML our own code produced.
import { safeHref } from '../rules/richText'
import type { ChannelSettings, RenderInput } from '../rules/types'
import { cleanTopic, dateInZone, plainSafe } from './helpers'

const str = (value: string | null | undefined): string | null =>
  value === null || value === undefined || value.trim() === '' ? null : plainSafe(value.trim())

/** A reference link we can print: http(s) only (an editor's `javascript:` never becomes a link). */
const webUrl = (value: string | null | undefined): string | null => {
  const href = safeHref(value)
  return href && /^https?:\/\//i.test(href) ? href : null
}

export const baseContext = (input: RenderInput, channel: ChannelSettings, timeZone: string) => {
  const authors = input.authors
    .filter((a) => a.name.trim() !== '')
    .map((a) => {
      const name = plainSafe(a.name.trim())
      const title = str(a.title)
      const department = str(a.department)
      const detail = [department, title].filter(Boolean).join(' ')
      return { name, title, department, line: detail ? `${name}（${detail}）` : name }
    })
  const cover = input.cover
    ? {
        id: input.cover.id,
        alt: plainSafe(input.cover.alt ?? ''),
        url: webUrl(input.cover.url),
        wide: webUrl(input.cover.sizes.wechat),
        square: webUrl(input.cover.sizes.square),
      }
    : null
  return {
    kind: channel.kind,
    channelName: plainSafe(channel.name),
    hospitalName: plainSafe(input.hospitalName),
    title: plainSafe(input.title.trim()),
    summary: str(input.summary),
    url: webUrl(input.url),
    collection: input.collection,
    isStory: input.collection === 'patient-stories',
    layer: input.layer,
    format: input.format,
    pseudonym: str(input.pseudonym),
    department: str(input.department),
    authors,
    authorNames: authors.map((a) => a.name),
    topics: [...new Set(input.topics.map((t) => plainSafe(cleanTopic(t))).filter(Boolean))],
    audiences: input.audiences.map((a) => str(a)).filter((a): a is string => a !== null),
    review: {
      reviewedBy: str(input.review.reviewedBy),
      lastReviewed: dateInZone(input.review.lastReviewedAt, timeZone),
      expires: dateInZone(input.review.reviewExpiresAt, timeZone),
    },
    references: input.references
      .filter((r) => r.title.trim() !== '' || r.source.trim() !== '')
      .map((r) => ({
        title: str(r.title),
        source: str(r.source),
        guideline: str(r.guideline),
        url: webUrl(r.url),
        accessed: dateInZone(r.accessedAt, timeZone),
      })),
    disclosure: str(input.disclosure),
    kol: input.kol ? { name: plainSafe(input.kol.name), paid: input.kol.paid } : null,
    medicalAd: input.medicalAd
      ? {
          certificateNumber: str(input.medicalAd.certificateNumber),
          validUntil: dateInZone(input.medicalAd.validUntil, timeZone),
        }
      : null,
    campaign: input.campaign ? { slug: input.campaign.slug, name: plainSafe(input.campaign.name) } : null,
    cover,
    published: dateInZone(input.publishedAt, timeZone),
    versionHash: input.versionHash,
  }
}

export type BaseContext = ReturnType<typeof baseContext>

/** The attribution every rendering carries in its fields, whatever fits in its text. */
export const reviewFields = (base: BaseContext) => ({
  reviewedBy: base.review.reviewedBy,
  lastReviewedAt: base.review.lastReviewed,
  reviewExpiresAt: base.review.expires,
})
