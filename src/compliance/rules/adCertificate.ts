// 医疗广告审查证明: a piece published as a medical advertisement needs its certificate number and
// a validity date that has not passed (certificates last one year). Pure.

export type AdCertificateProblem = 'ad-certificate-missing' | 'ad-certificate-expired'

export type AdCertificateShape = {
  medicalAd?: boolean | null
  adCertificateNumber?: string | null
  adCertificateValidUntil?: string | Date | null
}

export const adCertificateProblems = (doc: AdCertificateShape, at: Date): AdCertificateProblem[] => {
  if (!doc.medicalAd) return []
  if (!doc.adCertificateNumber?.trim() || !doc.adCertificateValidUntil) return ['ad-certificate-missing']
  return new Date(doc.adCertificateValidUntil).getTime() <= at.getTime() ? ['ad-certificate-expired'] : []
}
