import { AuthenticationError, type CollectionAfterErrorHook, LockedAuth } from 'payload'

/**
 * Payload answers a sign-in on a locked account with its own "locked" message; the REST login
 * answers it with the wrong-password answer instead (same status, message and code), so a lock
 * tells nobody the account exists. `screenLogin` covers the usual case before Payload's check;
 * this covers the race where the lock lands during the attempt.
 */
export const answerLockedLikeWrongPassword: CollectionAfterErrorHook = ({ error, req }) => {
  if (!(error instanceof LockedAuth)) return
  const wrongPassword = new AuthenticationError(req.t)
  // Named, so the error envelope gives it the wrong-password code rather than the lock's.
  return { status: 401, response: { errors: [{ name: wrongPassword.name, message: wrongPassword.message }] } }
}
