// Weibo post: plain text with the disclosure and closed #话题# tags first (they must be seen
// before the fold), the body cut at a sentence end when the post would pass its limit, then the
// link to the full piece and the attribution. Fields say where Weibo folds it.
import { WEIBO_URL_WEIGHT, weiboFoldIndex, weiboLength } from '../rules/length'
import { tagTextLinks } from '../rules/utm'
import { reviewFields } from './context'
import { tidyText } from './helpers'
import { fitBody, type KindRenderer, plainBody } from './kind'

export const renderWeibo: KindRenderer = (job) => {
  const { base, templates, utm, limits } = job
  const urlWeight = limits.urlWeight ?? WEIBO_URL_WEIGHT
  const measure = (text: string) => weiboLength(text, { urlWeight })
  const post = (bodyText: string, truncated: boolean) =>
    tagTextLinks(tidyText(templates.render('post.txt', { ...base, bodyText, truncated })), utm)
  const body = limits.bodyMax
    ? fitBody(plainBody(job, { blockSeparator: '\n' }), post, measure, limits.bodyMax, (text, budget) =>
        weiboFoldIndex(text, budget, { urlWeight }),
      )
    : post(plainBody(job, { blockSeparator: '\n' }), false)
  const foldAt = weiboFoldIndex(body, limits.foldAt ?? 140, { urlWeight })
  return {
    contentType: 'text/plain; charset=utf-8',
    ext: 'txt',
    body,
    fields: {
      title: base.title,
      length: measure(body),
      foldAt,
      foldPreview: body.slice(0, foldAt),
      topics: base.topics,
      review: reviewFields(base),
      disclosure: base.disclosure,
    },
  }
}
