// Structural rules every consent must satisfy: a child's consent is the guardian's (PIPL art.
// 31), sensitive health information needs its own stated purpose (art. 29–30), the period must
// make sense, and a revocation is final.

export const GUARDIAN_CONSENT_BELOW_AGE = 14

export type ConsentStatus = 'active' | 'revoked' | 'expired' | 'erased'

export type ConsentShape = {
  patientAgeYears?: number | null
  guardianName?: string | null
  guardianRelationship?: string | null
  purposes?: readonly string[] | null
  sensitivePurposeStatement?: string | null
  validFrom?: string | Date | null
  validUntil?: string | Date | null
  status?: ConsentStatus | null
}

export type ConsentProblem = 'guardian-required' | 'sensitive-purpose-missing' | 'dates' | 'revocation-final'

const blank = (value: string | null | undefined) => !value?.trim()

export const consentProblems = (consent: ConsentShape, previousStatus?: ConsentStatus | null): ConsentProblem[] => {
  const problems: ConsentProblem[] = []
  const age = consent.patientAgeYears
  if (
    typeof age === 'number' &&
    age < GUARDIAN_CONSENT_BELOW_AGE &&
    (blank(consent.guardianName) || blank(consent.guardianRelationship))
  ) {
    problems.push('guardian-required')
  }
  if (consent.purposes?.includes('sensitive-health-info') && blank(consent.sensitivePurposeStatement)) {
    problems.push('sensitive-purpose-missing')
  }
  if (
    consent.validFrom &&
    consent.validUntil &&
    new Date(consent.validUntil).getTime() <= new Date(consent.validFrom).getTime()
  ) {
    problems.push('dates')
  }
  if (previousStatus === 'revoked' && consent.status !== 'revoked') problems.push('revocation-final')
  return problems
}

/** A consent that covers publishing now: active, started and not yet ended. */
export const consentIsValidAt = (consent: ConsentShape, at: Date): boolean =>
  consent.status === 'active' &&
  Boolean(consent.validFrom && consent.validUntil) &&
  new Date(consent.validFrom!).getTime() <= at.getTime() &&
  new Date(consent.validUntil!).getTime() > at.getTime()

export type ConsentCoverageProblem = 'consent-missing' | 'consent-expired' | 'consent-revoked' | 'consent-scope'

export type ConsentScope = ConsentShape & { allowedChannels?: readonly string[] | null }

/**
 * Whether a consent covers publishing a story now, on these channels, for this use: linked,
 * active, in its period, every intended channel allowed, and publicity purposes for promotion.
 */
export const consentCoverage = (
  consent: ConsentScope | null | undefined,
  use: { channels: readonly string[]; promotional: boolean; at: Date },
): ConsentCoverageProblem[] => {
  if (!consent) return ['consent-missing']
  if (consent.status === 'revoked') return ['consent-revoked']
  if (!consentIsValidAt(consent, use.at)) return ['consent-expired']
  const allowed = consent.allowedChannels ?? []
  const purposes = consent.purposes ?? []
  const channelsCovered = use.channels.every((channel) => allowed.includes(channel))
  const purposeCovered = purposes.includes('health-education') || purposes.includes('publicity')
  const promotionCovered = !use.promotional || purposes.includes('publicity')
  return channelsCovered && purposeCovered && promotionCovered ? [] : ['consent-scope']
}
