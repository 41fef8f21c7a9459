import { CodedError } from './CodedError'
import type { Language } from './messages'

/** A password shorter than the minimum or among the commonly guessed ones (src/auth/passwordPolicy.ts). */
export class PasswordPolicyError extends CodedError {
  constructor(
    language: Language,
    code: 'password-too-short' | 'password-too-common',
    params: Record<string, string | number> = {},
  ) {
    super(code, 400, language, params, 'password')
  }
}
