import type { CollectionBeforeOperationHook } from 'payload'

import { AuditAppendOnlyError } from '../../../src/errors/AuditAppendOnlyError'
import { pickLanguage } from '../../../src/errors/messages'

/** Runs for every API, the Local API with overrideAccess included: events are never changed. */
export const refuseChanges: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'delete' || operation === 'updateByID' || operation === 'deleteByID') {
    throw new AuditAppendOnlyError(pickLanguage(req.i18n?.language))
  }
  return args
}
