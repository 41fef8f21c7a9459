import { describe, expect, it } from 'vitest'

import { adCertificateProblems } from './adCertificate'

const at = new Date('2026-11-23T00:00:00Z')

describe(adCertificateProblems.name, () => {
  it('should ask nothing of content that is not a medical advertisement', () => {
    expect(adCertificateProblems({ medicalAd: false }, at)).toEqual([])
  })
  it('should require the certificate number and its validity date', () => {
    expect(adCertificateProblems({ medicalAd: true }, at)).toEqual(['ad-certificate-missing'])
    expect(
      adCertificateProblems({ medicalAd: true, adCertificateNumber: ' ', adCertificateValidUntil: '2027-01-01' }, at),
    ).toEqual(['ad-certificate-missing'])
    expect(
      adCertificateProblems({ medicalAd: true, adCertificateNumber: '（粤）医广【2026】第12-01-001号' }, at),
    ).toEqual(['ad-certificate-missing'])
  })
  it('should refuse an expired certificate and accept a valid one', () => {
    expect(
      adCertificateProblems({ medicalAd: true, adCertificateNumber: 'X', adCertificateValidUntil: '2026-11-22' }, at),
    ).toEqual(['ad-certificate-expired'])
    expect(
      adCertificateProblems({ medicalAd: true, adCertificateNumber: 'X', adCertificateValidUntil: '2027-11-22' }, at),
    ).toEqual([])
  })
})
