import { describe, expect, it } from 'vitest'

import { consentProblems } from './consentRules'

describe(consentProblems.name, () => {
  const valid = { patientAgeYears: 45, validFrom: '2026-01-01', validUntil: '2027-01-01' }

  it('should find nothing wrong with an adult consent with a valid period', () => {
    expect(consentProblems(valid)).toEqual([])
  })
  it('should require the guardian for a patient under 14', () => {
    expect(consentProblems({ ...valid, patientAgeYears: 13 })).toEqual(['guardian-required'])
    expect(consentProblems({ ...valid, patientAgeYears: 8, guardianName: '张某', guardianRelationship: ' ' })).toEqual(['guardian-required'])
    expect(consentProblems({ ...valid, patientAgeYears: 8, guardianName: '张某', guardianRelationship: '母亲' })).toEqual([])
  })
  it('should not require a guardian at 14', () => {
    expect(consentProblems({ ...valid, patientAgeYears: 14 })).toEqual([])
  })
  it('should refuse a period that ends on or before its start', () => {
    expect(consentProblems({ ...valid, validUntil: '2026-01-01' })).toEqual(['dates'])
    expect(consentProblems({ ...valid, validUntil: '2025-12-31' })).toEqual(['dates'])
  })
})
