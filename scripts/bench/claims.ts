// The claims scanner on the second corpus (#10): recall per claim kind, false flags per trap and
// precision per category, on the tuning three quarters and on the held-aside quarter, then the
// throughput of the banned-claims scan (lexicon + frames) in sentences per second.
//   node --conditions=production --import tsx scripts/bench/claims.ts [--mistakes] [--seconds 5]
import { parseArgs } from 'node:util'

import { DEFAULT_LEXICON } from '../../src/compliance/rules/scanners/defaultLexicon'
import { DEFAULT_FRAMES } from '../../src/compliance/rules/scanners/claimFrames'
import { scanBannedClaims } from '../../src/compliance/rules/scanners/bannedClaims'
import { shippedClaimModel } from '../../src/compliance/rules/scanners/shippedClaimModel'
import {
  type ClaimMeasurement,
  formatClaimMeasurement,
  measureClaims,
} from '../../src/compliance/rules/scanners/measureClaims'
import { CLAIM_CORPUS, CLAIM_CORPUS_HELD_ASIDE, CLAIM_CORPUS_TUNING, SECOND_BATCH } from '../../tests/corpora/claims'

const { values } = parseArgs({
  options: {
    mistakes: { type: 'boolean', default: false },
    'tuning-only': { type: 'boolean', default: false },
    seconds: { type: 'string', default: '5' },
  },
})

// Only the tuning part's mistakes are ever printed: reading the held-aside sentences would make
// their figure a tuned one.
const show = (title: string, m: ClaimMeasurement, mistakes = false) => {
  console.log(`\n== ${title} ==\n${formatClaimMeasurement(m)}`)
  if (!mistakes) return
  for (const x of m.missed) console.log(`  missed [${x.label}/${x.kind}] ${x.text}`)
  for (const x of m.falseFlags)
    console.log(
      `  false  [${x.label}/${x.kind}] ${x.text}  ← ${x.findings.map((f) => `${f.frame ?? f.category}:${f.match}`).join(' | ')}`,
    )
}

const model = shippedClaimModel()
show(
  `tuning (${CLAIM_CORPUS_TUNING.length} sentences; lexicon and frames, no model: the model was trained on them)`,
  measureClaims(CLAIM_CORPUS_TUNING, DEFAULT_LEXICON, undefined, null),
  values.mistakes,
)
// While the frames are being changed, --tuning-only keeps the held-aside figures out of sight.
if (values['tuning-only']) process.exit(0)
show(
  `held aside (${CLAIM_CORPUS_HELD_ASIDE.length} sentences): lexicon, frames and model`,
  measureClaims(CLAIM_CORPUS_HELD_ASIDE, DEFAULT_LEXICON, undefined, model),
)
show(`held aside: lexicon and frames only`, measureClaims(CLAIM_CORPUS_HELD_ASIDE, DEFAULT_LEXICON, undefined, null))
const second = new Set(SECOND_BATCH)
const heldSecond = CLAIM_CORPUS_HELD_ASIDE.filter((item) => second.has(item))
show(
  `held aside, second batch only (${heldSecond.length} sentences, never used to tune)`,
  measureClaims(heldSecond, DEFAULT_LEXICON, undefined, model),
)
show(`held aside, lexicon only (before #10)`, measureClaims(CLAIM_CORPUS_HELD_ASIDE, DEFAULT_LEXICON, [], null))

const seconds = Number(values.seconds)
const texts = CLAIM_CORPUS.map((item) => [item.text, item.kind] as const)
const scan = (text: string, kind: (typeof texts)[number][1]) =>
  scanBannedClaims(text, DEFAULT_LEXICON, kind, undefined, undefined, model)
for (let i = 0; i < 2000; i++) scan(texts[i % texts.length][0], texts[i % texts.length][1])
let count = 0
let chars = 0
const started = process.hrtime.bigint()
const deadline = started + BigInt(seconds * 1e9)
while (process.hrtime.bigint() < deadline) {
  for (let i = 0; i < texts.length; i++) {
    scan(texts[i][0], texts[i][1])
    chars += texts[i][0].length
  }
  count += texts.length
}
const elapsed = Number(process.hrtime.bigint() - started) / 1e9
console.log(
  `\nthroughput: ${Math.round(count / elapsed)} sentences/s (${Math.round(chars / elapsed / 1000)}k characters/s; ` +
    `${DEFAULT_LEXICON.length} lexicon entries, ${DEFAULT_FRAMES.length} frames and the model, one core)`,
)
