// Payload's afterError hook: every error Payload's REST and GraphQL handlers answer leaves in the
// one envelope (src/errors/envelope.ts) with a stable code — Payload's own errors by class, the
// project's CodedErrors by their code — and a database's refusal of what a client sent (a bad
// value, a missing relation, a copied row id, a delete of something still referenced) is a 4xx
// instead of a 500. 500s keep a code and never show the cause.
import type { AfterErrorHook } from 'payload'

import { classifyDatabaseError } from '../errors/classifyDatabaseError'
import { toErrorItem, toGraphqlError } from '../errors/envelope'
import { type ErrorCode, errorMessage, pickLanguage } from '../errors/messages'

type Classified = { code: ErrorCode; status: number; ownMessage: boolean }

// busboy's words for a body that claims to be multipart but is not.
const MALFORMED_MULTIPART =
  /Unexpected end of form|Malformed part header|Multipart: Boundary not found|Unexpected end of multipart data/i

/** What a client caused, recognised from an error that does not say so itself. */
export const classifyClientError = (error: unknown, method: string | undefined): Classified | undefined => {
  const err = (error ?? {}) as { message?: unknown; originalError?: unknown; name?: unknown }
  const inner = (err.originalError ?? error) as { message?: unknown; name?: unknown } | undefined
  const message = typeof inner?.message === 'string' ? inner.message : ''
  if (MALFORMED_MULTIPART.test(message)) return { code: 'malformed-multipart', status: 400, ownMessage: true }
  if (inner?.name === 'SyntaxError' && /JSON/.test(message))
    return { code: 'malformed-json', status: 400, ownMessage: true }
  const db = classifyDatabaseError(inner)
  if (!db) return undefined
  if (method === 'DELETE' && (db === 'reference-not-found' || db === 'not-null-violation')) {
    return { code: 'in-use', status: 409, ownMessage: true }
  }
  if (db === 'unique-violation') return { code: 'conflict', status: 409, ownMessage: true }
  if (db === 'not-null-violation') return undefined
  return { code: db, status: 400, ownMessage: true }
}

const ownCode = (error: unknown): string | undefined => {
  const err = error as { code?: unknown; data?: { code?: unknown } } | undefined
  if (typeof err?.data?.code === 'string') return err.data.code
  // Node and driver errors carry `code` too (ENOENT, 23505): only ours are words with hyphens.
  if (typeof err?.code === 'string' && /^[a-z]+(-[a-z]+)*$/.test(err.code)) return err.code
  return undefined
}

export const answerBadInputWith400: AfterErrorHook = ({ error, req, result, graphqlResult }) => {
  const language = pickLanguage(req.i18n?.language)
  const classified = classifyClientError(error, req.method?.toUpperCase())
  const original = ((error as { originalError?: unknown }).originalError ?? error) as { name?: string; status?: number }

  if (graphqlResult) {
    const status = classified?.status ?? original.status
    const code = classified?.code ?? ownCode(original)
    const shaped = toGraphqlError(
      classified?.ownMessage ? { ...graphqlResult, message: errorMessage(classified.code, language) } : graphqlResult,
      language,
      { code, status: status ?? 500 },
    )
    return { graphqlResult: shaped as never }
  }

  const status = classified?.status ?? (typeof original.status === 'number' ? original.status : 500)
  const items = (result as { errors?: unknown[] } | undefined)?.errors ?? [{}]
  const first = items[0] as Record<string, unknown> | undefined
  const base = classified?.ownMessage ? { message: errorMessage(classified.code, language) } : first
  const errors = [
    toErrorItem(base, status, language, { code: classified?.code ?? ownCode(original), name: original.name }),
    ...items.slice(1).map((item) => toErrorItem(item, status, language)),
  ]
  // A collection's own afterError hook may have chosen the status already; only a recognised
  // client error changes it.
  return classified ? { status, response: { errors } } : { response: { errors } }
}
