/**
 * Precision/recall of the compliance text scanners on the hand-written corpus.
 * Run: npx tsx scripts/scanner-report.ts [--mistakes]
 */
import { CORPUS } from '../tests/corpora/scanners'
import { DEFAULT_LEXICON } from '../src/compliance/rules/scanners/defaultLexicon'
import { formatMeasurement, measure } from '../src/compliance/rules/scanners/measure'

const result = measure(CORPUS, DEFAULT_LEXICON)
const withViolations = CORPUS.filter((item) => item.expect.length > 0).length

console.log(
  `Corpus: ${CORPUS.length} sentences, ${withViolations} with violations, ${CORPUS.length - withViolations} clean`,
)
console.log('')
console.log(formatMeasurement(result))

if (result.mistakes.length > 0) {
  console.log('')
  console.log(`Mistakes (${result.mistakes.length}):`)
  for (const m of result.mistakes) {
    const parts = [
      m.missed.length ? `missed ${m.missed.join(',')}` : '',
      m.unexpected.length ? `unexpected ${m.unexpected.join(',')}` : '',
    ].filter(Boolean)
    const found = m.findings.map((f) => `${f.code}:“${f.match}”`).join(' ')
    console.log(`  #${m.index} [${m.kind}] ${parts.join('; ')} — ${m.text}${found ? `  (found ${found})` : ''}`)
  }
}
