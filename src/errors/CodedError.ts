// Base for the project's API errors: a stable machine code plus a message in the request's language.
import { APIError } from 'payload'

import { type ErrorCode, type Language, errorMessage } from './messages'

export class CodedError extends APIError {
  readonly code: ErrorCode

  constructor(
    code: ErrorCode,
    status: number,
    language: Language,
    params: Record<string, string | number> = {},
    field?: string,
  ) {
    const message = errorMessage(code, language, params)
    // `errors` with a path lets the admin highlight the field, as Payload's ValidationError does.
    super(message, status, { code, ...(field ? { errors: [{ path: field, message }] } : {}) }, true)
    this.code = code
  }
}
