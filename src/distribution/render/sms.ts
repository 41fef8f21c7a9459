// SMS: 【signature】 first, then the 【广告】-style label when the piece carries one, the title,
// a link to the full piece and, for marketing messages, the opt-out. The reviewer's name goes into
// the text only when it costs no extra segment; it is always in fields.review, since a 70-unit
// message often has no room for it and the attribution lives on the linked page.
import { KIND_RULES } from '../rules/constraints'
import { smsLength, smsSegments } from '../rules/length'
import { tagTextLinks } from '../rules/utm'
import { reviewFields } from './context'
import { oneLine, plainSafe } from './helpers'
import type { KindRenderer } from './kind'

export const renderSms: KindRenderer = (job) => {
  const { base, templates, utm, limits, channel } = job
  const signature = plainSafe((channel.sms.signature ?? '').replace(/[【】]/g, '').trim())
  const marketing = channel.sms.marketing
  const optOut = marketing ? plainSafe((channel.sms.optOut ?? '').trim()) : ''
  // Template lines are joined without spaces (Chinese needs none); a space the template writes stays.
  const message = (attribution: boolean) =>
    tagTextLinks(
      oneLine(templates.render('message.txt', { ...base, signature, optOut, attribution }).replace(/\r?\n/g, '')),
      utm,
    )
  const segmentsOf = (text: string) =>
    smsSegments(smsLength(text), { singleMax: limits.singleMax, segmentMax: limits.segmentMax })
  const without = message(false)
  const withAttribution = base.review.reviewedBy ? message(true) : without
  const body = segmentsOf(withAttribution) <= segmentsOf(without) ? withAttribution : without
  return {
    contentType: 'text/plain; charset=utf-8',
    ext: 'txt',
    body,
    fields: {
      title: base.title,
      length: smsLength(body),
      segments: segmentsOf(body),
      signature,
      optOut: optOut || null,
      marketing,
      // Marketing SMS go out only inside this window (the scheduler applies it, see smsWindow.ts).
      sendWindow: marketing ? { ...KIND_RULES.smsSendWindow, timezone: channel.sms.timezone } : null,
      attributionInText: body === withAttribution && withAttribution !== without,
      review: reviewFields(base),
      references: base.references,
      disclosure: base.disclosure,
    },
  }
}
