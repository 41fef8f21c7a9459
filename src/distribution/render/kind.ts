// The contract between the renderer and one channel kind's builder, and the pieces several
// builders share (the body as inert plain text, fitting a body into a length limit).
import type { Limits } from '../rules/constraints'
import { lexicalToBlocks, lexicalToText, type RichBlock, type TextOptions } from '../rules/richText'
import type { ChannelSettings, MediaRef, RenderInput, Rendering } from '../rules/types'
import type { UtmParams } from '../rules/utm'
import type { BaseContext } from './context'
import { plainSafe } from './helpers'
import type { KindTemplates } from './templates'

export type RenderJob = {
  input: RenderInput
  channel: ChannelSettings
  limits: Limits
  base: BaseContext
  templates: KindTemplates
  utm: UtmParams
  timeZone: string
  resolveMedia: (id: string) => MediaRef | null
}

export type KindOutput = Omit<Rendering, 'violations'>

export type KindRenderer = (job: RenderJob) => KindOutput | Promise<KindOutput>

/** The body as plain text with every user character made inert. */
export const plainBody = (job: RenderJob, options: TextOptions = {}): string =>
  plainSafe(lexicalToText(job.input.body, options))

const inertBlock = (block: RichBlock): RichBlock => {
  switch (block.type) {
    case 'list':
      return { ...block, text: plainSafe(block.text), items: block.items.map(plainSafe) }
    case 'image':
      return { ...block, alt: plainSafe(block.alt), text: plainSafe(block.text) }
    default:
      return { ...block, text: plainSafe(block.text) }
  }
}

/** The body's blocks with their text made inert. */
export const plainBlocks = (job: RenderJob, options: TextOptions = {}): RichBlock[] =>
  lexicalToBlocks(job.input.body, { ...options, resolveMedia: job.resolveMedia }).map(inertBlock)

const SENTENCE_END = /[。！？；!?;]/g
const LINE_END = /\n/g

const lastMatch = (text: string, pattern: RegExp): number => {
  let last = -1
  for (const match of text.matchAll(pattern)) last = match.index
  return last
}

/**
 * A prefix of `text` no longer than `end`, cut after the last full stop in its second half, or
 * else after the last line end there (a heading alone at the end of an excerpt reads badly).
 */
export const clipAtSentence = (text: string, end: number): string => {
  const prefix = text.slice(0, end)
  const sentence = lastMatch(prefix, SENTENCE_END)
  if (sentence >= prefix.length / 2) return prefix.slice(0, sentence + 1).trimEnd()
  const line = lastMatch(prefix, LINE_END)
  return (line >= prefix.length / 2 ? prefix.slice(0, line) : prefix).trimEnd()
}

/**
 * Renders a post with the whole body text, and when that is over `max`, again with the body cut
 * at a sentence end (the template marks it as an excerpt) until it fits. Social posts point to
 * the full reviewed text; the editor's title and attribution are never cut. When even an empty
 * excerpt would not fit, the whole post comes back and the constraint check reports it.
 */
export const fitBody = (
  bodyText: string,
  render: (bodyText: string, truncated: boolean) => string,
  measure: (text: string) => number,
  max: number,
  /** The string index at which `text` reaches `budget` of the platform's characters. */
  indexAt: (text: string, budget: number) => number,
): string => {
  const whole = render(bodyText, false)
  const length = measure(whole)
  if (length <= max) return whole
  let budget = measure(bodyText) - (length - max)
  for (let attempt = 0; attempt < 8 && budget > 0; attempt++) {
    const candidate = render(clipAtSentence(bodyText, indexAt(bodyText, budget)), true)
    const over = measure(candidate) - max
    if (over <= 0) return candidate
    budget -= over + 1
  }
  return whole
}
