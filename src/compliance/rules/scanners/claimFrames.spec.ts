import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { scanBannedClaims } from './bannedClaims'
import {
  type ClaimFrame,
  DEFAULT_FRAMES,
  FRAME_SLOTS,
  formulaSource,
  formulaText,
  frameExpressions,
  framesInForce,
} from './claimFrames'
import { DEFAULT_CONTEXT_RULES } from './contextRules'
import { DEFAULT_LEXICON } from './defaultLexicon'
import type { ContentKind } from './types'

const KINDS: ContentKind[] = ['article', 'patient-story', 'campaign']
const scan = (text: string, kind: ContentKind, frames: readonly ClaimFrame[] = DEFAULT_FRAMES) =>
  scanBannedClaims(text, DEFAULT_LEXICON, kind, DEFAULT_CONTEXT_RULES, frames)

describe('DEFAULT_FRAMES', () => {
  it('should have unique ids, compiling formulas and no slot left unexpanded', () => {
    expect(new Set(DEFAULT_FRAMES.map((f) => f.id)).size).toBe(DEFAULT_FRAMES.length)
    for (const frame of DEFAULT_FRAMES) {
      expect(frameExpressions(frame)).toHaveLength(frame.formulas.length)
      for (const formula of frame.formulas) {
        expect(formulaSource(formula)).not.toMatch(/\{[A-Z_]+\}|…/)
        expect(formulaText(formula)).not.toMatch(/\{[A-Z_]+\}/)
        expect(new RegExp(formulaSource(formula), 'u').test(''), `${frame.id} matches the empty string`).toBe(false)
      }
      expect(frame.examples.length, frame.id).toBeGreaterThan(0)
      expect(frame.fine.length, frame.id).toBeGreaterThan(0)
    }
  })

  it('should give every slot a label and either words or a pattern', () => {
    for (const [name, slot] of Object.entries(FRAME_SLOTS)) {
      expect(slot.label, name).toMatch(/\p{Script=Han}/u)
      expect(('words' in slot && slot.words.length > 0) || 'pattern' in slot, name).toBe(true)
    }
  })

  for (const frame of DEFAULT_FRAMES) {
    it(`${frame.id}: should flag its examples with its own severity in every kind it checks`, () => {
      for (const example of frame.examples) {
        for (const kind of KINDS) {
          const severity = frame.severity[kind]
          if (!severity) continue
          // With the lexicon and every frame something flags it; the frame alone flags it at its severity.
          const findings = scan(example, kind)
          expect(findings.length, `${example} (${kind})`).toBeGreaterThan(0)
          expect(
            scanBannedClaims(example, [], kind, DEFAULT_CONTEXT_RULES, [frame]).some(
              (f) => f.frame === frame.id && f.severity === severity,
            ),
            `${example} (${kind}) by ${frame.id} alone`,
          ).toBe(true)
          for (const f of findings) expect(example.slice(f.start, f.end)).toBe(f.match)
        }
      }
    })

    it(`${frame.id}: should leave its fine sentences alone in every kind`, () => {
      for (const sentence of frame.fine)
        for (const kind of KINDS) expect(scan(sentence, kind), `${sentence} (${kind})`).toEqual([])
    })
  }
})

