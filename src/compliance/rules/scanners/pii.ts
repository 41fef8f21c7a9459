import { findingMessage } from './messages'
import { type Normalized, normalizeForMatching, toOriginalSpan } from './normalize'
import type { ContentKind, Finding, FindingCode, Severity } from './types'

/**
 * Personal information detectors. They run on the normalized text (full-width digits and
 * punctuation folded, see normalize.ts) and report offsets in the original text.
 */
export type PiiOptions = {
  kind: ContentKind
  /** Real names of the patients in the content; found also with spaces between characters or in traditional form. */
  patientNames?: string[]
  /** The hospital's own published numbers (hotlines, switchboard) and addresses: never flagged. */
  publishedNumbers?: string[]
}

// ── checksums and plausibility ──

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** The check character (0-9 or X) of an 18-character resident ID, from its first 17 digits. */
export function idCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('idCheckDigit needs 17 digits')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]
  return ID_CHECK[sum % 11]
}

/** Province-level codes (first two digits) of mainland resident IDs, plus 71/81/82/83 residence permits. */
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83,
])

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= days
}

function plausibleBirthDate(year: number, month: number, day: number, now = new Date()): boolean {
  if (year < 1900 || !isRealDate(year, month, day)) return false
  return Date.UTC(year, month - 1, day) <= now.getTime()
}

/** True for an 18-character resident ID with a known province code, a plausible birth date and a valid check digit. */
export function isValidResidentId18(id: string, now = new Date()): boolean {
  const s = id.toUpperCase()
  if (!/^\d{17}[\dX]$/.test(s)) return false
  if (!PROVINCE_CODES.has(Number(s.slice(0, 2)))) return false
  if (!plausibleBirthDate(Number(s.slice(6, 10)), Number(s.slice(10, 12)), Number(s.slice(12, 14)), now)) return false
  return idCheckDigit(s.slice(0, 17)) === s[17]
}

/** True for a 15-digit (pre-1999) resident ID with a known province code and a plausible 19YYMMDD birth date. */
export function isValidResidentId15(id: string): boolean {
  if (!/^\d{15}$/.test(id)) return false
  if (!PROVINCE_CODES.has(Number(id.slice(0, 2)))) return false
  return isRealDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)))
}

/** Looks like a resident ID (province code and birth date) whatever its check digit. */
function hasResidentIdShape(digits: string): boolean {
  if (digits.length !== 18) return false
  return (
    PROVINCE_CODES.has(Number(digits.slice(0, 2))) &&
    plausibleBirthDate(Number(digits.slice(6, 10)), Number(digits.slice(10, 12)), Number(digits.slice(12, 14)))
  )
}

