// Pure role check shared by every access function; no Payload imports so it is unit-tested alone.
import type { Role } from './roles'

export type UserLike = { roles?: readonly string[] | null } | null | undefined

export const checkRole = (allowed: readonly Role[], user: UserLike): boolean =>
  Boolean(user?.roles?.some((role) => (allowed as readonly string[]).includes(role)))
