// What a password must be: at least 12 characters and not among the passwords attackers try
// first. "Common" is judged by zxcvbn-ts (its list of frequent passwords, keyboard walks,
// repeats, dates, and the account's own e-mail and name), not by a list kept here. Pure.
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'

export const PASSWORD_MIN_LENGTH = 12

/** zxcvbn's score runs 0–4; 3 means "safely unguessable" (about 10^8 guesses or more). */
export const PASSWORD_MIN_SCORE = 3

export type PasswordProblem = { code: 'password-too-short'; min: number } | { code: 'password-too-common' }

let estimator: ZxcvbnFactory | undefined

// Building the matchers reads the dictionaries once; later checks take a few milliseconds.
const zxcvbn = (): ZxcvbnFactory => (estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs }))

/** Words of the account (e-mail, name) that make a password easy to guess for this person. */
const personalWords = (inputs: readonly (string | null | undefined)[]): string[] =>
  inputs.flatMap((input) => (input ? [input, ...input.split(/[@.\s_-]+/)] : [])).filter((word) => word.length >= 3)

/** The first reason the password is refused, or undefined when it is acceptable. */
export const passwordProblem = (
  password: string,
  userInputs: readonly (string | null | undefined)[] = [],
): PasswordProblem | undefined => {
  // Counted in code points, so a Chinese passphrase counts its characters, not UTF-16 units.
  if ([...password].length < PASSWORD_MIN_LENGTH) return { code: 'password-too-short', min: PASSWORD_MIN_LENGTH }
  const { score } = zxcvbn().check(password, personalWords(userInputs))
  if (score < PASSWORD_MIN_SCORE) return { code: 'password-too-common' }
  return undefined
}