/** Luhn (mod 10) check of a digit string. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = Number(digits[i])
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return sum % 10 === 0
}

// ── detectors (on normalized text) ──

type Candidate = { code: FindingCode; start: number; end: number }

const NO_ALNUM_BEFORE = '(?<![0-9a-z])'
const NO_ALNUM_AFTER = '(?![0-9a-z])'

const ID18 = new RegExp(`${NO_ALNUM_BEFORE}(\\d{6})[ -]?(\\d{8})[ -]?(\\d{3}[0-9x])${NO_ALNUM_AFTER}`, 'g')
const ID15 = new RegExp(`${NO_ALNUM_BEFORE}\\d{15}${NO_ALNUM_AFTER}`, 'g')
const BANK_CARD = new RegExp(
  `${NO_ALNUM_BEFORE}(?:\\d{16,19}|\\d{4}(?:[ -]\\d{4}){3}(?:[ -]?\\d{1,3})?)${NO_ALNUM_AFTER}`,
  'g',
)
const MOBILE = new RegExp(
  `(?<![0-9a-z+])(?:\\(?(?:\\+|00)?86\\)?[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}${NO_ALNUM_AFTER}`,
  'g',
)
const LANDLINE = new RegExp(
  `${NO_ALNUM_BEFORE}(?:\\((0\\d{2,3})\\)[ -]?|(0\\d{2,3})[ -])([1-9]\\d{2,3})[ -]?(\\d{4})${NO_ALNUM_AFTER}`,
  'g',
)
/** An e-mail address at the start of a string (the scan anchors it around each `@`, see detectEmails). */
const EMAIL_AT_START =
  /^[a-z0-9](?:[a-z0-9._%+-]*[a-z0-9_%+-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}/
const EMAIL_LOCAL_CHAR = /[a-z0-9._%+-]/
const EMAIL_DOMAIN_CHAR = /[a-z0-9.-]/
/** RFC 5321 limits, which also keep the scan linear on long runs of letters. */
const EMAIL_MAX_LOCAL = 64
const EMAIL_MAX_DOMAIN = 255

/** Labels of medical record and insurance identifiers, with the fewest digits their identifier has. */
export const RECORD_LABELS: { label: string; minDigits: number }[] = [
  { label: '病历号', minDigits: 4 },
  { label: '病案号', minDigits: 4 },
  { label: '住院号', minDigits: 4 },
  { label: '门诊号', minDigits: 4 },
  { label: '就诊号', minDigits: 4 },
  { label: '就诊卡号', minDigits: 4 },
  { label: '医保卡号', minDigits: 4 },
  { label: '医保号', minDigits: 4 },
  { label: '社保卡号', minDigits: 4 },
  { label: '社保号', minDigits: 4 },
  { label: '登记号', minDigits: 4 },
  { label: '档案号', minDigits: 4 },
  { label: '检查号', minDigits: 4 },
  { label: '床位号', minDigits: 1 },
  { label: '床号', minDigits: 1 },
]

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const RECORD_IDENTIFIER = '([a-z]{0,4}-?\\d(?:[\\d-]*\\d)?[a-z]?)'
const RECORD_CN = new RegExp(
  `(${RECORD_LABELS.map((l) => escape(l.label))
    .sort((a, b) => b.length - a.length)
    .join('|')})(?:码)?\\s*(?:[:#]|是|为)?\\s*${RECORD_IDENTIFIER}${NO_ALNUM_AFTER}`,
  'g',
)
/** "ID: 0012345", "患者ID 0012345", "No. 2026001234", "No.2026001234" (6+ digits without a separator). */
const RECORD_LATIN = new RegExp(
  `(?<![a-z])(?:(?:id|no\\.?)(?:号|号码)?\\s*[:#]\\s*|(?:id|no\\.)\\s+|no\\.(?=\\d{6}))${RECORD_IDENTIFIER}${NO_ALNUM_AFTER}`,
  'g',
)

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++
    else yield m
  }
}

const digitsOf = (s: string) => s.replace(/\D/g, '')

function detectIds(n: string): Candidate[] {
  const out: Candidate[] = []
  for (const m of matches(ID18, n)) {
    if (isValidResidentId18(m[1] + m[2] + m[3]))
      out.push({ code: 'pii-id-number', start: m.index, end: m.index + m[0].length })
  }
  for (const m of matches(ID15, n)) {
    if (isValidResidentId15(m[0])) out.push({ code: 'pii-id-number', start: m.index, end: m.index + m[0].length })
  }
  return out
}

function detectBankCards(n: string): Candidate[] {
  const out: Candidate[] = []
  for (const m of matches(BANK_CARD, n)) {
    const digits = digitsOf(m[0])
    if (digits.length < 16 || digits.length > 19) continue
    if (hasResidentIdShape(digits)) continue
    if (luhnValid(digits)) out.push({ code: 'pii-bank-card', start: m.index, end: m.index + m[0].length })
  }
  return out
}

function detectMobiles(n: string): Candidate[] {
  return [...matches(MOBILE, n)].map((m) => ({
    code: 'pii-phone' as const,
    start: m.index,
    end: m.index + m[0].length,
  }))
}

function validAreaCode(code: string): boolean {
  return code.length === 3 ? /^0(?:10|2\d)$/.test(code) : /^0[3-9]\d\d$/.test(code)
}

function detectLandlines(n: string): Candidate[] {
  const out: Candidate[] = []
  for (const m of matches(LANDLINE, n)) {
    const area = m[1] ?? m[2]
    const local = m[3] + m[4]
    if (!validAreaCode(area) || local.length < 7 || local.length > 8) continue
    out.push({ code: 'pii-landline', start: m.index, end: m.index + m[0].length })
  }
  return out
}

