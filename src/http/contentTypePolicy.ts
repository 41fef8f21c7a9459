// Where a multipart body may go: only to Payload's own routes that read its `_payload` field
// (and file): document create/update (uploads, the admin's saves) and the auth forms the admin
// posts (sign-in, first user, forgotten and reset password, unlock). Project endpoints
// (workflow verbs, compliance check, metrics ingest, …) take JSON only; `requireBodyType`
// already refuses every type other than JSON and multipart. Pure.

const MULTIPART = /^multipart\//i

export type BodyRequest = {
  method: string
  /** The path without the query string, e.g. `/api/articles/12`. */
  path: string
  contentType: string | undefined
  bodyLength: number
  collectionSlugs: ReadonlySet<string>
  globalSlugs: ReadonlySet<string>
  /** Collections with `auth`: their sign-in routes take the admin's form posts. */
  authSlugs: ReadonlySet<string>
}

// Payload's auth routes (POST /api/<auth collection>/<action>), all posted by the admin as forms.
const AUTH_ACTIONS = new Set([
  'login',
  'logout',
  'refresh-token',
  'first-register',
  'forgot-password',
  'reset-password',
  'unlock',
])

/** Payload's own sign-in, first-user, password and unlock routes of an auth collection. */
export const isAuthFormRoute = (method: string, path: string, authSlugs: ReadonlySet<string>): boolean => {
  const segments = path.replace(/\/+$/, '').split('/').slice(1)
  return (
    method.toUpperCase() === 'POST' &&
    segments.length === 3 &&
    segments[0] === 'api' &&
    authSlugs.has(segments[1]) &&
    AUTH_ACTIONS.has(segments[2])
  )
}

/** Payload's own create, update, duplicate and restore routes: they read `_payload` form data. */
export const isDocumentWriteRoute = (
  method: string,
  path: string,
  collections: ReadonlySet<string>,
  globals: ReadonlySet<string>,
): boolean => {
  const segments = path.replace(/\/+$/, '').split('/').slice(1)
  if (segments[0] !== 'api') return false
  const [, first, second, third, fourth] = segments
  const verb = method.toUpperCase()
  if (first === 'globals') {
    if (!second || !globals.has(second)) return false
    return (
      verb === 'POST' &&
      (third === undefined || (third === 'versions' && fourth !== undefined && segments.length === 5))
    )
  }
  if (!first || !collections.has(first)) return false
  if (second === undefined) return verb === 'POST' || verb === 'PATCH'
  if (third === undefined) return verb === 'PATCH' && second !== 'versions'
  if (segments.length !== 4) return false
  return verb === 'POST' && (third === 'duplicate' || second === 'versions')
}

/** True when a multipart body goes anywhere but one of Payload's own form routes. */
export const isMisplacedMultipart = (request: BodyRequest): boolean =>
  request.bodyLength > 0 &&
  MULTIPART.test(request.contentType?.trim() ?? '') &&
  !isDocumentWriteRoute(request.method, request.path, request.collectionSlugs, request.globalSlugs) &&
  !isAuthFormRoute(request.method, request.path, request.authSlugs)
