// Email: a complete MIME message (multipart/alternative, an inline-styled HTML part and a plain
// text part) built by nodemailer's MailComposer. The integrator's mailer adds From and To. The
// message id, date and boundaries derive from the distribution and version, so rendering the
// same distribution twice gives the same bytes.
import { createHash } from 'node:crypto'

import MailComposer from 'nodemailer/lib/mail-composer'

import { inlineStyles, lexicalToHtml, STYLE_MAPS } from '../rules/richText'
import { tagHtmlLinks, tagTextLinks } from '../rules/utm'
import { reviewFields } from './context'
import { oneLine, tidyText } from './helpers'
import { type KindRenderer, plainBody } from './kind'

const messageDomain = (url: string | null): string => {
  try {
    return url ? new URL(url).hostname : 'hospital.invalid'
  } catch {
    return 'hospital.invalid'
  }
}

export const renderEmail: KindRenderer = async (job) => {
  const { base, templates, utm, input } = job
  const rich = lexicalToHtml(input.body, { styles: STYLE_MAPS.email, images: 'src', resolveMedia: job.resolveMedia })
  const context = { ...base, bodyHtml: rich.html, bodyText: plainBody(job) }
  const subject = oneLine(templates.render('subject.txt', context))
  const html = tagHtmlLinks(inlineStyles(templates.render('body.html', context), STYLE_MAPS.email), utm)
  const text = tagTextLinks(tidyText(templates.render('body.txt', context)), utm)
  const seed = createHash('sha256').update(`${input.distributionId}:${input.versionHash}`).digest('hex')
  const date = input.publishedAt ?? input.review.lastReviewedAt
  const message = await new MailComposer({
    subject,
    html,
    text,
    messageId: `<${seed.slice(0, 24)}@${messageDomain(base.url)}>`,
    ...(date && !Number.isNaN(Date.parse(date)) ? { date: new Date(date) } : {}),
    baseBoundary: seed.slice(24, 40),
    headers: { 'X-Content-Version': input.versionHash, 'X-Distribution-Id': input.distributionId },
  })
    .compile()
    .build()
  return {
    contentType: 'message/rfc822',
    ext: 'eml',
    body: message.toString('utf8'),
    fields: { subject, html, text, review: reviewFields(base), disclosure: base.disclosure },
  }
}
