// 投稿: what a patient, a family member, a member of staff or a partner sends, and what may happen
// to it. The validation of the public form's input and the triage state machine. Pure.

export const SUBMISSION_KINDS = ['story', 'clip', 'tip', 'proposal'] as const
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number]

export const SUBMITTER_ROLES = ['patient', 'family', 'staff', 'partner'] as const
export type SubmitterRole = (typeof SUBMITTER_ROLES)[number]
/** Staff send from the admin, signed in; the public form takes the others. */
export const PUBLIC_SUBMITTER_ROLES: readonly SubmitterRole[] = ['patient', 'family', 'partner']

/** What of a patient the consent lets the hospital use. */
export const CONSENT_USES = ['text', 'photos', 'voice', 'face'] as const
export type ConsentUse = (typeof CONSENT_USES)[number]

export const SUBMISSION_STATUSES = [
  'received',
  'changes-requested',
  'accepted',
  'declined',
  'published',
  'withdrawn',
] as const
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number]

export type SubmissionAction = 'accept' | 'request-changes' | 'decline' | 'revise' | 'publish' | 'take-down'

const TRANSITIONS: Record<SubmissionAction, { from: readonly SubmissionStatus[]; to: SubmissionStatus }> = {
  accept: { from: ['received'], to: 'accepted' },
  'request-changes': { from: ['received'], to: 'changes-requested' },
  decline: { from: ['received', 'changes-requested'], to: 'declined' },
  revise: { from: ['changes-requested'], to: 'received' },
  // A piece withdrawn from the public and published again (after a fresh review) is published again.
  publish: { from: ['accepted', 'withdrawn'], to: 'published' },
  /** The piece made from it was withdrawn (by a publisher, an incident, a revoked consent). */
  'take-down': { from: ['published'], to: 'withdrawn' },
}

/** The status an action leads to, or null when it may not be taken from this status. */
export const nextStatus = (from: SubmissionStatus, action: SubmissionAction): SubmissionStatus | null =>
  TRANSITIONS[action].from.includes(from) ? TRANSITIONS[action].to : null

/** Story and clip submissions by a patient or their family are about a patient: they need a consent. */
export const needsConsent = (kind: SubmissionKind, role: SubmitterRole): boolean =>
  (kind === 'story' || kind === 'clip') && (role === 'patient' || role === 'family')

/** Below this age a guardian signs (个人信息保护法 art. 31). */
export const GUARDIAN_AGE = 14

export const LIMITS = {
  title: { min: 4, max: 60 },
  body: { min: 20, max: 5_000 },
  name: { min: 1, max: 40 },
  organisation: { min: 0, max: 80 },
  relationship: { min: 1, max: 20 },
  months: { min: 1, max: 36 },
} as const

export type ConsentInput = {
  patientName: string
  patientAgeYears: number
  guardianName?: string
  guardianRelationship?: string
  uses: ConsentUse[]
  channels: string[]
  months: number
  signedName: string
  textVersion: string
  textHash: string
}

export type SubmissionInput = {
  kind: SubmissionKind
  submitterRole: SubmitterRole
  title: string
  body: string
  name: string
  contact: string
  organisation?: string
  department?: string | number
  consent?: ConsentInput
  /** 参与共创激励: the sender agreed to earn points and honours for what is published (default no). */
  incentivesOptIn?: boolean
}

export type InputProblem = {
  code:
    | 'submission-field-invalid'
    | 'submission-contact-invalid'
    | 'submission-consent-required'
    | 'submission-consent-not-agreed'
    | 'submission-guardian-required'
    | 'submission-signature-mismatch'
  field: string
  params?: Record<string, string | number>
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problem: InputProblem }

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}$/
const MOBILE = /^(?:\+?86[- ]?)?1[3-9]\d{9}$/

export type ContactKind = 'email' | 'mobile'
export const contactKind = (contact: string): ContactKind | null => {
  const value = contact.trim()
  if (EMAIL.test(value)) return 'email'
  if (MOBILE.test(value.replace(/[\s-]/g, ''))) return 'mobile'
  return null
}

const invalid = (
  field: string,
  params: Record<string, string | number> = {},
): { ok: false; problem: InputProblem } => ({
  ok: false,
  problem: { code: 'submission-field-invalid', field, params },
})

type Bounds = { min: number; max: number }
const text = (value: unknown, field: string, bounds: Bounds): Validated<string> => {
  if (typeof value !== 'string') return invalid(field, bounds)
  const trimmed = value.trim()
  const length = [...trimmed].length
  if (length < bounds.min || length > bounds.max) return invalid(field, bounds)
  return { ok: true, value: trimmed }
}

const oneOf = <T extends string>(value: unknown, options: readonly T[], field: string): Validated<T> =>
  typeof value === 'string' && (options as readonly string[]).includes(value)
    ? { ok: true, value: value as T }
    : invalid(field, { options: options.join(', ') })

const someOf = <T extends string>(value: unknown, options: readonly T[], field: string): Validated<T[]> => {
  if (!Array.isArray(value) || value.length === 0 || value.length > options.length) return invalid(field)
  if (!value.every((v) => typeof v === 'string' && (options as readonly string[]).includes(v))) return invalid(field)
  return { ok: true, value: [...new Set(value as T[])] }
}

