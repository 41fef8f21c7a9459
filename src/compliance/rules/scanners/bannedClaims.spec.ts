import { describe, expect, it } from 'vitest'

import { isClaimInContext, lexiconPatternError, scanBannedClaims } from './bannedClaims'
import { DEFAULT_CONTEXT_RULES } from './contextRules'
import { DEFAULT_LEXICON } from './defaultLexicon'
import type { ContentKind, LexiconEntry } from './types'

const scan = (text: string, kind: ContentKind = 'campaign') => scanBannedClaims(text, DEFAULT_LEXICON, kind)

describe(scanBannedClaims.name, () => {
  const mustFlag: [string, string][] = [
    ['根治糖尿病', 'efficacy-guarantee'],
    ['包治百病', 'efficacy-guarantee'],
    ['药到病除', 'efficacy-guarantee'],
    ['无副作用', 'efficacy-guarantee'],
    ['100%有效', 'efficacy-guarantee'],
    ['永不复发', 'efficacy-guarantee'],
    ['治愈率高达95%', 'cure-rate'],
    ['有效率98%', 'cure-rate'],
    ['全市最好的医院', 'absolute'],
    ['国内第一', 'absolute'],
    ['国家级专家团队', 'absolute'],
    ['顶级设备', 'absolute'],
    ['比XX医院效果更好', 'comparison'],
    ['优于其他医院', 'comparison'],
    ['患者亲述', 'endorsement'],
    ['患者感谢信', 'endorsement'],
    ['专家推荐使用', 'endorsement'],
  ]
  for (const [text, category] of mustFlag) {
    it(`should flag “${text}” as ${category}`, () => {
      const findings = scan(text)
      expect(findings.map((f) => f.category)).toContain(category)
      for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.match)
    })
  }

  const mustNotFlag = [
    '饭后最好散步半小时',
    '最好在医生指导下用药',
    '第一步：测量血压',
    '第一剂疫苗',
    '第一时间拨打急救电话',
    '第一次产检',
    '高血压目前无法根治，需要长期管理',
    '不能保证百分之百有效',
    '没有任何药物是无副作用的',
    '130/85mmHg',
    '100毫升',
  ]
  for (const text of mustNotFlag) {
    it(`should not flag “${text}”`, () => {
      for (const kind of ['article', 'patient-story', 'campaign'] as const) expect(scan(text, kind)).toEqual([])
    })
  }

  it('should block endorsements in campaigns and warn about them elsewhere', () => {
    for (const text of ['患者亲述', '患者感谢信', '专家推荐使用']) {
      expect(scan(text, 'campaign').map((f) => f.severity)).toEqual(['block'])
      expect(scan(text, 'article').map((f) => f.severity)).toEqual(['warn'])
      expect(scan(text, 'patient-story').map((f) => f.severity)).toEqual(['warn'])
    }
  })

  it('should flag 国家级 only in campaigns', () => {
    expect(scan('国家级专家团队', 'campaign')).toHaveLength(1)
    expect(scan('本院获评国家级胸痛中心', 'article')).toEqual([])
  })

  it('should find terms hidden by spaces, punctuation, zero-width characters, full-width or traditional forms', () => {
    for (const text of [
      '包 治百病',
      '包-治百病',
      '包·治百病',
      '包\u200b治百病',
      '藥到病除',
      '１００％有效',
      '包 - 治',
    ]) {
      const findings = scan(text)
      expect(findings).toHaveLength(1)
      expect(findings[0].match).toBe(text.slice(findings[0].start, findings[0].end))
    }
  })

  it('should report offsets into the original text', () => {
    const text = '本院专治皮肤病，包 治 百 病，藥到病除！'
    const findings = scan(text)
    expect(findings.map((f) => f.match)).toEqual(['包 治 百 病', '藥到病除'])
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.match)
  })

  it('should keep the longest match and drop the ones inside it', () => {
    expect(scan('包治百病').map((f) => f.match)).toEqual(['包治百病'])
  })

  it('should give a Chinese message and a suggestion', () => {
    const [finding] = scan('根治糖尿病')
    expect(finding.message).toContain('违规')
    expect(finding.message).toContain('根治')
    expect(finding.suggestion).toContain('有效控制')
  })

  it('should not take surgical terms, debunking or questions for claims', () => {
    for (const text of [
      '患者接受了乳腺癌改良根治术',
      '可考虑根治性放化疗',
      '糖尿病能根治吗？',
      '警惕声称“包治百病”的虚假广告',
      '误区一：痛风可以彻底治愈',
      '所谓的“祖传秘方”往往缺乏科学依据',
    ]) {
      expect(scan(text, 'article')).toEqual([])
    }
  })

  it('should tell advice with 最好/最佳 from a superlative claim', () => {
    expect(scan('预防是最好的治疗', 'article')).toEqual([])
    expect(scan('错过最佳治疗时机', 'article')).toEqual([])
    expect(scan('我院骨科技术最好', 'article')).toHaveLength(1)
    expect(scan('最好的医生，最好的服务', 'campaign')).toHaveLength(1)
  })

  it('should tell enumerations and hospital names with 第一 from a ranking', () => {
    expect(scan('第一，控制饮食；第二，规律运动', 'article')).toEqual([])
    expect(scan('市第一人民医院心内科', 'article')).toEqual([])
    expect(scan('排名全国第一', 'article')).toHaveLength(1)
  })

  it('should skip entries limited to other kinds', () => {
    const lexicon: LexiconEntry[] = [{ term: '测试词', category: 'absolute', severity: 'warn', kinds: ['campaign'] }]
    expect(scanBannedClaims('测试词', lexicon, 'article')).toEqual([])
    expect(scanBannedClaims('测试词', lexicon, 'campaign')).toHaveLength(1)
  })

  it('should match isPattern entries as regular expressions over the normalized text', () => {
    const lexicon: LexiconEntry[] = [{ term: '治愈\\d+例', isPattern: true, category: 'cure-rate', severity: 'block' }]
    const text = '已治愈 ３００ 例患者'
    expect(scanBannedClaims(text, lexicon, 'article')).toEqual([])
    const compact = '已治愈３００例患者'
    const [finding] = scanBannedClaims(compact, lexicon, 'article')
    expect(finding.match).toBe('治愈３００例')
  })

  it('should reject an invalid pattern with a clear error', () => {
    const lexicon: LexiconEntry[] = [{ term: '(', isPattern: true, category: 'absolute', severity: 'warn' }]
    expect(() => scanBannedClaims('任何文本', lexicon, 'article')).toThrow(/Invalid lexicon pattern/)
  })
})