describe('claim frames on the issue’s sentences', () => {
  const claims: [string, string][] = [
    ['坚持三个月就能扔掉胰岛素', 'implied-cure'],
    ['让无数孩子远离哮喘困扰', 'implied-cure'],
    ['疗效胜过同类进口产品', 'comparison'],
    ['恢复比一般医院的方案更快', 'comparison'],
    ['确保手术零失败', 'guarantee'],
    ['无效全额退还', 'guarantee'],
    ['七天告别失眠', 'time-to-cure'],
    ['两周见效', 'time-to-cure'],
    ['一针管一辈子', 'lifetime'],
    ['有效率超過八成', 'rate-in-words'],
    ['张阿姨说这个疗法让她重新站了起来', 'testimonial'],
  ]
  for (const [text, category] of claims) {
    it(`should block “${text}” in a campaign (${category})`, () => {
      expect(scan(text, 'campaign').some((f) => f.severity === 'block')).toBe(true)
      // Some of them the lexicon finds as well; the frames alone find every one, in their category.
      expect(scanBannedClaims(text, [], 'campaign').map((f) => f.category)).toContain(category)
    })
  }

  it('should leave a cited study figure alone in an article but not in advertising', () => {
    const text = '研究显示，规范治疗的早期患者五年生存率超过九成'
    expect(scan(text, 'article')).toEqual([])
    expect(scan(text, 'campaign').length).toBeGreaterThan(0)
  })

  for (const text of ['任何治疗都不能保证完全有效', '药物不是唯一的办法', '大部分早期乳腺癌经规范治疗可以治愈']) {
    it(`should leave “${text}” alone`, () => {
      for (const kind of KINDS) expect(scan(text, kind)).toEqual([])
    })
  }

  it('should read traditional characters, full-width forms and inserted spaces', () => {
    for (const text of ['七 天 告 別 失 眠', '無效全額退還', '一針管一輩子', '有效率超過８成'])
      expect(scan(text, 'campaign').length, text).toBeGreaterThan(0)
  })

  it('should check testimonials only in promotional material', () => {
    const text = '张阿姨说这个疗法让她重新站了起来'
    expect(scan(text, 'campaign').some((f) => f.category === 'testimonial')).toBe(true)
    expect(scan(text, 'patient-story').some((f) => f.category === 'testimonial')).toBe(false)
    expect(scan(text, 'article').some((f) => f.category === 'testimonial')).toBe(false)
  })

  it('should not let a warning hide a blocking claim inside it', () => {
    // 终身 … is also inside a longer (warning) patient-story match; the block must survive in campaigns.
    const findings = scan('疫苗打一针管一辈子', 'campaign')
    expect(findings.some((f) => f.severity === 'block')).toBe(true)
  })
})

describe(framesInForce.name, () => {
  it('should keep frames without a setting, drop switched-off ones and apply a reworded suggestion', () => {
    const [a, b, c] = DEFAULT_FRAMES
    const inForce = framesInForce(
      [
        { id: a.id, enabled: false },
        { id: b.id, enabled: true, suggestion: '改写' },
        { id: 'unknown', enabled: true },
      ],
      [a, b, c],
    )
    expect(inForce.map((f) => f.id)).toEqual([b.id, c.id])
    expect(inForce[0].suggestion).toBe('改写')
    expect(inForce[1]).toBe(c)
  })
})

describe('claim frames, generated input', () => {
  const examples = DEFAULT_FRAMES.flatMap((f) => f.examples)
  const filler = fc.string({
    unit: fc.constantFrom(...'，。、 的了我院患者医生建议每天坚持三个月一周不能保证ABC123１２３'.split('')),
  })

  it('should always report offsets that slice to the match, whatever surrounds a claim', () => {
    fc.assert(
      fc.property(filler, fc.constantFrom(...examples), filler, fc.constantFrom(...KINDS), (pre, claim, post, kind) => {
        const text = pre + claim + post
        for (const f of scan(text, kind)) {
          expect(f.start).toBeGreaterThanOrEqual(0)
          expect(f.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(f.start, f.end)).toBe(f.match)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('should not count a claim quoted in order to refute it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...examples),
        fc.constantFrom('的说法不可信', '是谣言', '之类的宣传都是误导'),
        fc.constantFrom(...KINDS),
        (claim, debunk, kind) => {
          const text = `网上流传“${claim}”${debunk}。`
          expect(
            scan(text, kind).filter((f) => f.severity === 'block'),
            text,
          ).toEqual([])
        },
      ),
      { numRuns: 300 },
    )
  })
})
