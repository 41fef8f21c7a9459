// The JSON error body every refusal by the host itself carries: the envelope of
// src/errors/envelope.ts, or GraphQL's shape (code at extensions.code) on the GraphQL route.
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import { type ErrorCode, type Language, errorMessage, pickLanguage } from '../errors/messages'

export const GRAPHQL_PATH = '/api/graphql'

/** The language Payload would answer in: its `payload-lng` cookie, then Accept-Language; Chinese by default. */
export const requestLanguage = (headers: { cookie?: string; 'accept-language'?: string }): Language => {
  const cookie = /(?:^|;\s*)payload-lng=([^;]+)/.exec(headers.cookie ?? '')?.[1]
  return pickLanguage(cookie ?? headers['accept-language'])
}

export const sendError = (
  req: ExpressRequest,
  res: ExpressResponse,
  status: number,
  code: ErrorCode,
  params: Record<string, string | number> = {},
): void => {
  const message = errorMessage(code, requestLanguage(req.headers), params)
  const item = req.path === GRAPHQL_PATH ? { message, extensions: { code } } : { code, message }
  res.status(status).json({ errors: [item] })
}
