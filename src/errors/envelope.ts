// The one error shape every answer carries: {errors: [{message, code, field?, …}]}, the machine
// code always at errors[i].code (GraphQL keeps its spec shape and puts it at
// errors[i].extensions.code). Pure: no Payload imports, so the host, the afterError hook and the
// tests share one definition.
import { ERROR_MESSAGES, type ErrorCode, type Language, errorMessage } from './messages'

export type ErrorItem = { message: string; code: string; field?: string; [key: string]: unknown }
export type ErrorEnvelope = { errors: ErrorItem[] }

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  423: 'locked',
  429: 'too-many-requests',
  500: 'internal-error',
  503: 'unavailable',
}

export const codeForStatus = (status: number): ErrorCode =>
  STATUS_CODES[status] ?? (status >= 500 ? 'internal-error' : 'bad-request')

/** Payload's own error classes (by `name`) and the stable code each answers with. */
export const PAYLOAD_ERROR_CODES: Record<string, ErrorCode> = {
  NotFound: 'not-found',
  Forbidden: 'forbidden',
  UnauthorizedError: 'unauthorized',
  AuthenticationError: 'invalid-credentials',
  LockedAuth: 'locked',
  Locked: 'locked',
  ValidationError: 'validation-failed',
  QueryError: 'invalid-query',
  MissingFile: 'file-required',
  FileUploadError: 'upload-failed',
  UnverifiedEmail: 'unverified-email',
}

export const isErrorCode = (value: unknown): value is ErrorCode => typeof value === 'string' && value in ERROR_MESSAGES

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
let MESSAGE_PATTERNS: Array<[RegExp, ErrorCode]> | undefined

/**
 * The code whose message this is, in either language. Payload's bulk operations catch each
 * document's error and keep only its message; this recovers the code.
 */
export const codeForMessage = (message: string): ErrorCode | undefined => {
  MESSAGE_PATTERNS ??= Object.entries(ERROR_MESSAGES).flatMap(([code, texts]) =>
    Object.values(texts).map((text): [RegExp, ErrorCode] => [
      new RegExp(`^${escapeRegExp(text).replace(/\\\{\w+\\\}/g, '[\\s\\S]*')}$`),
      code as ErrorCode,
    ]),
  )
  return MESSAGE_PATTERNS.find(([pattern]) => pattern.test(message))?.[1]
}

type Loose = Record<string, unknown>
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The field paths a Payload ValidationError or QueryError names in its `data`. */
export const fieldPaths = (data: unknown): string[] => {
  let list: unknown[] = []
  if (Array.isArray(data)) list = data
  else if (isObject(data) && Array.isArray(data.errors)) list = data.errors
  return list
    .map((entry) => (isObject(entry) && typeof entry.path === 'string' ? entry.path : undefined))
    .filter((p): p is string => Boolean(p))
}

/**
 * One error item in the envelope. `data` is kept only when it says more than the code (the
 * admin highlights fields from `data.errors`; a distribution refusal lists its `violations`).
 */
export const toErrorItem = (
  raw: unknown,
  status: number,
  language: Language,
  hint?: { code?: string; name?: string },
): ErrorItem => {
  const item: Loose = isObject(raw) ? { ...raw } : {}
  const data = item.data
  const dataCode = isObject(data) && typeof data.code === 'string' ? data.code : undefined
  const name = typeof item.name === 'string' ? item.name : hint?.name
  const code =
    (typeof item.code === 'string' && item.code) ||
    hint?.code ||
    dataCode ||
    (name ? PAYLOAD_ERROR_CODES[name] : undefined) ||
    (typeof item.message === 'string' ? codeForMessage(item.message) : undefined) ||
    codeForStatus(status)
  // A 500 never shows what went wrong inside: no stack, no SQL, no driver message.
  let message: string
  if (status >= 500) message = errorMessage(isErrorCode(code) ? code : 'internal-error', language)
  else if (typeof item.message === 'string' && item.message) message = item.message
  else message = errorMessage(isErrorCode(code) ? code : codeForStatus(status), language)
  const out: ErrorItem = { message, code }
  const paths = status < 500 ? fieldPaths(data) : []
  const field = typeof item.field === 'string' ? item.field : paths[0]
  if (field) out.field = field
  if (code === 'validation-failed' || code === 'invalid-query') {
    if (paths.length) out.fields = paths
  }
  if (status < 500) {
    for (const [key, value] of Object.entries(item)) {
      if (['message', 'code', 'field', 'name', 'stack', 'data', 'isPublic'].includes(key)) continue
      out[key] = value
    }
    if (isObject(data)) {
      const rest: Loose = { ...data }
      delete rest.code
      if (Object.keys(rest).length) {
        // Each field error names its field the way the envelope does, beside Payload's `path`.
        if (Array.isArray(rest.errors))
          rest.errors = rest.errors.map((e) =>
            isObject(e) && typeof e.path === 'string' ? { field: e.path, ...e } : e,
          )
        out.data = rest
      }
    } else if (Array.isArray(data) && data.length) out.data = data
  }
  return out
}

