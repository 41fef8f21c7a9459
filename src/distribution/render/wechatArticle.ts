// WeChat official account article: inline-styled HTML the draft API accepts (no scripts, styles,
// classes or external images: body images carry data-media-id for the integrator to upload first),
// with title, author, digest and both cover crops as fields.
import { graphemeSlice } from '../rules/length'
import { inlineStyles, lexicalToHtml, STYLE_MAPS } from '../rules/richText'
import { tagHtmlLinks, tagUrl } from '../rules/utm'
import { reviewFields } from './context'
import { oneLine } from './helpers'
import { type KindRenderer, plainBody } from './kind'

/** WeChat shows the first 54 characters of the body when an article has no digest. */
export const WECHAT_DIGEST_FALLBACK = 54

export const renderWechatArticle: KindRenderer = (job) => {
  const { base, templates, utm } = job
  const rich = lexicalToHtml(job.input.body, {
    styles: STYLE_MAPS.wechat,
    images: 'media-id',
    resolveMedia: job.resolveMedia,
  })
  const context = {
    ...base,
    bodyHtml: rich.html,
    bodyStart: graphemeSlice(oneLine(plainBody(job)), WECHAT_DIGEST_FALLBACK),
  }
  const html = tagHtmlLinks(inlineStyles(templates.render('body.html', context), STYLE_MAPS.wechat), utm)
  return {
    contentType: 'text/html',
    ext: 'html',
    body: html,
    fields: {
      title: oneLine(templates.render('title.txt', context)),
      author: oneLine(templates.render('author.txt', context)),
      digest: oneLine(templates.render('digest.txt', context)),
      coverCrops: { wide: base.cover?.wide ?? null, square: base.cover?.square ?? null },
      uploads: rich.uploads.map(({ mediaId, url }) => ({ mediaId, url })),
      // 阅读原文: the full piece on the hospital site.
      contentSourceUrl: base.url ? tagUrl(base.url, utm) : null,
      review: reviewFields(base),
      disclosure: base.disclosure,
    },
  }
}
