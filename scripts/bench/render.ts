// Render throughput per channel kind: the sample health article (about 2,000 Chinese characters
// with headings, lists, a link and an image) through each kind's templates, UTM tagging and
// constraint check, for about two seconds each. Every render stats its template files, as in
// production, so the figures include the check that picks up edited templates.
//
//   node --conditions=production --import tsx scripts/bench/render.ts
//   BENCH_SECONDS=5 BENCH_KINDS=wechat-article,sms node --conditions=production --import tsx scripts/bench/render.ts
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { CHANNEL_KINDS, type ChannelKind } from '../../collections/slugs'
import { createRenderer } from '@/distribution/render/index'
import { sampleChannel, sampleRenderInput } from '@/distribution/render/sample'
import { lexicalToText } from '@/distribution/rules/richText'

const SECONDS = Number(process.env.BENCH_SECONDS || 2)
const KINDS = (process.env.BENCH_KINDS ? process.env.BENCH_KINDS.split(',') : CHANNEL_KINDS) as ChannelKind[]
const WARM_UP = 50

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

const main = async () => {
  const templatesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates')
  const renderer = createRenderer({ templatesDir })
  const input = sampleRenderInput()
  console.log(
    `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}; article of ${[...lexicalToText(input.body)].length} characters; ~${SECONDS} s per kind`,
  )
  const rows: string[][] = []
  for (const kind of KINDS) {
    const channel = sampleChannel(kind)
    for (let i = 0; i < WARM_UP; i++) await renderer.render(input, channel)
    const times: number[] = []
    let bytes = 0
    let violations = 0
    const started = performance.now()
    const until = started + SECONDS * 1000
    while (performance.now() < until) {
      const t = performance.now()
      const rendering = await renderer.render(input, channel)
      times.push(performance.now() - t)
      bytes = Buffer.byteLength(rendering.body)
      violations = rendering.violations.length
    }
    const elapsed = (performance.now() - started) / 1000
    times.sort((a, b) => a - b)
    rows.push([
      kind,
      String(times.length),
      Math.round(times.length / elapsed).toLocaleString('en-US'),
      (times.reduce((sum, t) => sum + t, 0) / times.length).toFixed(2),
      percentile(times, 99).toFixed(2),
      bytes.toLocaleString('en-US'),
      String(violations),
    ])
  }
  const header = ['kind', 'renders', 'renders/s', 'mean ms', 'p99 ms', 'output bytes', 'violations']
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)))
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`
  console.log(line(header))
  console.log(
    `|${widths.map((width, i) => (i === 0 ? ':' + '-'.repeat(width + 1) : '-'.repeat(width + 1) + ':')).join('|')}|`,
  )
  for (const row of rows) console.log(line(row))
}

await main()