const ROUTE_NOT_FOUND = /^Route not found "(.*)"$/

/**
 * Rewrites any error body — Payload's `{errors: [{name, data, message}]}`, its `{message}` for
 * unknown routes, an endpoint's own shape, an empty body — into the envelope. Other top-level
 * keys an endpoint adds (a batch's `accepted`/`rejected`) are kept.
 */
export const toEnvelope = (status: number, body: unknown, language: Language): ErrorEnvelope & Loose => {
  if (isObject(body) && Array.isArray(body.errors) && body.errors.length > 0) {
    const rest: Loose = { ...body }
    delete rest.message
    delete rest.stack
    return { ...rest, errors: body.errors.map((item) => toErrorItem(item, status, language)) }
  }
  if (isObject(body) && typeof body.message === 'string') {
    const route = ROUTE_NOT_FOUND.exec(body.message)
    if (status === 404 && route) {
      return {
        errors: [{ code: 'route-not-found', message: errorMessage('route-not-found', language, { path: route[1] }) }],
      }
    }
    return { errors: [toErrorItem({ message: body.message }, status, language)] }
  }
  return { errors: [toErrorItem({}, status, language)] }
}

export const isEnvelope = (body: unknown): body is ErrorEnvelope =>
  isObject(body) &&
  Array.isArray(body.errors) &&
  body.errors.length > 0 &&
  body.errors.every((e) => isObject(e) && typeof e.message === 'string' && typeof e.code === 'string')

export type GraphqlError = {
  message: string
  locations?: unknown
  path?: unknown
  extensions: { code: string; [key: string]: unknown }
}

/** A GraphQL error in the spec's shape with the machine code at `extensions.code`; 500s hide their cause. */
export const toGraphqlError = (
  raw: unknown,
  language: Language,
  hint?: { code?: string; status?: number },
): GraphqlError => {
  const error: Loose = isObject(raw) ? raw : {}
  const extensions: Loose = isObject(error.extensions) ? { ...error.extensions } : {}
  const status = hint?.status ?? (typeof extensions.statusCode === 'number' ? extensions.statusCode : undefined)
  const data = extensions.data
  const dataCode = isObject(data) && typeof data.code === 'string' ? data.code : undefined
  const name = typeof extensions.name === 'string' ? extensions.name : undefined
  const code =
    (typeof extensions.code === 'string' && extensions.code) ||
    hint?.code ||
    dataCode ||
    (name ? PAYLOAD_ERROR_CODES[name] : undefined) ||
    (status ? codeForStatus(status) : 'graphql-invalid')
  delete extensions.stack
  const internal = status !== undefined && status >= 500
  if (internal) delete extensions.data
  let message: string
  if (internal) message = errorMessage('internal-error', language)
  else if (typeof error.message === 'string' && error.message) message = error.message
  else message = errorMessage(isErrorCode(code) ? code : 'bad-request', language, { details: '' })
  const out: GraphqlError = {
    message,
    extensions: { ...extensions, ...(status !== undefined ? { statusCode: status } : {}), code },
  }
  if (error.locations !== undefined) out.locations = error.locations
  if (error.path !== undefined) out.path = error.path
  return out
}
