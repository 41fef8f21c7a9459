// A distribution that cannot be made: a stable code, a message in the request's language, and the
// channel's constraint violations when the rendering is what failed.
import { APIError } from 'payload'

import type { Violation } from '../distribution/rules/types'
import { type ErrorCode, type Language, errorMessage } from './messages'

export class DistributionRefused extends APIError {
  readonly code: ErrorCode

  constructor(
    code: ErrorCode,
    status: number,
    language: Language,
    params: Record<string, string | number> = {},
    violations: Violation[] = [],
  ) {
    const message = errorMessage(code, language, params)
    super(message, status, { code, ...(violations.length ? { violations } : {}) }, true)
    this.code = code
  }
}
