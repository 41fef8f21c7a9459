// A delete refused because the record carries history others rely on; the message names the
// way out (deactivate, disable) instead.
import { CodedError } from './CodedError'
import type { Language } from './messages'

export class DeleteRefusedError extends CodedError {
  constructor(
    code: 'user-has-history' | 'channel-has-distributions',
    language: Language,
    params: Record<string, number>,
  ) {
    super(code, 409, language, params)
  }
}