describe(isClaimInContext.name, () => {
  const entry: LexiconEntry = { term: '最好', category: 'absolute', severity: 'warn' }
  it('should require a scope, an institutional subject or an institutional noun for 最好', () => {
    const check = (text: string) => {
      const at = text.indexOf('最好')
      return isClaimInContext(text, at, at + 2, entry, DEFAULT_CONTEXT_RULES)
    }
    expect(check('全市最好的医院')).toBe(true)
    expect(check('本院最好')).toBe(true)
    expect(check('最好的专家')).toBe(true)
    expect(check('饭后最好散步')).toBe(false)
  })

  it('should apply exempting rules before require rules', () => {
    const text = '并不是全市最好的医院'
    const at = text.indexOf('最好')
    expect(isClaimInContext(text, at, at + 2, entry)).toBe(false)
  })
})

describe(lexiconPatternError.name, () => {
  it('should accept every pattern of the default lexicon', () => {
    for (const entry of DEFAULT_LEXICON.filter((e) => e.isPattern))
      expect(lexiconPatternError(entry.term), entry.term).toBeUndefined()
  })

  it('should explain an invalid or empty-matching pattern', () => {
    expect(lexiconPatternError('(')).toBeTruthy()
    expect(lexiconPatternError('a*')).toBe('pattern matches the empty string')
  })
})
