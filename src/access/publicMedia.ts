import type { Access } from 'payload'

import { checkRole } from './checkRole'
import { stampRule } from './ruleInstant'
import { STAFF_ROLES } from './roles'

/**
 * Staff see every file; readers and API clients only the files of public content (and doctors'
 * photos) while that content is public, so a draft's images — a patient's photo before
 * de-identification — never leak by id or file name, and a withdrawn or lapsed piece's images
 * go with it. `publicUntil` is kept by src/review/payload/mediaVisibility.ts.
 */
export const publicMediaOrStaff: Access = ({ req }) => {
  if (checkRole(STAFF_ROLES, req.user)) return true
  const now = new Date()
  return stampRule({ publicUntil: { greater_than: now.toISOString() } }, now)
}
