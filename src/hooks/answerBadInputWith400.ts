import type { AfterErrorHook } from 'payload'

import { classifyDatabaseError } from '../errors/classifyDatabaseError'
import { errorMessage, pickLanguage } from '../errors/messages'

/** Turns a database's refusal of a client-supplied value into a 400 with a clear message. */
export const answerBadInputWith400: AfterErrorHook = ({ error, req }) => {
  const code = classifyDatabaseError(error)
  if (!code) return
  const message = errorMessage(code, pickLanguage(req.i18n?.language))
  return { status: 400, response: { errors: [{ message, data: { code } }] } }
}
