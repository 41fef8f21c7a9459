import { readFileSync } from 'node:fs'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  fitClaimModel,
  LIKELY_CLAIM,
  scanLikelyClaims,
  sentenceSpans,
  trainClaimModel,
} from '@/compliance/rules/scanners/claimModel'
import { scanBannedClaims } from '@/compliance/rules/scanners/bannedClaims'
import { DEFAULT_LEXICON } from '@/compliance/rules/scanners/defaultLexicon'
import { shippedClaimModel } from '@/compliance/rules/scanners/shippedClaimModel'
import { claimTrainingSentences } from '../corpora/claims'

const toy = trainClaimModel(
  [
    { text: '三天见效，无效退款', claim: true },
    { text: '七天告别失眠，效果看得见', claim: true },
    { text: '请按时服药，定期复查', claim: false },
    { text: '饭后散步半小时有助于控制血糖', claim: false },
  ],
  0,
)

describe('the claims model', () => {
  it('should be what `npm run claims:train` writes from the tuning corpus (never hand-edited, never stale)', () => {
    const { model, crossValidated } = fitClaimModel(claimTrainingSentences())
    const committed = JSON.parse(
      readFileSync(new URL('../../src/compliance/rules/scanners/claimModel.json', import.meta.url), 'utf8'),
    )
    expect(committed).toEqual(model)
    expect(crossValidated.falseRate).toBeLessThanOrEqual(0.05)
    expect(shippedClaimModel().threshold).toBe(model.threshold)
  })

  it('should warn, never block, and mark the whole sentence with its evidence', () => {
    const text = '请按时服药。三天见效，无效退款！'
    const findings = scanLikelyClaims(text, toy, 'campaign')
    expect(findings).toHaveLength(1)
    const [f] = findings
    expect(f).toMatchObject({
      code: 'banned-claim',
      severity: 'warn',
      category: 'likely-claim',
      frame: LIKELY_CLAIM.id,
    })
    expect(f.match).toBe('三天见效，无效退款')
    expect(text.slice(f.start, f.end)).toBe(f.match)
    expect(f.message).toMatch(/依据/)
  })

  it('should use a reviewer’s rewording of the suggestion', () => {
    const [f] = scanLikelyClaims('三天见效，无效退款', { ...toy, suggestion: '请复核' }, 'article')
    expect(f.suggestion).toBe('请复核')
  })

  it('should add nothing to a sentence the lexicon or a frame already found', () => {
    const text = '七天告别失眠，无效退款。'
    const withModel = scanBannedClaims(text, DEFAULT_LEXICON, 'campaign', undefined, undefined, toy)
    const without = scanBannedClaims(text, DEFAULT_LEXICON, 'campaign', undefined, undefined, null)
    expect(withModel).toEqual(without)
  })

  it('should split sentences at 。!?; and line breaks and skip fragments under four characters', () => {
    expect(sentenceSpans('第一句话在这里。好!第三句在这里\n第四句也在这里').map(([a, b]) => b - a)).toEqual([7, 6, 7])
  })

  it('should give offsets that slice to the match for any text', () => {
    const model = shippedClaimModel()
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'我院三天见效无效退款，。！\n 姐妹们绝了ABC１２３𠀀'.split('')) }),
        (text) => {
          for (const f of scanLikelyClaims(text, model, 'campaign')) {
            expect(f.severity).toBe('warn')
            expect(text.slice(f.start, f.end)).toBe(f.match)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
