import type { AfterErrorHook } from 'payload'

import { isDatabaseInputError } from '../errors/isDatabaseInputError'
import { errorMessage, pickLanguage } from '../errors/messages'

/** Turns a database's refusal of a client-supplied value into a 400 with a clear message. */
export const answerBadInputWith400: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseInputError(error)) return
  const message = errorMessage('invalid-value', pickLanguage(req.i18n?.language))
  return { status: 400, response: { errors: [{ message, data: { code: 'invalid-value' } }] } }
}
