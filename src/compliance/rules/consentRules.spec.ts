import { describe, expect, it } from 'vitest'

import { consentCoverage, consentIsValidAt, consentProblems } from './consentRules'

const valid = { patientAgeYears: 45, validFrom: '2026-01-01', validUntil: '2027-01-01', status: 'active' as const }

describe(consentProblems.name, () => {
  it('should find nothing wrong with an adult consent with a valid period', () => {
    expect(consentProblems(valid)).toEqual([])
  })
  it('should require the guardian for a patient under 14', () => {
    expect(consentProblems({ ...valid, patientAgeYears: 13 })).toEqual(['guardian-required'])
    expect(consentProblems({ ...valid, patientAgeYears: 8, guardianName: '张某', guardianRelationship: ' ' })).toEqual([
      'guardian-required',
    ])
    expect(
      consentProblems({ ...valid, patientAgeYears: 8, guardianName: '张某', guardianRelationship: '母亲' }),
    ).toEqual([])
  })
  it('should not require a guardian at 14', () => {
    expect(consentProblems({ ...valid, patientAgeYears: 14 })).toEqual([])
  })
  it('should require a stated purpose when sensitive health information is used', () => {
    expect(consentProblems({ ...valid, purposes: ['health-education', 'sensitive-health-info'] })).toEqual([
      'sensitive-purpose-missing',
    ])
    expect(consentProblems({ ...valid, purposes: ['sensitive-health-info'], sensitivePurposeStatement: '  ' })).toEqual(
      ['sensitive-purpose-missing'],
    )
    expect(
      consentProblems({ ...valid, purposes: ['sensitive-health-info'], sensitivePurposeStatement: '用于科普' }),
    ).toEqual([])
    expect(consentProblems({ ...valid, purposes: ['health-education'] })).toEqual([])
  })
  it('should refuse a period that ends on or before its start', () => {
    expect(consentProblems({ ...valid, validUntil: '2026-01-01' })).toEqual(['dates'])
    expect(consentProblems({ ...valid, validUntil: '2025-12-31' })).toEqual(['dates'])
  })
  it('should keep a revocation final', () => {
    expect(consentProblems({ ...valid, status: 'active' }, 'revoked')).toEqual(['revocation-final'])
    expect(consentProblems({ ...valid, status: 'expired' }, 'revoked')).toEqual(['revocation-final'])
    expect(consentProblems({ ...valid, status: 'revoked' }, 'revoked')).toEqual([])
    expect(consentProblems({ ...valid, status: 'active' }, 'expired')).toEqual([])
  })
})

describe(consentIsValidAt.name, () => {
  const at = new Date('2026-06-01T00:00:00Z')
  it('should accept an active consent inside its period', () => {
    expect(consentIsValidAt(valid, at)).toBe(true)
  })
  it('should refuse a revoked, expired, not yet started or lapsed consent', () => {
    expect(consentIsValidAt({ ...valid, status: 'revoked' }, at)).toBe(false)
    expect(consentIsValidAt({ ...valid, status: 'expired' }, at)).toBe(false)
    expect(consentIsValidAt({ ...valid, validFrom: '2026-07-01' }, at)).toBe(false)
    expect(consentIsValidAt({ ...valid, validUntil: '2026-06-01T00:00:00Z' }, at)).toBe(false)
  })
})

describe(consentCoverage.name, () => {
  const at = new Date('2026-06-01T00:00:00Z')
  const consent = {
    ...valid,
    allowedChannels: ['wechat-article', 'website'],
    purposes: ['health-education', 'sensitive-health-info'],
  }
  const use = { channels: ['website'], promotional: false, at }

  it('should pass a valid consent whose channels and purposes cover the use', () => {
    expect(consentCoverage(consent, use)).toEqual([])
  })
  it('should name a missing, revoked or lapsed consent', () => {
    expect(consentCoverage(null, use)).toEqual(['consent-missing'])
    expect(consentCoverage({ ...consent, status: 'revoked' }, use)).toEqual(['consent-revoked'])
    expect(consentCoverage({ ...consent, validUntil: '2026-05-01' }, use)).toEqual(['consent-expired'])
  })
  it('should refuse a channel or a promotional use the patient did not allow', () => {
    expect(consentCoverage(consent, { ...use, channels: ['website', 'douyin'] })).toEqual(['consent-scope'])
    expect(consentCoverage(consent, { ...use, promotional: true })).toEqual(['consent-scope'])
    expect(consentCoverage({ ...consent, purposes: ['publicity'] }, { ...use, promotional: true })).toEqual([])
    expect(consentCoverage({ ...consent, purposes: ['academic'] }, use)).toEqual(['consent-scope'])
  })
})