function detectEmails(n: string): Candidate[] {
  const out: Candidate[] = []
  for (let at = n.indexOf('@'); at >= 0; at = n.indexOf('@', at + 1)) {
    let start = at
    while (start > 0 && at - start <= EMAIL_MAX_LOCAL && EMAIL_LOCAL_CHAR.test(n[start - 1])) start--
    if (at - start > EMAIL_MAX_LOCAL) continue
    while (start < at && !/[a-z0-9]/.test(n[start])) start++
    let end = at + 1
    while (end < n.length && end - at <= EMAIL_MAX_DOMAIN && EMAIL_DOMAIN_CHAR.test(n[end])) end++
    const m = EMAIL_AT_START.exec(n.slice(start, end))
    if (m) out.push({ code: 'pii-email', start, end: start + m[0].length })
  }
  return out
}

function detectRecordNumbers(n: string): Candidate[] {
  const out: Candidate[] = []
  for (const m of matches(RECORD_CN, n)) {
    const label = RECORD_LABELS.find((l) => l.label === m[1])
    if (digitsOf(m[2]).length >= (label?.minDigits ?? 4)) {
      out.push({ code: 'pii-record-number', start: m.index, end: m.index + m[0].length })
    }
  }
  for (const m of matches(RECORD_LATIN, n)) {
    if (digitsOf(m[1]).length >= 4) out.push({ code: 'pii-record-number', start: m.index, end: m.index + m[0].length })
  }
  return out
}

function detectPatientNames(norm: Normalized, names: string[]): Candidate[] {
  const out: Candidate[] = []
  const n = norm.normalized
  for (const name of names) {
    const needle = normalizeForMatching(name).normalized.replace(/\s+/g, '')
    if ([...needle].length < 2) continue
    for (let at = n.indexOf(needle); at >= 0; at = n.indexOf(needle, at + needle.length)) {
      out.push({ code: 'pii-patient-name', start: at, end: at + needle.length })
    }
  }
  return out
}

/** Detector order is priority: a later detector's match overlapping an earlier one's is dropped. */
const NUMBER_DETECTORS: Array<(n: string) => Candidate[]> = [
  detectIds,
  detectEmails,
  detectRecordNumbers,
  detectBankCards,
  detectLandlines,
  detectMobiles,
]

function stripCountryCode(digits: string): string {
  return digits.replace(/^(?:0086|86)(?=1[3-9]\d{9}$)/, '')
}

function isPublished(code: FindingCode, match: string, published: string[]): boolean {
  if (published.length === 0) return false
  if (code === 'pii-email') return published.some((p) => p.trim().toLowerCase() === match.trim().toLowerCase())
  const digits = stripCountryCode(digitsOf(match))
  if (!digits) return false
  return published.some((p) => {
    const pub = stripCountryCode(digitsOf(normalizeForMatching(p).normalized))
    if (!pub) return false
    if (pub === digits) return true
    // The same number written with or without its area code.
    return (pub.length >= 7 && digits.endsWith(pub)) || (digits.length >= 7 && pub.endsWith(digits))
  })
}

const ALWAYS_BLOCK: FindingCode[] = ['pii-id-number', 'pii-bank-card', 'pii-record-number', 'pii-patient-name']

export function piiSeverity(code: FindingCode, kind: ContentKind): Severity {
  if (ALWAYS_BLOCK.includes(code)) return 'block'
  return kind === 'patient-story' ? 'block' : 'warn'
}

export function scanPii(text: string, options: PiiOptions): Finding[] {
  const norm = normalizeForMatching(text)
  const n = norm.normalized
  const published = options.publishedNumbers ?? []

  const kept: Candidate[] = []
  for (const detect of NUMBER_DETECTORS) {
    for (const c of detect(n)) {
      if (kept.some((k) => c.start < k.end && k.start < c.end)) continue
      kept.push(c)
    }
  }
  kept.push(...detectPatientNames(norm, options.patientNames ?? []))

  const findings: Finding[] = []
  for (const c of kept) {
    const span = toOriginalSpan(text, norm, c.start, c.end)
    const match = text.slice(span.start, span.end)
    if (c.code !== 'pii-patient-name' && isPublished(c.code, n.slice(c.start, c.end), published)) continue
    findings.push({
      code: c.code,
      severity: piiSeverity(c.code, options.kind),
      start: span.start,
      end: span.end,
      match,
      message: findingMessage(c.code, 'zh'),
    })
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end)
}
