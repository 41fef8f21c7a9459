import type { CollectionBeforeOperationHook } from 'payload'

import { passwordProblem } from '@/auth/passwordPolicy'
import { PasswordPolicyError } from '@/errors/PasswordPolicyError'
import { pickLanguage } from '@/errors/messages'

type PasswordData = { password?: unknown; email?: unknown; name?: unknown } | undefined

/**
 * Refuses a weak password wherever one is set: create (and the first-user registration),
 * update (the account page, REST, GraphQL, Local API) and the reset-password link. Before the
 * operation starts, so nothing is written.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = (args as { data?: PasswordData }).data
  const password = data?.password
  // No new password in this write (Payload ignores an empty one).
  if (password === undefined || password === null || password === '') return args
  const language = pickLanguage(req.i18n?.language)
  if (typeof password !== 'string') throw new PasswordPolicyError(language, 'password-too-common')
  const inputs = [data?.email, data?.name, req.user?.email].map((value) =>
    typeof value === 'string' ? value : undefined,
  )
  const problem = passwordProblem(password, inputs)
  if (problem?.code === 'password-too-short')
    throw new PasswordPolicyError(language, problem.code, { min: problem.min })
  if (problem) throw new PasswordPolicyError(language, problem.code)
  return args
}
