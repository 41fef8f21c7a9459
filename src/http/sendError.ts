// The JSON error body every 4xx from the host itself carries, shaped like Payload's own errors.
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import { type ErrorCode, errorMessage, pickLanguage } from '../errors/messages'

export const sendError = (
  req: ExpressRequest,
  res: ExpressResponse,
  status: number,
  code: ErrorCode,
  params: Record<string, string | number> = {},
): void => {
  const language = pickLanguage(req.headers['accept-language'])
  res.status(status).json({ errors: [{ code, message: errorMessage(code, language, params) }] })
}
