// Payload's session cookie, `<cookiePrefix>-token`, as the browser sends it.

export const sessionCookieName = (cookiePrefix: string): string => `${cookiePrefix}-token`

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** True when the Cookie header carries a non-empty session cookie. */
export const hasSessionCookie = (cookieHeader: string | undefined, name: string): boolean =>
  Boolean(cookieHeader && new RegExp(`(?:^|;\\s*)${escape(name)}=[^;\\s]`).test(cookieHeader))

/** The Cookie header without the session cookie (undefined when nothing else is left). */
export const withoutSessionCookie = (cookieHeader: string | undefined, name: string): string | undefined => {
  const rest = (cookieHeader ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part && !part.startsWith(`${name}=`))
  return rest.length ? rest.join('; ') : undefined
}
