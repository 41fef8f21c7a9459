import { describe, expect, it } from 'vitest'

import { DEFAULT_LEXICON } from '@/compliance/rules/scanners/defaultLexicon'
import { type CorpusItem, formatMeasurement, measure } from '@/compliance/rules/scanners/measure'
import { CORPUS } from '../corpora/scanners'
import { isValidResidentId18 } from '@/compliance/rules/scanners/pii'
import { scanLikelyClaims } from '@/compliance/rules/scanners/claimModel'
import { shippedClaimModel } from '@/compliance/rules/scanners/shippedClaimModel'

describe(measure.name, () => {
  it('should count sentence-code pairs as true positives, false positives and false negatives', () => {
    const corpus: CorpusItem[] = [
      { text: '根治糖尿病', kind: 'campaign', expect: ['banned-claim'] },
      { text: '饭后最好散步半小时', kind: 'article', expect: [] },
      { text: '手机13812345678', kind: 'article', expect: [] },
      { text: '普通的一句话', kind: 'article', expect: ['pii-email'] },
    ]
    const result = measure(corpus, DEFAULT_LEXICON)
    expect(result.perCode['banned-claim']).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 })
    expect(result.perCode['pii-phone']).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0 })
    expect(result.perCode['pii-email']).toMatchObject({ tp: 0, fp: 0, fn: 1, recall: 0 })
    expect(result.overall).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 })
    expect(result.mistakes.map((m) => [m.index, m.missed, m.unexpected])).toEqual([
      [2, [], ['pii-phone']],
      [3, ['pii-email'], []],
    ])
    expect(formatMeasurement(result)).toContain('overall')
  })

  it('should reach precision and recall of at least 0.95 on the corpus', () => {
    const result = measure(CORPUS, DEFAULT_LEXICON)
    console.log(`corpus: ${CORPUS.length} sentences\n${formatMeasurement(result)}`)
    for (const m of result.mistakes)
      console.log(
        `  mistake #${m.index}: missed [${m.missed.join(',')}] unexpected [${m.unexpected.join(',')}] ${m.text}`,
      )
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.95)
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.95)
  })
})

describe('the claims model on this corpus (written before the model, never trained on)', () => {
  it('should warn on at most 5% of its sentences without a claim', () => {
    const clean = CORPUS.filter((item) => !item.expect.includes('banned-claim'))
    const warned = clean.filter((item) => scanLikelyClaims(item.text, shippedClaimModel(), item.kind).length > 0)
    console.log(`claims model: ${warned.length} of ${clean.length} sentences without a claim warned`)
    expect(warned.length / clean.length).toBeLessThanOrEqual(0.05)
  })
})

describe('CORPUS', () => {
  it('should hold at least 320 distinct sentences, roughly 45% of them with violations', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(320)
    expect(new Set(CORPUS.map((item) => item.text)).size).toBe(CORPUS.length)
    const share = CORPUS.filter((item) => item.expect.length > 0).length / CORPUS.length
    expect(share).toBeGreaterThan(0.38)
    expect(share).toBeLessThan(0.52)
  })

  it('should give the expected resident IDs valid check digits', () => {
    for (const item of CORPUS.filter((i) => i.expect.includes('pii-id-number'))) {
      const ids = item.text.replace(/\s/g, '').match(/\d{17}[\dXx]/g) ?? []
      for (const id of ids) expect(isValidResidentId18(id), `${id} in ${item.text}`).toBe(true)
    }
  })
})
