// Website and webhook: one JSON document front-ends and integrations read — the piece's data,
// its body as semantic HTML and as text, and the attribution, references and disclosure both as
// data and inside the templated HTML. The canonical `url` stays untagged; links inside the body
// carry UTM parameters like every other channel's.
import { lexicalToHtml } from '../rules/richText'
import { tagHtmlLinks, tagTextLinks } from '../rules/utm'
import { reviewFields } from './context'
import { oneLine, plainSafe, safeJson, tidyText } from './helpers'
import { type KindRenderer, plainBody } from './kind'
import { videoDocument } from './video'

export const renderWeb: KindRenderer = (job) => {
  const { base, templates, utm, input } = job
  const rich = lexicalToHtml(input.body, { images: 'src', resolveMedia: job.resolveMedia })
  const bodyHtml = tagHtmlLinks(rich.html, utm)
  const context = { ...base, bodyHtml }
  const html = tagHtmlLinks(templates.render('body.html', context), utm)
  const text = tagTextLinks(plainBody(job), utm)
  const mediaOf = (m: NonNullable<typeof input.cover>) => ({
    id: m.id,
    alt: plainSafe(m.alt ?? ''),
    url: m.url,
    sizes: m.sizes,
  })
  const document = {
    collection: input.collection,
    id: input.id,
    slug: input.slug,
    title: base.title,
    summary: base.summary,
    html,
    bodyHtml,
    text,
    layer: base.layer,
    format: base.format,
    pseudonym: base.pseudonym,
    department: base.department,
    authors: base.authors.map(({ name, title, department }) => ({ name, title, department })),
    topics: base.topics,
    audiences: base.audiences,
    review: {
      ...reviewFields(base),
      text: templates.has('review.txt') ? oneLine(tidyText(templates.render('review.txt', context))) : null,
    },
    references: base.references,
    disclosure: base.disclosure,
    medicalAd: base.medicalAd,
    cover: input.cover ? mediaOf(input.cover) : null,
    images: input.images.map(mediaOf),
    ...(input.video ? { video: videoDocument(input.video) } : {}),
    url: base.url,
    campaign: base.campaign,
    hospitalName: base.hospitalName,
    publishedAt: input.publishedAt,
    versionHash: input.versionHash,
  }
  return { contentType: 'application/json', ext: 'json', body: safeJson(document), fields: document }
}
