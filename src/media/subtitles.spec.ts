import { describe, expect, it } from 'vitest'

import { describeSubtitleProblem, parseSubtitles, subtitleFormat, subtitleText } from './subtitles'

const SRT = [
  '\uFEFF1',
  '00:00:01,000 --> 00:00:03,500',
  '{\\an8}<font color="red">高血压</font>患者要<i>按时</i>服药',
  '',
  '2',
  '00:00:04,000 --> 00:00:06,000',
  '第一行',
  '第二行',
  '',
].join('\r\n')

const VTT = `WEBVTT - 高血压科普

NOTE 字幕由宣传科制作

intro
00:01.000 --> 00:03.500 align:start line:0
<v 张医生>少盐 &amp; 多动</v>

00:00:04.000 --> 00:00:06.000
<c.yellow>每天</c>测量 &lt;两次&gt;
`

const text = async (source: string) => {
  const parsed = await parseSubtitles(source)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem))
  return subtitleText(parsed.cues)
}

describe(subtitleFormat.name, () => {
  it('should tell WebVTT by its header and take anything else for SRT', () => {
    expect(subtitleFormat(VTT)).toBe('vtt')
    expect(subtitleFormat('\uFEFFWEBVTT\n\n')).toBe('vtt')
    expect(subtitleFormat(SRT)).toBe('srt')
    expect(subtitleFormat('WEBVTTX')).toBe('srt')
  })
})

describe(parseSubtitles.name, () => {
  it('should read SRT cues as plain text, markup and placement tags dropped', async () => {
    const parsed = await parseSubtitles(SRT)
    expect(parsed).toMatchObject({ ok: true, format: 'srt' })
    expect(parsed.ok && parsed.cues.map((c) => [c.start, c.end])).toEqual([
      [1, 3.5],
      [4, 6],
    ])
    expect(await text(SRT)).toBe('高血压患者要按时服药\n第一行\n第二行')
  })
  it("should read WebVTT cues with entities decoded and the speaker's name kept", async () => {
    expect(await text(VTT)).toBe('张医生：少盐 & 多动\n每天测量 <两次>')
  })
  it('should refuse an empty file, a WebVTT file without its header and text that is no subtitle file', async () => {
    expect(await parseSubtitles('  \n')).toMatchObject({ ok: false, problem: { kind: 'empty' } })
    expect(await parseSubtitles('WEBVTT\n\n')).toMatchObject({ ok: false, problem: { kind: 'empty' } })
    expect(await parseSubtitles('本院治疗效果最好。')).toMatchObject({ ok: false, problem: { kind: 'empty' } })
  })
  it('should refuse a file with an unreadable time, naming its line', async () => {
    const broken = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n甲\n\n00:00:0x --> 00:00:04.000\n乙\n'
    expect(await parseSubtitles(broken)).toEqual({ ok: false, format: 'vtt', problem: { kind: 'bad-timing', line: 6 } })
  })
  it('should refuse a file whose cue the parser would drop, so no line escapes review', async () => {
    const backwards = '1\n00:00:01,000 --> 00:00:02,000\n甲\n\n2\n00:00:05,000 --> 00:00:03,000\n本院根治高血压\n'
    expect(await parseSubtitles(backwards)).toMatchObject({ ok: false, problem: { kind: 'lost-cues', count: 1 } })
  })
})

describe(describeSubtitleProblem.name, () => {
  it('should say each problem in Chinese and English', () => {
    expect(describeSubtitleProblem({ kind: 'bad-timing', line: 6 })).toEqual({
      zh: '第 6 行的时间轴无法识别',
      en: 'the timing on line 6 cannot be read',
    })
    expect(describeSubtitleProblem({ kind: 'lost-cues', count: 2 }).zh).toContain('2 条')
  })
})
