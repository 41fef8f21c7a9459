import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { contactKind, needsConsent, nextStatus, SUBMISSION_STATUSES, validateSubmission } from './submissionRules'

const consentText = { version: '2026-11', hash: 'h'.repeat(64) }
const options = { channelKinds: ['website', 'wechat-article', 'douyin'], consentText }

const adultConsent = {
  agreed: true,
  patientName: '李桂芳',
  patientAgeYears: 62,
  uses: ['text', 'photos'],
  channels: ['website', 'wechat-article'],
  months: 12,
  signedName: '李桂芳',
  textVersion: consentText.version,
  textHash: consentText.hash,
}
const story = {
  kind: 'story',
  submitterRole: 'patient',
  title: '我的康复之路',
  body: '去年冬天我做了膝关节置换手术，康复科的医生和护士一步步带着我重新学会走路。',
  name: '李女士',
  contact: 'li@example.com',
  consent: adultConsent,
}

describe(validateSubmission.name, () => {
  it('should accept a patient story with the patient signing', () => {
    const result = validateSubmission(story, options)
    expect(result.ok && result.value.consent?.patientName).toBe('李桂芳')
  })
  it('should need a consent for a story or clip about a patient, not for a tip or a proposal', () => {
    expect(validateSubmission({ ...story, consent: undefined }, options)).toMatchObject({
      ok: false,
      problem: { code: 'submission-consent-required' },
    })
    expect(validateSubmission({ ...story, kind: 'tip', consent: undefined }, options).ok).toBe(true)
    expect(needsConsent('proposal', 'partner')).toBe(false)
    expect(needsConsent('clip', 'family')).toBe(true)
  })
  it('should need the guardian to sign for a child under 14', () => {
    const child = { ...adultConsent, patientName: '小明', patientAgeYears: 9, signedName: '小明' }
    expect(validateSubmission({ ...story, consent: child }, options)).toMatchObject({
      ok: false,
      problem: { code: 'submission-guardian-required' },
    })
    const signedByChild = { ...child, guardianName: '王芳', guardianRelationship: '母亲' }
    expect(validateSubmission({ ...story, consent: signedByChild }, options)).toMatchObject({
      ok: false,
      problem: { code: 'submission-signature-mismatch' },
    })
    const signed = { ...signedByChild, signedName: '王 芳' }
    expect(validateSubmission({ ...story, consent: signed }, options).ok).toBe(true)
  })
  it('should refuse an unticked consent, another text version, unknown channels and uses', () => {
    const refuse = (consent: object, code: string, field?: string) =>
      expect(validateSubmission({ ...story, consent: { ...adultConsent, ...consent } }, options)).toMatchObject({
        ok: false,
        problem: { code, ...(field ? { field } : {}) },
      })
    refuse({ agreed: 'yes' }, 'submission-consent-not-agreed')
    refuse({ textHash: 'x' }, 'submission-field-invalid', 'consent.textHash')
    refuse({ channels: ['sms'] }, 'submission-field-invalid', 'consent.channels')
    refuse({ uses: ['dna'] }, 'submission-field-invalid', 'consent.uses')
    refuse({ months: 0 }, 'submission-field-invalid', 'consent.months')
    refuse({ signedName: '别人' }, 'submission-signature-mismatch')
  })
  it('should refuse staff as a public submitter and a contact that is neither e-mail nor mobile', () => {
    expect(validateSubmission({ ...story, submitterRole: 'staff' }, options)).toMatchObject({
      ok: false,
      problem: { field: 'submitterRole' },
    })
    expect(validateSubmission({ ...story, contact: '12345' }, options)).toMatchObject({
      ok: false,
      problem: { code: 'submission-contact-invalid' },
    })
    expect(contactKind('+86 138-0013-8000')).toBe('mobile')
    expect(contactKind('a@b.cn')).toBe('email')
  })
  it('should answer any input with a result and never throw', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const result = validateSubmission(raw, options)
        expect(typeof result.ok).toBe('boolean')
      }),
    )
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(story)), fc.anything()), (patch) => {
        const result = validateSubmission({ ...story, ...patch }, options)
        if (!result.ok) expect(result.problem.field).toMatch(/^[a-zA-Z.]+$/)
      }),
    )
  })
})

describe(nextStatus.name, () => {
  it('should only publish what was accepted and never reopen a declined or published submission', () => {
    expect(nextStatus('accepted', 'publish')).toBe('published')
    expect(nextStatus('received', 'publish')).toBeNull()
    for (const action of ['accept', 'request-changes', 'decline', 'revise', 'publish'] as const) {
      expect(nextStatus('declined', action)).toBeNull()
      expect(nextStatus('published', action)).toBeNull()
    }
    expect(nextStatus('changes-requested', 'revise')).toBe('received')
    expect(SUBMISSION_STATUSES).toContain(nextStatus('received', 'accept'))
  })

  it('should take down only what was published, and publish a taken-down piece again', () => {
    expect(nextStatus('published', 'take-down')).toBe('withdrawn')
    for (const status of SUBMISSION_STATUSES.filter((s) => s !== 'published'))
      expect(nextStatus(status, 'take-down')).toBeNull()
    expect(nextStatus('withdrawn', 'publish')).toBe('published')
    for (const action of ['accept', 'request-changes', 'decline', 'revise', 'take-down'] as const)
      expect(nextStatus('withdrawn', action)).toBeNull()
  })
})
