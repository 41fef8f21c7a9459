// Why a person reads identifying data (issue #13): chosen in the admin when it asks, or sent by an
// API client in the X-Data-Purpose header, and written with every read in the audit trail. Pure.

export const ACCESS_PURPOSES = [
  { value: 'verify-consent', label: { zh: '核实授权内容与范围', en: 'Verify the consent and its scope' } },
  {
    value: 'contact-person',
    label: { zh: '联系本人（患者、监护人或读者）', en: 'Contact the person (patient, guardian or reader)' },
  },
  {
    value: 'handle-request',
    label: { zh: '处理撤回、删除或查阅请求', en: 'Handle a revocation, erasure or access request' },
  },
  { value: 'compliance-audit', label: { zh: '合规审计', en: 'Compliance audit' } },
] as const

export type AccessPurpose = (typeof ACCESS_PURPOSES)[number]['value']

export const PURPOSE_HEADER = 'x-data-purpose'
/** The admin keeps the chosen purpose in this cookie for the rest of the session. */
export const PURPOSE_COOKIE = 'cms-data-purpose'

export const isAccessPurpose = (value: unknown): value is AccessPurpose =>
  typeof value === 'string' && ACCESS_PURPOSES.some((purpose) => purpose.value === value)

const cookieValue = (cookieHeader: string | null, name: string): string | undefined => {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='))
      } catch {
        return undefined
      }
    }
  }
  return undefined
}

/**
 * The purpose a request states. The header counts for every read; the admin's cookie only for one
 * record opened on its own, so an admin list never decrypts (and records) a page of names nobody
 * asked to see. `invalid` when something was sent that is not a known purpose.
 */
export const statedPurpose = (
  headers: { get(name: string): string | null },
  { list }: { list: boolean },
): AccessPurpose | 'invalid' | null => {
  const header = headers.get(PURPOSE_HEADER)
  if (header !== null && header !== '') return isAccessPurpose(header) ? header : 'invalid'
  if (list) return null
  const cookie = cookieValue(headers.get('cookie'), PURPOSE_COOKIE)
  if (cookie === undefined || cookie === '') return null
  return isAccessPurpose(cookie) ? cookie : 'invalid'
}
