import type { CollectionBeforeChangeHook } from 'payload'

import { checkRole } from '@/access/checkRole'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import type { Doctor } from '@/payload-types'
import { AUTHOR_CREDENTIAL_FIELDS } from './voidOnCredentialChange'

const idOrValue = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? value.id : value)

/**
 * An author's name, title, department, photo and linked account are credentials readers trust:
 * only admins change them once the record exists (the change is audited and re-opens review of
 * every signed piece naming the author). Editors still add new doctors.
 */
export const credentialsAdminOnly: CollectionBeforeChangeHook<Doctor> = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || checkRole(['admin'], req.user)) return data
  const changed = AUTHOR_CREDENTIAL_FIELDS.find(
    (field) =>
      field in data &&
      JSON.stringify(idOrValue(data[field]) ?? null) !== JSON.stringify(idOrValue(originalDoc?.[field]) ?? null),
  )
  if (changed) throw new CodedError('linked-record-admin-only', 403, pickLanguage(req.i18n?.language), {}, changed)
  return data
}