const integer = (value: unknown, field: string, bounds: Bounds): Validated<number> =>
  typeof value === 'number' && Number.isInteger(value) && value >= bounds.min && value <= bounds.max
    ? { ok: true, value }
    : invalid(field, bounds)

/** Same name as typed, ignoring spaces and letter case (a signature, not a spelling test). */
const sameName = (a: string, b: string) => a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase()

const validateConsent = (
  raw: unknown,
  channelKinds: readonly string[],
  current: { version: string; hash: string },
): Validated<ConsentInput> => {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, problem: { code: 'submission-consent-required', field: 'consent' } }
  const c = raw as Record<string, unknown>
  if (c.agreed !== true)
    return { ok: false, problem: { code: 'submission-consent-not-agreed', field: 'consent.agreed' } }
  const patientName = text(c.patientName, 'consent.patientName', LIMITS.name)
  if (!patientName.ok) return patientName
  const age = integer(c.patientAgeYears, 'consent.patientAgeYears', { min: 0, max: 130 })
  if (!age.ok) return age
  const uses = someOf(c.uses, CONSENT_USES, 'consent.uses')
  if (!uses.ok) return uses
  const channels = someOf(c.channels, channelKinds, 'consent.channels')
  if (!channels.ok) return channels
  const months = integer(c.months, 'consent.months', LIMITS.months)
  if (!months.ok) return months
  const signedName = text(c.signedName, 'consent.signedName', LIMITS.name)
  if (!signedName.ok) return signedName
  if (c.textVersion !== current.version || c.textHash !== current.hash)
    return invalid('consent.textHash', { version: current.version })

  const value: ConsentInput = {
    patientName: patientName.value,
    patientAgeYears: age.value,
    uses: uses.value,
    channels: channels.value,
    months: months.value,
    signedName: signedName.value,
    textVersion: current.version,
    textHash: current.hash,
  }
  if (age.value < GUARDIAN_AGE) {
    const guardian = text(c.guardianName, 'consent.guardianName', LIMITS.name)
    const relationship = text(c.guardianRelationship, 'consent.guardianRelationship', LIMITS.relationship)
    if (!guardian.ok || !relationship.ok)
      return { ok: false, problem: { code: 'submission-guardian-required', field: 'consent.guardianName' } }
    if (!sameName(signedName.value, guardian.value))
      return { ok: false, problem: { code: 'submission-signature-mismatch', field: 'consent.signedName' } }
    return { ok: true, value: { ...value, guardianName: guardian.value, guardianRelationship: relationship.value } }
  }
  if (!sameName(signedName.value, patientName.value))
    return { ok: false, problem: { code: 'submission-signature-mismatch', field: 'consent.signedName' } }
  return { ok: true, value }
}

/**
 * The public form's input, checked field by field in the order the form shows them; the first
 * problem is reported with the field it concerns. Unknown members are ignored, never stored.
 */
export const validateSubmission = (
  raw: unknown,
  {
    roles = PUBLIC_SUBMITTER_ROLES,
    channelKinds,
    consentText,
  }: {
    roles?: readonly SubmitterRole[]
    channelKinds: readonly string[]
    consentText: { version: string; hash: string }
  },
): Validated<SubmissionInput> => {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return invalid('kind')
  const r = raw as Record<string, unknown>
  const kind = oneOf(r.kind, SUBMISSION_KINDS, 'kind')
  if (!kind.ok) return kind
  const role = oneOf(r.submitterRole, roles, 'submitterRole')
  if (!role.ok) return role
  const title = text(r.title, 'title', LIMITS.title)
  if (!title.ok) return title
  const body = text(r.body, 'body', LIMITS.body)
  if (!body.ok) return body
  const name = text(r.name, 'name', LIMITS.name)
  if (!name.ok) return name
  if (typeof r.contact !== 'string' || !contactKind(r.contact))
    return { ok: false, problem: { code: 'submission-contact-invalid', field: 'contact' } }
  const organisation =
    r.organisation === undefined || r.organisation === null || r.organisation === ''
      ? { ok: true as const, value: undefined }
      : text(r.organisation, 'organisation', LIMITS.organisation)
  if (!organisation.ok) return organisation
  const absent = (value: unknown) => value === undefined || value === null || value === ''
  const wellFormedId = (value: unknown): value is string | number =>
    (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) ||
    (typeof value === 'string' && /^[\w-]{1,64}$/.test(value))
  if (!absent(r.department) && !wellFormedId(r.department)) return invalid('department')
  const department = wellFormedId(r.department) ? r.department : undefined
  if (!absent(r.incentivesOptIn) && typeof r.incentivesOptIn !== 'boolean') return invalid('incentivesOptIn')

  const value: SubmissionInput = {
    kind: kind.value,
    submitterRole: role.value,
    title: title.value,
    body: body.value,
    name: name.value,
    contact: r.contact.trim(),
    ...(organisation.value ? { organisation: organisation.value } : {}),
    ...(department !== undefined ? { department } : {}),
    ...(r.incentivesOptIn === true ? { incentivesOptIn: true } : {}),
  }
  if (!needsConsent(kind.value, role.value)) return { ok: true, value }
  const consent = validateConsent(r.consent, channelKinds, consentText)
  if (!consent.ok) return consent
  return { ok: true, value: { ...value, consent: consent.value } }
}
