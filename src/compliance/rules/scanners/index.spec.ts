import { describe, expect, it } from 'vitest'

import { DEFAULT_LEXICON, scanText } from './index'

describe(scanText.name, () => {
  const text = '陳小華亲述：在本院治疗后永不复发！电话13812345678，身份证440104198503121234，现在体验价仅需99元。'

  it('should return the findings of every scanner sorted by start', () => {
    const findings = scanText(text, { kind: 'patient-story', lexicon: DEFAULT_LEXICON, patientNames: ['陈小华'] })
    expect(findings.map((f) => f.code)).toEqual([
      'pii-patient-name',
      'banned-claim',
      'banned-claim',
      'pii-phone',
      'pii-id-number',
      'disguised-ad',
    ])
    const starts = findings.map((f) => f.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })

  it('should report offsets with text.slice(start, end) === match and a Chinese message', () => {
    const findings = scanText(text, { kind: 'article', lexicon: DEFAULT_LEXICON, patientNames: ['陈小华'] })
    expect(findings.length).toBeGreaterThan(0)
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.match)
      expect(f.message).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('should pass the published numbers on to the PII scanner', () => {
    const notice = '预约电话：020-12345678'
    expect(scanText(notice, { kind: 'article', lexicon: DEFAULT_LEXICON }).map((f) => f.code)).toEqual(['pii-landline'])
    expect(scanText(notice, { kind: 'article', lexicon: DEFAULT_LEXICON, publishedNumbers: ['020-12345678'] })).toEqual(
      [],
    )
  })

  it('should find nothing in clean health education', () => {
    expect(
      scanText('饭后最好散步半小时，血压控制在130/85mmHg以下。', { kind: 'article', lexicon: DEFAULT_LEXICON }),
    ).toEqual([])
  })
})
