import { AuthenticationError, type CollectionBeforeLoginHook, type CollectionBeforeOperationHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * A locked or deactivated account answers a sign-in exactly as a wrong password does, so the
 * answer never tells an attacker which accounts exist, are locked or were switched off. Runs
 * before Payload's own lock check (which would say "locked"), for REST and GraphQL alike.
 */
export const screenLogin: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email !== 'string' || email.trim() === '') return args
  const account = await req.payload.db.findOne<{
    id: number | string
    lockUntil?: string | null
    deactivated?: boolean | null
  }>({
    collection: collection.slug,
    where: { email: { equals: email.toLowerCase().trim() } },
    req,
  })
  const locked = account?.lockUntil ? new Date(account.lockUntil).getTime() > Date.now() : false
  if (locked || account?.deactivated) throw new AuthenticationError(req.t)
  return args
}

/** The same rule after the password matched, in case the account changed in between. */
export const refuseDeactivatedLogin: CollectionBeforeLoginHook<User> = ({ user, req }) => {
  if (user.deactivated) throw new AuthenticationError(req.t)
  return user
}
