// Xiaohongshu note, delivered as JSON ({ title, body, tags, images, … }) because the app keeps
// title, text and tags apart and a note is built around its images. The note text names no
// links (the app does not follow them) and is cut at a sentence end to fit its limit.
import { graphemeSlice, xiaohongshuLength } from '../rules/length'
import { tagTextLinks } from '../rules/utm'
import { reviewFields } from './context'
import { oneLine, plainSafe, safeJson, tidyText } from './helpers'
import { fitBody, type KindRenderer, plainBody } from './kind'

export const renderXiaohongshu: KindRenderer = (job) => {
  const { base, templates, utm, limits, input } = job
  const tags = base.topics
  const note = (bodyText: string, truncated: boolean) =>
    tagTextLinks(tidyText(templates.render('body.txt', { ...base, tags, bodyText, truncated })), utm)
  const bodyText = plainBody(job, { blockSeparator: '\n', linkUrls: false })
  const text = limits.bodyMax
    ? fitBody(bodyText, note, xiaohongshuLength, limits.bodyMax, (t, budget) => graphemeSlice(t, budget).length)
    : note(bodyText, false)
  const title = oneLine(templates.render('title.txt', base))
  const images = [input.cover, ...input.images]
    .filter((m, i, all): m is NonNullable<typeof m> => m !== null && all.findIndex((o) => o?.id === m.id) === i)
    .map((m) => ({ mediaId: m.id, url: m.sizes.portrait ?? m.url, alt: plainSafe(oneLine(m.alt ?? '')) }))
  const review = reviewFields(base)
  const document = {
    title,
    body: text,
    tags,
    images,
    disclosure: base.disclosure,
    review,
    references: base.references,
    versionHash: base.versionHash,
  }
  return {
    contentType: 'application/json',
    ext: 'json',
    body: safeJson(document),
    fields: { title, text, tags, images, review, disclosure: base.disclosure },
  }
}
