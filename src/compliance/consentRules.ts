// Structural rules every consent must satisfy (PIPL art. 31: under-14s need their guardian).

export const GUARDIAN_CONSENT_BELOW_AGE = 14

export type ConsentShape = {
  patientAgeYears?: number | null
  guardianName?: string | null
  guardianRelationship?: string | null
  validFrom?: string | Date | null
  validUntil?: string | Date | null
}

export type ConsentProblem = 'guardian-required' | 'dates'

export const consentProblems = (consent: ConsentShape): ConsentProblem[] => {
  const problems: ConsentProblem[] = []
  const age = consent.patientAgeYears
  if (typeof age === 'number' && age < GUARDIAN_CONSENT_BELOW_AGE) {
    if (!consent.guardianName?.trim() || !consent.guardianRelationship?.trim()) {
      problems.push('guardian-required')
    }
  }
  if (consent.validFrom && consent.validUntil) {
    if (new Date(consent.validUntil).getTime() <= new Date(consent.validFrom).getTime()) {
      problems.push('dates')
    }
  }
  return problems
}
