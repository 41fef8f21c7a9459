// Short-video script for Douyin and WeChat Channels: a title, a caption with open #话题 tags,
// and a shot list made from the body's headings and paragraphs, opened by the disclosure and
// closed by the reviewer's attribution. Delivered as JSON; every sentence a person reads or
// hears comes from the kind's templates.
import { graphemeLength } from '../rules/length'
import { tagTextLinks, tagUrl } from '../rules/utm'
import { reviewFields } from './context'
import { oneLine, safeJson, tidyText } from './helpers'
import { type KindRenderer, plainBlocks } from './kind'
import { videoDocument } from './video'

/** About four Chinese characters a second is a calm narration pace. */
const CHARACTERS_PER_SECOND = 4
/** Longer paragraphs are split into shots of about this many characters, at sentence ends. */
const SHOT_CHARACTERS = 60

type ShotPlan = {
  type: 'intro' | 'heading' | 'paragraph' | 'list' | 'quote' | 'outro'
  text: string
  image: string | null
}

/** Sentences grouped into chunks of at most `max` characters (a longer sentence stays whole). */
export const splitNarration = (text: string, max = SHOT_CHARACTERS): string[] => {
  const sentences = text
    .split(/(?<=[。！？；!?;\n])/)
    .map((s) => s.trim())
    .filter(Boolean)
  const chunks: string[] = []
  for (const sentence of sentences) {
    const last = chunks.at(-1)
    if (last !== undefined && graphemeLength(last) + graphemeLength(sentence) <= max)
      chunks[chunks.length - 1] = last + sentence
    else chunks.push(sentence)
  }
  return chunks
}

export const renderVideoScript: KindRenderer = (job) => {
  const { base, templates, utm } = job
  const text = (name: string, extra: object = {}) =>
    tagTextLinks(tidyText(templates.render(name, { ...base, ...extra })), utm)

  const plans: ShotPlan[] = [{ type: 'intro', text: text('intro.txt'), image: null }]
  let image: string | null = null
  for (const block of plainBlocks(job, { linkUrls: false })) {
    if (block.type === 'image') {
      // A picture shows in the next shot's visual.
      image = block.alt || '配图'
      continue
    }
    const type = block.type === 'code' ? 'paragraph' : block.type
    const narration =
      block.type === 'list' ? `${block.items.map((item) => item.replace(/[。；，,;.]$/, '')).join('；')}。` : block.text
    const parts = block.type === 'heading' ? [block.text] : splitNarration(narration)
    for (const part of parts) {
      plans.push({ type, text: part, image })
      image = null
    }
  }
  plans.push({ type: 'outro', text: text('outro.txt'), image })

  const shots = plans.map((plan, index) => {
    const narration = tagTextLinks(oneLine(plan.text), utm)
    return {
      n: index + 1,
      visual: oneLine(text('visual.txt', { shot: plan })),
      narration,
      seconds: Math.max(plan.type === 'heading' ? 2 : 3, Math.ceil(graphemeLength(narration) / CHARACTERS_PER_SECOND)),
    }
  })
  const title = oneLine(templates.render('title.txt', base))
  const caption = text('caption.txt')
  const review = reviewFields(base)
  const video = videoDocument(job.input.video)
  const document = {
    kind: job.channel.kind,
    title,
    caption,
    topics: base.topics,
    shots,
    totalSeconds: shots.reduce((sum, shot) => sum + shot.seconds, 0),
    disclosure: base.disclosure,
    review,
    references: base.references,
    url: base.url ? tagUrl(base.url, utm) : null,
    // The finished video, when the piece has one: the integrator fetches it and its poster by URL.
    ...(video ? { video } : {}),
    versionHash: base.versionHash,
  }
  return {
    contentType: 'application/json',
    ext: 'json',
    body: safeJson(document),
    fields: {
      title,
      caption,
      shots,
      topics: base.topics,
      review,
      disclosure: base.disclosure,
      ...(video ? { video } : {}),
    },
  }
}
