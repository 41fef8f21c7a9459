// A video's subtitles (SRT or WebVTT) as reviewable text: parsed with `media-captions`, every cue
// read as plain text (markup dropped, entities decoded, a speaker's name kept), and refused whole
// when a cue cannot be read, so no line can reach viewers without reaching the reviewer. Pure.
import { ParseErrorCode, parseText, tokenizeVTTCue, type VTTNode } from 'media-captions'

export type SubtitleFormat = 'srt' | 'vtt'

export type SubtitleCue = { start: number; end: number; text: string }

export type SubtitleProblem =
  | { kind: 'empty' }
  | { kind: 'bad-header' }
  | { kind: 'bad-timing'; line: number }
  | { kind: 'lost-cues'; count: number }

export type ParsedSubtitles =
  | { ok: true; format: SubtitleFormat; cues: SubtitleCue[] }
  | { ok: false; format: SubtitleFormat; problem: SubtitleProblem }

const BOM = /^\uFEFF/

/** WebVTT files open with "WEBVTT"; anything else is read as SRT. */
export const subtitleFormat = (source: string): SubtitleFormat =>
  /^WEBVTT(?:[ \t\r\n]|$)/.test(source.replace(BOM, '')) ? 'vtt' : 'srt'

// SubRip files from some editors carry ASS override tags such as {\an8} (placement): not text.
const ASS_OVERRIDE = /\{\\[^}]*\}/g

const nodeText = (node: VTTNode): string => {
  if (node.type === 'text') return node.data
  const inner = node.children.map(nodeText).join('')
  // A speaker's name (<v 张医生>) can be shown by players: it is part of what viewers may read.
  return node.type === 'v' && node.voice.trim() ? `${node.voice.trim()}：${inner}` : inner
}

/** How many timing lines ("00:00:01,000 --> 00:00:02,000") the file has: each one opens a cue. */
const timingLines = (source: string): number => source.split(/\r\n|\r|\n/).filter((line) => line.includes('-->')).length

/**
 * Every cue of an SRT or WebVTT file with its times in seconds and its text as viewers read it.
 * A missing WEBVTT header, an unreadable time, or a cue the parser had to drop (for example one
 * that ends before it starts) makes the whole file unreadable.
 */
export const parseSubtitles = async (source: string): Promise<ParsedSubtitles> => {
  const text = source.replace(BOM, '')
  const format = subtitleFormat(text)
  if (text.trim() === '') return { ok: false, format, problem: { kind: 'empty' } }
  const result = await parseText(text, { type: format, errors: true })
  for (const error of result.errors) {
    if (error.code === ParseErrorCode.BadSignature) return { ok: false, format, problem: { kind: 'bad-header' } }
    if (error.code === ParseErrorCode.BadTimestamp || error.code === ParseErrorCode.BadFormat)
      return { ok: false, format, problem: { kind: 'bad-timing', line: error.line } }
  }
  const lost = timingLines(text) - result.cues.length
  if (lost > 0) return { ok: false, format, problem: { kind: 'lost-cues', count: lost } }
  if (result.cues.length === 0) return { ok: false, format, problem: { kind: 'empty' } }
  const cues = result.cues.map((cue) => ({
    start: cue.startTime,
    end: cue.endTime,
    text: tokenizeVTTCue(cue)
      .map(nodeText)
      .join('')
      .replace(ASS_OVERRIDE, '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n'),
  }))
  return { ok: true, format, cues }
}

/** What a reviewer reads and preflight scans: each cue's text on its own line, in order. */
export const subtitleText = (cues: SubtitleCue[]): string =>
  cues
    .map((cue) => cue.text)
    .filter(Boolean)
    .join('\n')

/** A problem in words, Simplified Chinese then English, for the field's error message. */
export const describeSubtitleProblem = (problem: SubtitleProblem): { zh: string; en: string } => {
  switch (problem.kind) {
    case 'empty':
      return { zh: '没有任何字幕条目', en: 'it has no cues' }
    case 'bad-header':
      return { zh: 'WebVTT 文件须以 WEBVTT 开头', en: 'a WebVTT file must start with WEBVTT' }
    case 'bad-timing':
      return { zh: `第 ${problem.line} 行的时间轴无法识别`, en: `the timing on line ${problem.line} cannot be read` }
    case 'lost-cues':
      return {
        zh: `有 ${problem.count} 条字幕的时间轴无效（如结束时间早于开始时间）`,
        en: `${problem.count} cue(s) have invalid timings (for example ending before they start)`,
      }
  }
}
